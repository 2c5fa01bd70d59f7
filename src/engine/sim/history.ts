/**
 * Playing a side's historical sequence strictly: every scripted action must be
 * legal when its turn comes; the other seat is the computer (or also scripted
 * when `side` is null … then both are the computer). Used by the calibration
 * CLI and the tests.
 */
import { decide } from '../counterpart/negotiator';
import { newGame, step } from '../game';
import type { Action, GameState } from '../model/state';
import type { Scenario, SideId } from '../model/types';
import { historicalAction } from './policies';

export interface HistoryRun {
  readonly state: GameState;
  readonly actions: readonly Action[];
  /** Why the script could not be followed, or null. */
  readonly problem: string | null;
}

export function playHistory(s: Scenario, side: SideId | null, seed = 7): HistoryRun {
  let state = newGame(s, { seed, seats: { japan: side === 'japan' ? 'human' : 'computer', russia: side === 'russia' ? 'human' : 'computer' } });
  const actions: Action[] = [];
  let index = 0;
  for (let guard = 0; guard < 400 && state.status === 'negotiating'; guard++) {
    const scripted = state.turn === side;
    const entry = scripted ? s.history[state.turn][index] : undefined;
    if (scripted && !entry) return { state, actions, problem: `${side}'s historical sequence ran out after ${index} moves while the round was still open` };
    const action = entry ? historicalAction(state.turn, entry) : decide(s, state, state.turn);
    const r = step(s, state, action);
    if (!r.ok) return { state, actions, problem: `historical move ${index + 1} of ${side} (${JSON.stringify(action)}) is illegal: ${r.error.message}` };
    actions.push(action);
    if (scripted) index++;
    state = r.value;
  }
  if (side && index !== s.history[side].length) return { state, actions, problem: `only ${index} of ${s.history[side].length} historical moves were played before the round ended` };
  return { state, actions, problem: null };
}
