/**
 * The game state and actions: plain JSON, no classes, no functions, so a state
 * can be saved, sent over a network or compared byte for byte. Logs hold ids
 * only (moves, issues, options, lines, events), never text or list positions.
 */
import type { IssueId, MeterId, OptionId, SideId, WorldState } from './types';

import type { Action, Seat } from './actions';

export type { Action, Seat } from './actions';
export type Status = 'negotiating' | 'concluded' | 'breakdown';
/** issue id → option id */
export type Package = Readonly<Record<IssueId, OptionId>>;

export type ActionType = Action['type'];

/** What a side privately wants: its valuations, floors and reservation point. */
export interface Mind {
  readonly values: Readonly<Record<IssueId, Readonly<Record<OptionId, number>>>>;
  readonly floors: Readonly<Record<IssueId, number>>;
  readonly reservation: number;
}

export interface Offer {
  readonly from: SideId;
  readonly package: Package;
  /** The scenario move that made it, if any. */
  readonly move?: string;
}

/** One line of the negotiation record, in ids. */
export type LogEntry =
  | { readonly n: number; readonly kind: 'phase'; readonly phase: string }
  | { readonly n: number; readonly kind: 'event'; readonly event: string }
  | {
      readonly n: number;
      readonly kind: 'action';
      readonly side: SideId;
      readonly action: ActionType;
      readonly move?: string;
      readonly issue?: IssueId;
      readonly option?: OptionId;
      readonly package?: Package;
      /** The generic line spoken (by line id), for generic kinds. */
      readonly line?: string;
      /** Meters after the action. */
      readonly meters: Readonly<Record<MeterId, number>>;
    };

export interface GameState {
  readonly format: 1;
  readonly scenario: { readonly id: string; readonly version: number };
  readonly seed: number;
  /** Seeded RNG state (mulberry32). */
  readonly rng: number;
  readonly seats: Readonly<Record<SideId, Seat>>;
  /** The world the round started from. */
  readonly world: WorldState;
  readonly status: Status;
  readonly endedBy: null | { readonly reason: 'signed' | 'walk-out' | 'time'; readonly side?: SideId };
  readonly phase: number;
  readonly phaseMoves: number;
  readonly moveCount: number;
  readonly turn: SideId;
  readonly meters: Readonly<Record<MeterId, number>>;
  /** Public positions: what each side last stated or proposed, per issue. */
  readonly stances: Readonly<Record<SideId, Package>>;
  readonly pending: Offer | null;
  /** Clauses agreed so far, in the order they were agreed. */
  readonly agreed: readonly { readonly issue: IssueId; readonly option: OptionId }[];
  readonly links: readonly (readonly [IssueId, IssueId])[];
  /** Once-only moves already played. */
  readonly used: readonly string[];
  readonly signed: readonly SideId[];
  readonly fired: readonly string[];
  /** Secret: each side's valuations (never in the other side's view). */
  readonly minds: Readonly<Record<SideId, Mind>>;
  readonly log: readonly LogEntry[];
}

/** Why an action was refused. The state is unchanged. */
export interface MoveError {
  readonly code:
    | 'finished'
    | 'not-your-turn'
    | 'not-in-phase'
    | 'unknown-move'
    | 'wrong-side'
    | 'used'
    | 'not-available'
    | 'closed-issue'
    | 'bad-package'
    | 'linked'
    | 'nothing-pending'
    | 'own-offer'
    | 'cannot-sign'
    | 'nothing-to-concede'
    | 'malformed';
  readonly message: string;
}
