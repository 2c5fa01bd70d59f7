/**
 * A scenario indexed for fast look-ups (issues, options, moves and lines by
 * id). Built once per scenario object and cached; read-only.
 */
import type { Issue, Line, Move, Option, Scenario, SideId } from './types';

type ScenarioEvent = Scenario['events'][number];

export interface CompiledScenario {
  readonly s: Scenario;
  readonly issues: ReadonlyMap<string, Issue>;
  readonly options: ReadonlyMap<string, ReadonlyMap<string, Option>>;
  readonly moves: ReadonlyMap<string, Move>;
  readonly movesBySide: Readonly<Record<SideId, readonly Move[]>>;
  readonly lines: ReadonlyMap<string, Line>;
  /** Lines by `${side}:${kind}`. */
  readonly linesFor: ReadonlyMap<string, readonly Line[]>;
  readonly totalTurns: number;
  readonly required: readonly string[];
  /** The kinds of move each phase allows, by phase index. */
  readonly phaseKinds: readonly ReadonlySet<string>[];
  /** Issues settled by agreement (all but the unilateral ones). */
  readonly negotiable: readonly string[];
  /** The outside events of each phase, by phase index, in scenario order. */
  readonly phaseEvents: readonly (readonly ScenarioEvent[])[];
}

const cache = new WeakMap<Scenario, CompiledScenario>();

export function compile(s: Scenario): CompiledScenario {
  const hit = cache.get(s);
  if (hit) return hit;
  const c: CompiledScenario = {
    s,
    issues: new Map(s.agenda.map((i) => [i.id, i])),
    options: new Map(s.agenda.map((i) => [i.id, new Map(i.options.map((o) => [o.id, o]))])),
    moves: new Map(s.moves.map((m) => [m.id, m])),
    movesBySide: { japan: s.moves.filter((m) => m.side === 'japan'), russia: s.moves.filter((m) => m.side === 'russia') },
    lines: new Map(s.lines.map((l) => [l.id, l])),
    linesFor: s.lines.reduce((m, l) => m.set(`${l.side}:${l.kind}`, [...(m.get(`${l.side}:${l.kind}`) ?? []), l]), new Map<string, Line[]>()),
    totalTurns: s.phases.reduce((n, p) => n + p.turns, 0),
    required: s.agenda.filter((i) => i.required).map((i) => i.id),
    phaseKinds: s.phases.map((p) => new Set<string>(p.kinds)),
    negotiable: s.agenda.filter((i) => !i.decidedBy).map((i) => i.id),
    phaseEvents: s.phases.map((p) => s.events.filter((e) => e.phase === p.id)),
  };
  cache.set(s, c);
  return c;
}
