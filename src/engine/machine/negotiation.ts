/**
 * The one negotiation machine. Every round runs on it: the scenario is its
 * parameter, the plain-JSON `GameState` is its context, and every move is a
 * typed, dot-namespaced event (`negotiation.propose`, …). Guards and the
 * assign action are the pure rules in `rules.ts`; the machine adds the
 * lifecycle (negotiating → concluded | breakdown).
 */
import { assign, setup } from 'xstate';
import type { Action, GameState } from '../model/state';
import type { Scenario } from '../model/types';
import { applyAction, checkAction } from './rules';

type Namespaced<A> = A extends { type: infer T extends string } ? { readonly type: `negotiation.${T}`; readonly action: A } : never;
/** Events carry the action itself so the rules see exactly what the log stores. */
export type NegotiationEvent = Namespaced<Action>;

const EVENT_TYPES: Readonly<Record<Action['type'], NegotiationEvent['type']>> = {
  move: 'negotiation.move',
  propose: 'negotiation.propose',
  concede: 'negotiation.concede',
  consult: 'negotiation.consult',
  accept: 'negotiation.accept',
  sign: 'negotiation.sign',
  'walk-out': 'negotiation.walk-out',
};

export const toEvent = (action: Action): NegotiationEvent => ({ type: EVENT_TYPES[action.type], action }) as NegotiationEvent;

const machines = new WeakMap<Scenario, ReturnType<typeof buildMachine>>();

function buildMachine(scenario: Scenario) {
  const transitions = {
    guard: 'legal',
    actions: 'apply',
  } as const;
  return setup({
    types: {
      context: {} as GameState,
      events: {} as NegotiationEvent,
      input: {} as GameState,
    },
    guards: {
      legal: ({ context, event }) => event.action !== undefined && checkAction(scenario, context, event.action) === null,
      concluded: ({ context }) => context.status === 'concluded',
      brokenDown: ({ context }) => context.status === 'breakdown',
    },
    actions: {
      apply: assign(({ context, event }) => applyAction(scenario, context, event.action)),
    },
  }).createMachine({
    id: `negotiation-${scenario.id}`,
    context: ({ input }) => input,
    initial: 'negotiating',
    states: {
      negotiating: {
        always: [
          { guard: 'concluded', target: 'concluded' },
          { guard: 'brokenDown', target: 'breakdown' },
        ],
        on: {
          'negotiation.move': transitions,
          'negotiation.propose': transitions,
          'negotiation.concede': transitions,
          'negotiation.consult': transitions,
          'negotiation.accept': transitions,
          'negotiation.sign': transitions,
          'negotiation.walk-out': transitions,
        },
      },
      concluded: { type: 'final' },
      breakdown: { type: 'final' },
    },
  });
}

/** The negotiation machine for a scenario (built once per scenario object). */
export function negotiationMachine(scenario: Scenario) {
  let m = machines.get(scenario);
  if (!m) {
    m = buildMachine(scenario);
    machines.set(scenario, m);
  }
  return m;
}

export type NegotiationMachine = ReturnType<typeof negotiationMachine>;
