/**
 * A side's scenario moves grouped by what the computer negotiator does with
 * them (state a position, link or unlink issues, argue, propose a named
 * text), each group in scenario order, made once per scenario. The computer
 * checks a move's legality and its red lines only when its choice reaches
 * that group, not every move of its side on every turn.
 */
import type { CompiledScenario } from '../model/compiled';
import type { Move, SideId } from '../model/types';

export interface MovesByKind {
  readonly position: readonly Move[];
  /** The issues its position moves state (each once, in scenario order). */
  readonly positionIssues: readonly string[];
  /** Its position moves by issue and option, each list in scenario order. */
  readonly positionOn: ReadonlyMap<string, ReadonlyMap<string, readonly Move[]>>;
  /** Each position move's place in `position`. */
  readonly positionIndex: ReadonlyMap<Move, number>;
  /** Link and unlink moves, in scenario order. */
  readonly link: readonly Move[];
  readonly appeal: readonly Move[];
  readonly propose: readonly Move[];
}

const grouped = new WeakMap<CompiledScenario, Readonly<Record<SideId, MovesByKind>>>();

/** Position moves by issue, then option (each list in scenario order). */
function byIssue(position: readonly Move[]): Map<string, Map<string, Move[]>> {
  const out = new Map<string, Map<string, Move[]>>();
  for (const m of position) {
    if (m.issue === undefined || m.option === undefined) continue;
    let on = out.get(m.issue);
    if (!on) out.set(m.issue, (on = new Map()));
    on.set(m.option, [...(on.get(m.option) ?? []), m]);
  }
  return out;
}

const group = (moves: readonly Move[]): MovesByKind => {
  const position = moves.filter((m) => m.kind === 'position');
  const positionOn = byIssue(position);
  return {
    position,
    positionIssues: [...positionOn.keys()],
    positionOn,
    positionIndex: new Map(position.map((m, i) => [m, i])),
    link: moves.filter((m) => m.kind === 'link' || m.kind === 'unlink'),
    appeal: moves.filter((m) => m.kind === 'appeal'),
    propose: moves.filter((m) => m.kind === 'propose'),
  };
};

/** A side's moves by group (built once per compiled scenario). */
export function movesByKind(c: CompiledScenario, side: SideId): MovesByKind {
  let out = grouped.get(c);
  if (!out) {
    out = { japan: group(c.movesBySide.japan), russia: group(c.movesBySide.russia) };
    grouped.set(c, out);
  }
  return out[side];
}
