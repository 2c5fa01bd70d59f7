/**
 * One class in memory on the process that hosts its room: the class record,
 * its games (rebuilt from their logs on load) and who sits where. Seating is
 * first-come: a student who asks for a side gets the first game with that
 * seat free, otherwise the first free seat, otherwise a new game; in
 * computer mode every student gets a game of their own. A returning student
 * proves their seat with its token and gets the same seat back.
 */
import type { SideId } from '../engine/model/types';
import { LiveGame } from './liveGame';
import { scenarioOf } from './rounds';
import type { ClassRecord, SeatRecord, Store } from './store/types';
import { hashToken, newSeed, newToken, tokenMatches } from './tokens';
import { pairSummary, type ClassSummary } from './views';

export const CLASS_LIMITS = { students: 80 } as const;

export interface Seating {
  readonly game: LiveGame;
  readonly side: SideId;
  readonly name: string;
  /** Only when the seat is new: the secret the browser keeps to come back. */
  readonly token?: string;
}

const other = (side: SideId): SideId => (side === 'japan' ? 'russia' : 'japan');

export class ClassHub {
  private readonly seats = new Map<string, SeatRecord>();
  /** Seating runs one student at a time (a whole class joins at once). */
  private seating: Promise<unknown> = Promise.resolve();

  private constructor(
    public record: ClassRecord,
    readonly games: LiveGame[],
    seats: readonly SeatRecord[],
    private readonly store: Store,
  ) {
    for (const s of seats) this.seats.set(`${s.gameId}:${s.side}`, s);
  }

  static async load(code: string, store: Store): Promise<ClassHub | null> {
    const record = await store.getClass(code);
    if (!record) return null;
    const scenario = scenarioOf(record.round);
    const games = await Promise.all((await store.games(code)).map((g) => LiveGame.load(g, scenario, store)));
    return new ClassHub(record, games, await store.seats(code), store);
  }

  get ended(): boolean {
    return this.record.endedAt !== null;
  }

  seatOf(game: LiveGame, side: SideId): SeatRecord | undefined {
    return this.seats.get(`${game.record.id}:${side}`);
  }

  /** The seat a token opens, if any. */
  rejoin(token: unknown): Seating | null {
    for (const s of this.seats.values()) {
      if (!tokenMatches(token, s.tokenHash)) continue;
      const game = this.games.find((g) => g.record.id === s.gameId);
      if (game) return { game, side: s.side, name: s.name };
    }
    return null;
  }

  /** Seat a new student; null when the class is full. */
  seat(name: string, wanted: SideId | null): Promise<Seating | null> {
    const run = this.seating.then(() => this.seatNow(name, wanted));
    this.seating = run.catch(() => undefined);
    return run;
  }

  private async seatNow(name: string, wanted: SideId | null): Promise<Seating | null> {
    if (this.seats.size >= CLASS_LIMITS.students) return null;
    let game: LiveGame | undefined;
    let side: SideId | undefined;
    if (this.record.mode === 'pairs') {
      const open = (g: LiveGame, s: SideId) => g.state.status === 'negotiating' && g.record.seats[s] === 'human' && !this.seatOf(g, s);
      const half = this.games.find((g) => (wanted ? open(g, wanted) && this.seatOf(g, other(wanted)) : (open(g, 'japan') || open(g, 'russia')) && (this.seatOf(g, 'japan') || this.seatOf(g, 'russia'))));
      const any = half ?? this.games.find((g) => (wanted ? open(g, wanted) : open(g, 'japan') || open(g, 'russia')));
      if (any) {
        game = any;
        side = wanted && open(any, wanted) ? wanted : open(any, 'japan') ? 'japan' : 'russia';
      }
    }
    if (!game || !side) {
      side = wanted ?? (this.record.mode === 'computer' && this.games.length % 2 === 1 ? 'russia' : 'japan');
      const seats = this.record.mode === 'pairs' ? ({ japan: 'human', russia: 'human' } as const) : side === 'japan' ? ({ japan: 'human', russia: 'computer' } as const) : ({ japan: 'computer', russia: 'human' } as const);
      const record = { id: `${this.record.code}-${this.games.length + 1}-${newToken().slice(0, 6)}`, classCode: this.record.code, n: this.games.length + 1, seed: newSeed(), seats, createdAt: Date.now() };
      await this.store.createGame(record);
      game = await LiveGame.load(record, scenarioOf(this.record.round), this.store);
      this.games.push(game);
      await game.start();
    }
    const token = newToken();
    const seat: SeatRecord = { gameId: game.record.id, side, tokenHash: hashToken(token), name };
    await this.store.putSeat(seat);
    this.seats.set(`${seat.gameId}:${side}`, seat);
    return { game, side, name, token };
  }

  nameAt(game: LiveGame, side: SideId): string | null {
    return this.seatOf(game, side)?.name ?? null;
  }

  summary(): ClassSummary {
    const scenario = scenarioOf(this.record.round);
    return {
      code: this.record.code,
      round: { id: scenario.id, title: scenario.title.en },
      mode: this.record.mode,
      ended: this.ended,
      expiresAt: this.record.expiresAt,
      students: this.seats.size,
      pairs: this.games.map((g) =>
        pairSummary(g.scenario, g.state, g.record.id, g.record.n, { japan: this.nameAt(g, 'japan'), russia: this.nameAt(g, 'russia') }, g.moves.length),
      ),
    };
  }

  async end(): Promise<void> {
    const at = Date.now();
    await this.store.endClass(this.record.code, at);
    this.record = { ...this.record, endedAt: at };
  }
}
