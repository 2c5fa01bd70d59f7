/**
 * How a round can end: one row per final state of the round's machine, with
 * the tags the UI, simulator and tests ask (`snapshot.hasTag('signed')`), the
 * status it leaves in the game state and the reason it records. The machine
 * builder makes a final state from each row; a row's `route` says which of the
 * machine's named guards leads there.
 *
 * `notRatified` comes before `signed`: when both signatures are on a document
 * that either side's principals at home reject (src/engine/stakes/
 * ratification.ts), the guard `signedNotRatified` ends the round there — the
 * document is signed (status `concluded`, tag `signed`) but not ratified, and
 * it does not come into force.
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
  notRatified: { state: 'notRatified', status: 'concluded', reason: 'signed', tags: ['ended', 'signed', 'not-ratified'], route: { after: 'signature', guard: 'signedNotRatified' } },
  signed: { state: 'signed', status: 'concluded', reason: 'signed', tags: ['ended', 'signed', 'concluded', 'ratified'], route: { after: 'signature', guard: 'bothSigned' } },
  walkedOut: { state: 'walkedOut', status: 'breakdown', reason: 'walk-out', tags: ['ended', 'breakdown', 'walk-out'], route: { after: 'walk-out' } },
  timeRanOut: { state: 'timeRanOut', status: 'breakdown', reason: 'time', tags: ['ended', 'breakdown', 'time-ran-out'], route: { after: 'time' } },
} as const satisfies Record<string, Ending>;

export type EndingId = keyof typeof ENDINGS;
export const ENDING_IDS = Object.keys(ENDINGS) as EndingId[];
