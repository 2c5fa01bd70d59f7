/**
 * Transcripts: the round's log as canonical JSON lines (one per entry, then
 * the outcome), byte-identical for the same seed and actions in any process;
 * and a readable English rendering for the simulator's --trace.
 */
import { compile } from '../model/compiled';
import { outcomeOf } from '../model/outcome';
import type { GameState, LogEntry } from '../model/state';
import type { Scenario } from '../model/types';
import { canonicalJson } from './canonical';

/** Canonical JSON lines: a header, every log entry, and the outcome. */
export function transcriptLines(s: Scenario, state: GameState): string[] {
  const header = { round: s.id, version: s.version, seed: state.seed, seats: state.seats };
  const lines = [canonicalJson({ header })];
  for (const e of state.log) lines.push(canonicalJson(e));
  if (state.status !== 'negotiating') lines.push(canonicalJson({ outcome: outcomeOf(s, state) }));
  return lines;
}

/** A readable line for a log entry. */
export function describeEntry(s: Scenario, e: LogEntry): string {
  const c = compile(s);
  switch (e.kind) {
    case 'phase':
      return `— ${s.phases.find((p) => p.id === e.phase)?.title.en ?? e.phase} —`;
    case 'event':
      return `[event] ${s.events.find((x) => x.id === e.event)?.title.en ?? e.event}`;
    case 'action': {
      const who = s.sides[e.side].short.en;
      const m = e.move ? c.moves.get(e.move) : undefined;
      const detail = m
        ? `${m.kind}: ${m.label.en}`
        : e.package
          ? `${e.action} ${Object.entries(e.package)
              .map(([i, o]) => `${i}=${o}`)
              .join(', ')}`
          : e.issue
            ? `${e.action} ${e.issue} → ${e.option ?? ''}`
            : e.action;
      return `${String(e.n).padStart(3)} ${who}: ${detail}  [trust ${e.meters.trust}]`;
    }
  }
}

export function transcript(s: Scenario, state: GameState): string[] {
  return state.log.map((e) => describeEntry(s, e));
}
