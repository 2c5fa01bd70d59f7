/**
 * The round's clock as pure functions the machine's actions and guards call:
 * entering a phase (its opener takes the floor, the log marks it), firing the
 * outside events due now, whether the phase is spent, and closing the round on
 * an ending. Which of these happens when is the machine's (`machine.ts`).
 */
import { compile, type CompiledScenario } from '../model/compiled';
import type { GameState } from '../model/state';
import type { Scenario } from '../model/types';
import { holds } from '../model/world';
import { applyEffect, draftOf, meterDelta, type Draft } from './apply';
import type { Ending } from './endings';

/** The state on entering phase `index`: its moves uncounted, its opener holding the floor, the log marking it. */
export function enterPhase(s: Scenario, state: GameState, index: number): GameState {
  const phase = s.phases[index];
  if (!phase) throw new Error(`round ${s.id} has no phase ${index + 1}`);
  const d = draftOf(state);
  d.phase = index;
  d.phaseMoves = 0;
  d.turn = phase.opens;
  d.log = [...state.log, { n: state.log.length, kind: 'phase', phase: phase.id }];
  return d;
}

/** Fire the outside events of the current phase that are due now, in scenario order (the same state if none is). */
export function fireEvents(s: Scenario, state: GameState): GameState {
  let d: Draft | null = null;
  // The current phase's events only (the floor passes on every move, and most of a round's events belong to other phases).
  for (const e of compile(s).phaseEvents[state.phase] ?? []) {
    const now: GameState = d ?? state;
    if (e.after > now.phaseMoves || now.fired.includes(e.id) || !holds(e.when, now.world)) continue;
    d ??= draftOf(state);
    const before = d.meters;
    applyEffect(d, e.effects);
    const delta = meterDelta(before, d.meters);
    d.fired = [...d.fired, e.id];
    d.log = [...d.log, { n: d.log.length, kind: 'event', event: e.id, ...(delta ? { delta } : {}) }];
  }
  return d ?? state;
}

/** Whether the current phase is spent: its moves used up, or every clause agreed in a phase with no signing in it. */
export function phaseSpent(c: CompiledScenario, state: GameState): boolean {
  const phase = c.s.phases[state.phase];
  if (!phase) return true;
  const settled = state.agreed.length === c.negotiable.length && !c.phaseKinds[state.phase]?.has('sign');
  return state.phaseMoves >= phase.turns || settled;
}

/** The state closed on an ending (a walk-out names the side that walked, who still holds the floor). */
export function end(state: GameState, ending: Ending): GameState {
  const endedBy = ending.reason === 'walk-out' ? { reason: ending.reason, side: state.turn } : { reason: ending.reason };
  const d = draftOf(state);
  d.status = ending.status;
  d.endedBy = endedBy;
  return d;
}
