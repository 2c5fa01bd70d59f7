/**
 * A live negotiation for the simulator and the browser: it carries the round
 * machine's snapshot along and moves it with XState's pure `transition()`, so
 * nothing is re-resolved per move. Same machine, same rules, same Result
 * contract as `step`: an illegal action is refused and changes nothing.
 */
import { decide } from './counterpart/negotiator';
import type { Action, GameState, MoveError } from './model/state';
import type { Scenario } from './model/types';
import { err, ok, type Result } from './result';
import { advance, snapshotOf, type RoundSnapshot } from './round/advance';

export class Session {
  private snapshot: RoundSnapshot;

  constructor(
    readonly scenario: Scenario,
    start: GameState,
  ) {
    this.snapshot = snapshotOf(scenario, start);
  }

  get state(): GameState {
    return this.snapshot.context;
  }

  /** The machine's snapshot: ask it `matches(…)` and `hasTag(…)`. */
  get round(): RoundSnapshot {
    return this.snapshot;
  }

  /** Apply an action; an illegal one returns the reason and leaves the state alone. */
  dispatch(action: Action): Result<GameState, MoveError> {
    const r = advance(this.scenario, this.snapshot, action);
    if (!r.ok) return err(r.error);
    this.snapshot = r.value;
    return ok(r.value.context);
  }

  /** Let computer seats move until a human must act or the round ends; returns the actions taken. */
  playComputer(limit = 500): Action[] {
    const taken: Action[] = [];
    for (let i = 0; i < limit; i++) {
      const state = this.state;
      if (state.status !== 'negotiating' || state.seats[state.turn] !== 'computer') break;
      const action = decide(this.scenario, state, state.turn);
      const r = this.dispatch(action);
      if (!r.ok) throw new Error(`computer chose an illegal action: ${r.error.message}`);
      taken.push(action);
    }
    return taken;
  }
}
