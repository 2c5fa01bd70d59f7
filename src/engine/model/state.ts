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

/** How each meter moved over one log entry (only the meters that moved). */
export type MeterDelta = Readonly<Partial<Record<MeterId, number>>>;

/** Why the computer refuses a clause: its red lines, its floor on the issue, or the cost to the whole text. */
export type AnswerReason = 'red-line' | 'floor' | 'worth';

/**
 * The computer's answer to the other side's last move, in ids (the view
 * composes the words): what it answers (`to`, a log index), how, which clause
 * it names and why, and a running count per kind so the wording rotates.
 */
export interface Answer {
  readonly to: number;
  readonly kind: 'accept' | 'counter' | 'reject' | 'position' | 'concede' | 'appeal' | 'link';
  readonly issue?: IssueId;
  readonly option?: OptionId;
  /** Absent: the clause (or argument) is acceptable to the side answering. */
  readonly reason?: AnswerReason;
  /** The argument answered (a move id), and how many times it had been made before. */
  readonly move?: string;
  readonly repeat?: number;
  /** The side's answers of this kind before this one (the view rotates its wording by it). */
  readonly count: number;
}

/** One line of the negotiation record, in ids. */
export type LogEntry =
  | { readonly n: number; readonly kind: 'phase'; readonly phase: string }
  | { readonly n: number; readonly kind: 'event'; readonly event: string; readonly delta?: MeterDelta }
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
      /** How the meters moved (absent when none did). */
      readonly delta?: MeterDelta;
      /** A scenario move made before by the same side: how many times (its effects weaken each time). */
      readonly repeat?: number;
      /** The computer's answer to the other side's last move. */
      readonly answer?: Answer;
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
  /*
   * `status`, `phase` and `turn` mirror the round machine's control: only the
   * machine's own actions write them (enterPhase, apply, end), and the model
   * tests check on every path that they say what its state and tags say. They
   * stay in the plain state because about fifty readers in twenty-five files
   * (the views, the computer, the server's live games, saves, the debrief,
   * the class results) hold a GameState without a snapshot — one that crossed
   * a worker thread, a socket or a file as JSON — and because a state from
   * elsewhere is resolved into its machine state from these fields
   * (`snapshotOf`). Where a snapshot is at hand, ask it (`matches`, tags).
   */
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
