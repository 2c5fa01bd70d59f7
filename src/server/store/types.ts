/**
 * The class server's store: classes, games, seats, each game's append-only
 * action log keyed by (game, seq), and finished results. One interface, two
 * back ends with the same schema and migrations: SQLite (libsql) in ./data/
 * by default, PostgreSQL when DATABASE_URL is set. Tokens are kept only as
 * SHA-256 hashes.
 */
import type { Action, Seat } from '../../engine/model/state';
import type { SideId } from '../../engine/model/types';

export type ClassMode = 'pairs' | 'computer';
/** How students of a pairs class meet: first-come as they join, or the teacher pairs those waiting. */
export type Pairing = 'first-come' | 'teacher';

export interface ClassRecord {
  readonly code: string;
  readonly teacherHash: string;
  readonly round: string;
  readonly mode: ClassMode;
  readonly pairing: Pairing;
  readonly createdAt: number;
  readonly expiresAt: number;
  readonly endedAt: number | null;
}

export interface GameRecord {
  readonly id: string;
  readonly classCode: string;
  /** The pair's number in its class (1, 2, …). */
  readonly n: number;
  readonly seed: number;
  readonly seats: Readonly<Record<SideId, Seat>>;
  readonly createdAt: number;
}

export interface SeatRecord {
  readonly gameId: string;
  readonly side: SideId;
  readonly tokenHash: string;
  readonly name: string;
}

/** A student who joined a class where the teacher pairs, not yet paired. */
export interface WaitingRecord {
  readonly id: string;
  readonly classCode: string;
  readonly tokenHash: string;
  readonly name: string;
  /** The side they asked for, if any. */
  readonly side: SideId | null;
  readonly joinedAt: number;
}

export interface ResultRecord {
  readonly gameId: string;
  /** The round's index in the class's order (0 for a single-round class). */
  readonly round: number;
  readonly status: 'concluded' | 'breakdown';
  readonly summary: string;
  readonly finishedAt: number;
}

/**
 * One row of a game's log: a move of round `round`, or a seat saying it is
 * ready for the round after `round` (a campaign's boundary: the next round
 * begins once every person at the table is ready).
 */
export type LogEntry =
  | { readonly kind: 'move'; readonly round: number; readonly action: Action }
  | { readonly kind: 'ready'; readonly round: number; readonly side: SideId };

/** The (game, seq) pair already holds an action: a duplicate move was refused. */
export class DuplicateMove extends Error {
  constructor(readonly gameId: string, readonly seq: number) {
    super(`game ${gameId} already has move ${seq}`);
  }
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Apply every migration not yet applied; returns the schema version. */
  migrate(): Promise<number>;
  createClass(c: ClassRecord): Promise<void>;
  getClass(code: string): Promise<ClassRecord | null>;
  endClass(code: string, at: number): Promise<void>;
  /** Delete a class and everything in it now. */
  deleteClass(code: string): Promise<void>;
  /** Delete every class whose time is up; returns their codes. */
  expire(now: number): Promise<string[]>;
  createGame(g: GameRecord): Promise<void>;
  games(classCode: string): Promise<GameRecord[]>;
  setPairing(code: string, pairing: Pairing): Promise<void>;
  putSeat(s: SeatRecord): Promise<void>;
  putWaiting(w: WaitingRecord): Promise<void>;
  waiting(classCode: string): Promise<WaitingRecord[]>;
  /** In one transaction: create the game (if given), seat students in it (a waiting student keeps their token) and take them off the waiting list. */
  pairWaiting(g: GameRecord | null, seats: readonly SeatRecord[], waitingIds: readonly string[]): Promise<void>;
  seats(classCode: string): Promise<SeatRecord[]>;
  /** Append move `seq` (0-based) of a game, in round `round` (0 unless a campaign); throws DuplicateMove if it is there. */
  append(gameId: string, seq: number, action: Action, at: number, round?: number): Promise<void>;
  /** Append any log row (a move or a seat's "ready for the next round") as row `seq`; throws DuplicateMove if it is there. */
  appendEntry(gameId: string, seq: number, entry: LogEntry, at: number): Promise<void>;
  /** The moves of every round, in order. */
  actions(gameId: string): Promise<Action[]>;
  /** The whole log, rounds and boundaries included. */
  log(gameId: string): Promise<LogEntry[]>;
  /** Record (or replace) a game's result for one round. */
  putResult(r: ResultRecord): Promise<void>;
  /** Every result of the class, by pair then round. */
  results(classCode: string): Promise<ResultRecord[]>;
  close(): Promise<void>;
}
