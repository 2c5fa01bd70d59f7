/**
 * Moving a round on: its machine's snapshot is carried along and each action
 * goes through XState's pure `transition()` once (the `legal` guard is the
 * only legality check on the way; a refusal asks the rules why). Snapshots
 * the engine made are remembered by their game state, so the plain-state API
 * (`step`) continues from the snapshot it came from; a state from elsewhere
 * (a test, a file) is resolved once into the machine state its control fields
 * name.
 *
 * Each step is the machine's own pure `transition(snapshot, event, scope)`
 * with one inert actor scope per machine. XState's `transition()` helper
 * does the same but makes a new actor for every call, and an actor's
 * constructor computes a whole initial snapshot (entering the first phase,
 * firing its events): that was nine tenths of the cost of a move.
 */
import { createActor, type ActorScope, type SnapshotFrom } from 'xstate';
import type { Action, GameState, MoveError } from '../model/state';
import type { Scenario } from '../model/types';
import { err, ok, type Result } from '../result';
import { ratifyState } from '../stakes/ratification';
import { ENDINGS } from './endings';
import { EVENT_TYPES, toEvent } from './events';
import { floorState, roundMachine, tableFor, type RoundMachine } from './machine';
import { checkAction } from './rules';

export type RoundSnapshot = SnapshotFrom<RoundMachine>;

const known = new WeakMap<GameState, RoundSnapshot>();

function remember(snapshot: RoundSnapshot): RoundSnapshot {
  known.set(snapshot.context, snapshot);
  return snapshot;
}

/** The machine state a game state's control fields name (for states the engine did not make itself). */
export function stateValueOf(s: Scenario, state: GameState): string | Record<string, unknown> {
  if (state.status === 'concluded') return ratifyState(s, state)?.ratified === false ? ENDINGS.notRatified.state : ENDINGS.signed.state;
  if (state.status === 'breakdown') return state.endedBy?.reason === 'walk-out' ? ENDINGS.walkedOut.state : ENDINGS.timeRanOut.state;
  const phase = s.phases[state.phase];
  if (!phase) throw new Error(`round ${s.id} has no phase ${state.phase + 1}`);
  return { [phase.id]: floorState(state.turn, tableFor(state, state.turn)) };
}

/** The round's opening snapshot: the first phase entered, its events fired, its opener on the floor. */
export function openRound(s: Scenario, start: GameState): RoundSnapshot {
  const machine = roundMachine(s);
  return remember(machine.getInitialSnapshot(scopeFor(machine, start), start));
}

/** Remember a snapshot by its game state, for the plain-state API (a Session carries its snapshot and needs none of this). */
export const rememberSnapshot = remember;

/** The snapshot a game state belongs to. */
export function snapshotOf(s: Scenario, state: GameState): RoundSnapshot {
  return known.get(state) ?? remember(roundMachine(s).resolveState({ value: stateValueOf(s, state) as never, context: state }));
}

type Scope = ActorScope<RoundSnapshot, ReturnType<typeof toEvent>>;
const scopes = new WeakMap<RoundMachine, Scope>();

/** The inert scope a machine's steps run in (built once per machine, from a state it will step). */
function scopeFor(machine: RoundMachine, sample: GameState): Scope {
  let scope = scopes.get(machine);
  if (!scope) {
    const self = createActor(machine, { input: sample });
    scope = { self, id: '', sessionId: '', logger: () => undefined, defer: () => undefined, system: self.system, stopChild: () => undefined, emit: () => undefined, actionExecutor: () => undefined } as unknown as Scope;
    scopes.set(machine, scope);
  }
  return scope;
}

const isAction = (a: unknown): a is Action => typeof a === 'object' && a !== null && typeof (a as Action).type === 'string' && (a as Action).type in EVENT_TYPES;

/** Take one action: the next snapshot, or why the action is refused (the snapshot is unchanged). */
export function advance(s: Scenario, snapshot: RoundSnapshot, action: Action): Result<RoundSnapshot, MoveError> {
  const refused = (): Result<RoundSnapshot, MoveError> => err(checkAction(s, snapshot.context, action) ?? { code: 'malformed', message: 'the action was refused' });
  if (!isAction(action)) return refused();
  const machine = roundMachine(s);
  const next = machine.transition(snapshot, toEvent(action), scopeFor(machine, snapshot.context));
  if (next.context === snapshot.context) return refused();
  return ok(next);
}
