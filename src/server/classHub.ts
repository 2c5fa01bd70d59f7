/**
 * One class in memory on the process that hosts its room: the class record,
 * its games (rebuilt from their logs on load), who sits where, and who is
 * waiting to be paired. Seating is first-come — a student who asks for a
 * side gets the first game with that seat free, otherwise the first free
 * seat, otherwise a new game; in computer mode every student gets a game of
 * their own — unless the teacher pairs: then a new student waits until the
 * teacher puts two waiting students at one table and says who plays which
 * side. A class plays one round or the campaign (each game then plays the
 * rounds in order, see LiveGame). A returning student proves their seat (or place in the waiting
 * list) with its token and gets it back.
 */
import type { SideId } from '../engine/model/types';
import { LiveGame } from './liveGame';
import { CAMPAIGN, orderOf, roundCard } from './rounds';
import type { ClassRecord, GameRecord, Pairing, SeatRecord, Store, WaitingRecord } from './store/types';
import { hashToken, newSeed, newToken, tokenMatches } from './tokens';
import { pairSummary, type ClassSummary } from './views';

export const CLASS_LIMITS = { students: 80 } as const;

export type Seating =
  | {
      readonly kind: 'seat';
      readonly game: LiveGame;
      readonly side: SideId;
      readonly name: string;
      /** Only when the student is new: the secret the browser keeps to come back. */
      readonly token?: string;
      /** The waiting-list entry this seat came from, if any. */
      readonly from?: string;
    }
  | { readonly kind: 'waiting'; readonly id: string; readonly name: string; readonly side: SideId | null; readonly token?: string };

type SeatSeating = Extract<Seating, { kind: 'seat' }>;

const other = (side: SideId): SideId => (side === 'japan' ? 'russia' : 'japan');

export class ClassHub {
  private readonly seats = new Map<string, SeatRecord>();
  private waitingList: WaitingRecord[];
  /** Seating and pairing run one at a time (a whole class joins at once). */
  private seating: Promise<unknown> = Promise.resolve();

  private constructor(
    public record: ClassRecord,
    readonly games: LiveGame[],
    seats: readonly SeatRecord[],
    waiting: readonly WaitingRecord[],
    private readonly store: Store,
  ) {
    for (const s of seats) this.seats.set(`${s.gameId}:${s.side}`, s);
    this.waitingList = [...waiting];
  }

  static async load(code: string, store: Store): Promise<ClassHub | null> {
    const record = await store.getClass(code);
    if (!record) return null;
    const games = await Promise.all((await store.games(code)).map((g) => LiveGame.load(g, record.round, store)));
    return new ClassHub(record, games, await store.seats(code), await store.waiting(code), store);
  }

  /** Replace one game by what its log says now (another room of this class moved it); null if it is not here. */
  async reloadGame(id: string): Promise<LiveGame | null> {
    const i = this.games.findIndex((g) => g.record.id === id);
    const old = this.games[i];
    if (!old) return null;
    const game = await LiveGame.load(old.record, this.record.round, this.store);
    this.games[i] = game;
    return game;
  }

  get ended(): boolean {
    return this.record.endedAt !== null;
  }

  /** Whether new students wait for the teacher to pair them. */
  get teacherPairs(): boolean {
    return this.record.mode === 'pairs' && this.record.pairing === 'teacher';
  }

  get waiting(): readonly WaitingRecord[] {
    return this.waitingList;
  }

  seatOf(game: LiveGame, side: SideId): SeatRecord | undefined {
    return this.seats.get(`${game.record.id}:${side}`);
  }

  /** The seat (or waiting place) a token opens, if any. */
  rejoin(token: unknown): Seating | null {
    for (const s of this.seats.values()) {
      if (!tokenMatches(token, s.tokenHash)) continue;
      const game = this.games.find((g) => g.record.id === s.gameId);
      if (game) return { kind: 'seat', game, side: s.side, name: s.name };
    }
    const w = this.waitingList.find((x) => tokenMatches(token, x.tokenHash));
    return w ? { kind: 'waiting', id: w.id, name: w.name, side: w.side } : null;
  }

  /** Seat a new student (or put them on the waiting list when the teacher pairs); null when the class is full. */
  seat(name: string, wanted: SideId | null): Promise<Seating | null> {
    return this.serial(async () => {
      if (this.seats.size + this.waitingList.length >= CLASS_LIMITS.students) return null;
      const token = newToken();
      if (!this.teacherPairs) return { ...(await this.seatFirstCome(name, wanted, hashToken(token))), token };
      const w: WaitingRecord = { id: newToken().slice(0, 12), classCode: this.record.code, tokenHash: hashToken(token), name, side: wanted, joinedAt: Date.now() };
      await this.store.putWaiting(w);
      this.waitingList.push(w);
      return { kind: 'waiting', id: w.id, name, side: wanted, token };
    });
  }

  /** The teacher's pairing: two waiting students at a new table, one on each side. */
  pair(japanId: string, russiaId: string): Promise<SeatSeating[] | string> {
    return this.serial(async () => {
      if (this.record.mode !== 'pairs') return 'this class plays against the computer: there is no one to pair';
      if (japanId === russiaId) return 'choose two different students';
      const japan = this.waitingList.find((w) => w.id === japanId);
      const russia = this.waitingList.find((w) => w.id === russiaId);
      if (!japan || !russia) return 'one of those students is no longer waiting';
      const record = this.newGameRecord({ japan: 'human', russia: 'human' });
      const seats = [this.seatRecord(record.id, 'japan', japan), this.seatRecord(record.id, 'russia', russia)];
      await this.store.pairWaiting(record, seats, [japan.id, russia.id]);
      const game = await this.addGame(record);
      this.waitingList = this.waitingList.filter((w) => w !== japan && w !== russia);
      for (const s of seats) this.seats.set(`${s.gameId}:${s.side}`, s);
      return [
        { kind: 'seat', game, side: 'japan', name: japan.name, from: japan.id },
        { kind: 'seat', game, side: 'russia', name: russia.name, from: russia.id },
      ];
    });
  }

  /** First-come on or off; switching it on seats everyone waiting, in the order they came. */
  setPairing(pairing: Pairing): Promise<SeatSeating[]> {
    return this.serial(async () => {
      await this.store.setPairing(this.record.code, pairing);
      this.record = { ...this.record, pairing };
      if (this.teacherPairs) return [];
      const seated: SeatSeating[] = [];
      for (const w of [...this.waitingList]) {
        seated.push(await this.seatFirstCome(w.name, w.side, w.tokenHash, w));
        this.waitingList = this.waitingList.filter((x) => x !== w);
      }
      return seated;
    });
  }

  private async seatFirstCome(name: string, wanted: SideId | null, tokenHash: string, from?: WaitingRecord): Promise<SeatSeating> {
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
    let created: GameRecord | null = null;
    if (!game || !side) {
      side = wanted ?? (this.record.mode === 'computer' && this.games.length % 2 === 1 ? 'russia' : 'japan');
      created = this.newGameRecord(this.record.mode === 'pairs' ? { japan: 'human', russia: 'human' } : side === 'japan' ? { japan: 'human', russia: 'computer' } : { japan: 'computer', russia: 'human' });
    }
    const gameId = created?.id ?? game!.record.id;
    const seat: SeatRecord = { gameId, side, tokenHash, name };
    await this.store.pairWaiting(created, [seat], from ? [from.id] : []);
    if (created) game = await this.addGame(created);
    this.seats.set(`${seat.gameId}:${side}`, seat);
    return { kind: 'seat', game: game!, side, name, ...(from ? { from: from.id } : {}) };
  }

  private newGameRecord(seats: GameRecord['seats']): GameRecord {
    const n = this.games.length + 1;
    return { id: `${this.record.code}-${n}-${newToken().slice(0, 6)}`, classCode: this.record.code, n, seed: newSeed(), seats, createdAt: Date.now() };
  }

  private seatRecord(gameId: string, side: SideId, w: WaitingRecord): SeatRecord {
    return { gameId, side, tokenHash: w.tokenHash, name: w.name };
  }

  private async addGame(record: GameRecord): Promise<LiveGame> {
    const game = await LiveGame.load(record, this.record.round, this.store);
    this.games.push(game);
    await game.start();
    return game;
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.seating.then(fn);
    this.seating = run.catch(() => undefined);
    return run;
  }

  nameAt(game: LiveGame, side: SideId): string | null {
    return this.seatOf(game, side)?.name ?? null;
  }

  summary(): ClassSummary {
    const plan = this.record.round;
    const order = orderOf(plan).map((id) => ({ id, title: roundCard(id)?.title ?? id }));
    return {
      code: this.record.code,
      round: plan === CAMPAIGN ? { id: CAMPAIGN, title: `The campaign: ${order.map((r) => r.id).join(', ')}` } : (order[0] ?? { id: plan, title: plan }),
      order,
      mode: this.record.mode,
      pairing: this.record.pairing,
      ended: this.ended,
      expiresAt: this.record.expiresAt,
      students: this.seats.size + this.waitingList.length,
      waiting: this.waitingList.map((w) => ({ id: w.id, name: w.name, side: w.side })),
      pairs: this.games.map((g) => pairSummary(g, { japan: this.nameAt(g, 'japan'), russia: this.nameAt(g, 'russia') })),
    };
  }

  async end(): Promise<void> {
    const at = Date.now();
    await this.store.endClass(this.record.code, at);
    this.record = { ...this.record, endedAt: at };
  }
}
