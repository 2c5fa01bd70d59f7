/**
 * A live negotiation: one XState actor running the negotiation machine, for
 * the simulator and the browser, where re-resolving a snapshot per move (as
 * the pure `step` does) would cost more. Same machine, same rules, same
 * Result contract: an illegal action is refused and changes nothing.
 */
import { createActor, type Actor } from 'xstate';
import { decide } from './counterpart/negotiator';
import { negotiationMachine, toEvent, type NegotiationMachine } from './machine/negotiation';
import { checkAction } from './machine/rules';
import type { Action, GameState, MoveError } from './model/state';
import type { Scenario } from './model/types';
import { err, ok, type Result } from './result';

export class Session {
  private readonly actor: Actor<NegotiationMachine>;

  constructor(
    readonly scenario: Scenario,
    start: GameState,
  ) {
    const machine = negotiationMachine(scenario);
    this.actor = createActor(machine, { input: start, snapshot: machine.resolveState({ value: start.status, context: start }) });
    this.actor.start();
  }

  get state(): GameState {
    return this.actor.getSnapshot().context;
  }

  /** Apply an action; an illegal one returns the reason and leaves the state alone. */
  dispatch(action: Action): Result<GameState, MoveError> {
    const before = this.state;
    this.actor.send(toEvent(action));
    const after = this.state;
    // The machine's guard refused it: ask the rules why (the state is untouched).
    if (after === before) return err(checkAction(this.scenario, before, action) ?? { code: 'malformed', message: 'the action was refused' });
    return ok(after);
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

  stop(): void {
    this.actor.stop();
  }
}
