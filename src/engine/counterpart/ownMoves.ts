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
  /** Link and unlink moves, in scenario order. */
  readonly link: readonly Move[];
  readonly appeal: readonly Move[];
  readonly propose: readonly Move[];
}

const grouped = new WeakMap<CompiledScenario, Readonly<Record<SideId, MovesByKind>>>();

const group = (moves: readonly Move[]): MovesByKind => ({
  position: moves.filter((m) => m.kind === 'position'),
  positionIssues: [...new Set(moves.flatMap((m) => (m.kind === 'position' && m.issue !== undefined && m.option !== undefined ? [m.issue] : [])))],
  link: moves.filter((m) => m.kind === 'link' || m.kind === 'unlink'),
  appeal: moves.filter((m) => m.kind === 'appeal'),
  propose: moves.filter((m) => m.kind === 'propose'),
});

/** A side's moves by group (built once per compiled scenario). */
export function movesByKind(c: CompiledScenario, side: SideId): MovesByKind {
  let out = grouped.get(c);
  if (!out) {
    out = { japan: group(c.movesBySide.japan), russia: group(c.movesBySide.russia) };
    grouped.set(c, out);
  }
  return out[side];
}
