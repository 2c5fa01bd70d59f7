/**
 * Running whole negotiations headless: one seat played by a policy, the other
 * by the computer negotiator, on the same machine and rules the game uses.
 */
import { decide } from '../counterpart/negotiator';
import { newGame } from '../game';
import type { Action, GameState } from '../model/state';
import { outcomeOf, type Outcome } from '../model/outcome';
import type { Scenario, SideId, WorldState } from '../model/types';
import { makeRandom } from '../rng/rng';
import { Session } from '../session';
import type { Policy } from './policies';

export interface RunOptions {
  readonly seed: number;
  /** The seat the policy plays; the other is the computer. Null: computer against computer. */
  readonly side: SideId | null;
  readonly policy: Policy;
  readonly world?: WorldState;
  /** The opening state, if not a fresh game from the seed (a campaign round). */
  readonly start?: GameState;
  /** Safety limit on actions. */
  readonly limit?: number;
}

export interface RunResult {
  readonly state: GameState;
  readonly actions: readonly Action[];
  readonly outcome: Outcome;
}

export function runNegotiation(s: Scenario, o: RunOptions): RunResult {
  const start = o.start ?? newGame(s, {
    seed: o.seed,
    seats: { japan: o.side === 'japan' ? 'human' : 'computer', russia: o.side === 'russia' ? 'human' : 'computer' },
    ...(o.world ? { world: o.world } : {}),
  });
  const session = new Session(s, start);
  const random = makeRandom(`policy:${o.seed}`);
  const actions: Action[] = [];
  const limit = o.limit ?? 400;
  for (let i = 0; i < limit && session.state.status === 'negotiating'; i++) {
    const state = session.state;
    const action = state.turn === o.side ? o.policy(s, state, random) : decide(s, state, state.turn);
    const r = session.dispatch(action);
    if (!r.ok) {
      // A policy's illegal choice costs it the turn (it consults the capital instead).
      const pass: Action = { type: 'consult', side: state.turn };
      const p = session.dispatch(pass);
      if (!p.ok) throw new Error(`no legal pass for ${state.turn}: ${p.error.message}`);
      actions.push(pass);
    } else actions.push(action);
  }
  const state = session.state;
  return { state, actions, outcome: outcomeOf(s, state) };
}
