/**
 * How a round can end: one row per final state of the round's machine, with
 * the tags the UI, simulator and tests ask (`snapshot.hasTag('signed')`), the
 * status it leaves in the game state and the reason it records. The machine
 * builder makes a final state from each row; a row's `route` says which of the
 * machine's named guards leads there.
 *
 * `notRatified` is the ending the stakes work (ratification at home) leads to:
 * its final state exists so the UI and diagrams can name it, but no rule of
 * the engine routes to it yet; the ratification rule adds its guard here
 * (`route`), ahead of `signed`, and the machine builder wires it in.
 */
import type { GameState, Status } from '../model/state';

export type EndingReason = NonNullable<GameState['endedBy']>['reason'];

export interface Ending {
  /** The final state's name in the machine. */
  readonly state: string;
  readonly status: Exclude<Status, 'negotiating'>;
  readonly reason: EndingReason;
  readonly tags: readonly string[];
  /**
   * How the machine reaches it: after both signatures (`signature`, with the
   * named guard that must hold), when a side walks out (`walk-out`), when the
   * last phase is spent (`time`), or not yet (`null`).
   */
  readonly route: { readonly after: 'signature'; readonly guard: string } | { readonly after: 'walk-out' | 'time' } | null;
}

export const ENDINGS = {
  notRatified: { state: 'notRatified', status: 'concluded', reason: 'signed', tags: ['ended', 'signed', 'not-ratified'], route: null },
  signed: { state: 'signed', status: 'concluded', reason: 'signed', tags: ['ended', 'signed', 'concluded'], route: { after: 'signature', guard: 'bothSigned' } },
  walkedOut: { state: 'walkedOut', status: 'breakdown', reason: 'walk-out', tags: ['ended', 'breakdown', 'walk-out'], route: { after: 'walk-out' } },
  timeRanOut: { state: 'timeRanOut', status: 'breakdown', reason: 'time', tags: ['ended', 'breakdown', 'time-ran-out'], route: { after: 'time' } },
} as const satisfies Record<string, Ending>;

export type EndingId = keyof typeof ENDINGS;
export const ENDING_IDS = Object.keys(ENDINGS) as EndingId[];
