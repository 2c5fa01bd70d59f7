/**
 * The round machine's events: one dot-namespaced event per action type
 * (`negotiation.propose`, …), carrying the action itself so the rules see
 * exactly what the log stores.
 */
import type { Action } from '../model/state';

type Namespaced<A> = A extends { type: infer T extends string } ? { readonly type: `negotiation.${T}`; readonly action: A } : never;
export type NegotiationEvent = Namespaced<Action>;

export const EVENT_TYPES: Readonly<Record<Action['type'], NegotiationEvent['type']>> = {
  move: 'negotiation.move',
  propose: 'negotiation.propose',
  concede: 'negotiation.concede',
  consult: 'negotiation.consult',
  accept: 'negotiation.accept',
  sign: 'negotiation.sign',
  'walk-out': 'negotiation.walk-out',
};

export const toEvent = (action: Action): NegotiationEvent => ({ type: EVENT_TYPES[action.type], action }) as NegotiationEvent;
