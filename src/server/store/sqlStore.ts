/**
 * The store over any SQL database through a small adapter (`Db`): the same
 * statements, with `?` placeholders, run on SQLite and PostgreSQL, so the
 * two back ends cannot drift apart. Migrations are applied in order and
 * recorded; a duplicate (game, seq) surfaces as DuplicateMove. Moves
 * appended in the same turn of the event loop (many games at once) are
 * written by one INSERT, one transaction, and each caller is answered only
 * once it is stored; a batch with a bad row is written row by row so each
 * move gets its own answer.
 */
import type { Action } from '../../engine/model/state';
import type { SideId } from '../../engine/model/types';
import { MIGRATIONS } from './migrations';
import { DuplicateMove, type ClassMode, type ClassRecord, type GameRecord, type LogEntry, type Pairing, type ResultRecord, type SeatRecord, type Store, type WaitingRecord } from './types';

export type Row = Record<string, unknown>;

/** What a SQL back end provides: statements with `?` placeholders, and transactions. */
export interface Db {
  readonly kind: Store['kind'];
  run(sql: string, params?: readonly unknown[]): Promise<void>;
  all(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Run `fn` in one transaction (statements inside use the same `Db`). */
  tx<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  /** Whether an error is a primary-key or unique violation. */
  isUniqueViolation(e: unknown): boolean;
  close(): Promise<void>;
}

const num = (v: unknown): number => Number(v);
const str = (v: unknown): string => String(v);

const classOf = (r: Row): ClassRecord => ({
  code: str(r.code),
  teacherHash: str(r.teacher_hash),
  round: str(r.round),
  mode: str(r.mode) as ClassMode,
  pairing: r.pairing === 'teacher' ? 'teacher' : 'first-come',
  createdAt: num(r.created_at),
  expiresAt: num(r.expires_at),
  endedAt: r.ended_at === null || r.ended_at === undefined ? null : num(r.ended_at),
});

const gameOf = (r: Row): GameRecord => ({
  id: str(r.id),
  classCode: str(r.class_code),
  n: num(r.n),
  seed: num(r.seed),
  seats: { japan: str(r.japan_seat) as GameRecord['seats']['japan'], russia: str(r.russia_seat) as GameRecord['seats']['russia'] },
  createdAt: num(r.created_at),
});

interface PendingMove {
  readonly row: readonly unknown[];
  readonly done: (e?: unknown) => void;
}
/** Rows per INSERT (6 values each: SQLite's default limit is 999 values). */
const BATCH = 150;
const INSERT_MOVES = 'INSERT INTO actions (game_id, seq, action, at, round, kind) VALUES ';
const ROW = '(?, ?, ?, ?, ?, ?)';

export class SqlStore implements Store {
  private pending: PendingMove[] = [];
  /** The writer at work on `pending`, from the first move it waits for until nothing is left; null when idle. */
  private writer: Promise<void> | null = null;

  constructor(private readonly db: Db) {}

  get kind(): Store['kind'] {
    return this.db.kind;
  }

  async migrate(): Promise<number> {
    // Several processes may start at once on one PostgreSQL: each step runs alone (an advisory lock) and skips what another did.
    const alone = async (db: Db) => {
      if (db.kind === 'postgres') await db.run('SELECT pg_advisory_xact_lock(7343201)');
    };
    await this.db.tx(async (db) => {
      await alone(db);
      await db.run('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)');
    });
    for (const m of MIGRATIONS) {
      await this.db.tx(async (db) => {
        await alone(db);
        if ((await db.all('SELECT version FROM schema_migrations WHERE version = ?', [m.version])).length > 0) return;
        for (const sql of m.sql) await db.run(sql);
        await db.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [m.version, m.name, Date.now()]);
      });
    }
    const rows = await this.db.all('SELECT MAX(version) AS v FROM schema_migrations');
    return num(rows[0]?.v ?? 0);
  }

  async createClass(c: ClassRecord): Promise<void> {
    await this.db.run('INSERT INTO classes (code, teacher_hash, round, mode, pairing, created_at, expires_at, ended_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [
      c.code, c.teacherHash, c.round, c.mode, c.pairing, c.createdAt, c.expiresAt, c.endedAt,
    ]);
  }

  async getClass(code: string): Promise<ClassRecord | null> {
    const rows = await this.db.all('SELECT * FROM classes WHERE code = ?', [code]);
    return rows[0] ? classOf(rows[0]) : null;
  }

  async endClass(code: string, at: number): Promise<void> {
    await this.db.run('UPDATE classes SET ended_at = ? WHERE code = ? AND ended_at IS NULL', [at, code]);
  }

  async deleteClass(code: string): Promise<void> {
    // Children first, so the delete holds with or without ON DELETE CASCADE support switched on.
    await this.db.tx(async (db) => {
      const sub = 'SELECT id FROM games WHERE class_code = ?';
      await db.run(`DELETE FROM actions WHERE game_id IN (${sub})`, [code]);
      await db.run(`DELETE FROM seats WHERE game_id IN (${sub})`, [code]);
      await db.run(`DELETE FROM round_results WHERE game_id IN (${sub})`, [code]);
      await db.run('DELETE FROM waiting WHERE class_code = ?', [code]);
      await db.run('DELETE FROM games WHERE class_code = ?', [code]);
      await db.run('DELETE FROM classes WHERE code = ?', [code]);
    });
  }

  async expire(now: number): Promise<string[]> {
    const codes = (await this.db.all('SELECT code FROM classes WHERE expires_at <= ?', [now])).map((r) => str(r.code));
    for (const code of codes) await this.deleteClass(code);
    return codes;
  }

  async createGame(g: GameRecord, db: Db = this.db): Promise<void> {
    await db.run('INSERT INTO games (id, class_code, n, seed, japan_seat, russia_seat, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)', [
      g.id, g.classCode, g.n, g.seed, g.seats.japan, g.seats.russia, g.createdAt,
    ]);
  }

  async games(classCode: string): Promise<GameRecord[]> {
    return (await this.db.all('SELECT * FROM games WHERE class_code = ? ORDER BY n', [classCode])).map(gameOf);
  }

  async setPairing(code: string, pairing: Pairing): Promise<void> {
    await this.db.run('UPDATE classes SET pairing = ? WHERE code = ?', [pairing, code]);
  }

  async putSeat(s: SeatRecord, db: Db = this.db): Promise<void> {
    await db.run('INSERT INTO seats (game_id, side, token_hash, name) VALUES (?, ?, ?, ?)', [s.gameId, s.side, s.tokenHash, s.name]);
  }

  async putWaiting(w: WaitingRecord): Promise<void> {
    await this.db.run('INSERT INTO waiting (id, class_code, token_hash, name, side, joined_at) VALUES (?, ?, ?, ?, ?, ?)', [w.id, w.classCode, w.tokenHash, w.name, w.side, w.joinedAt]);
  }

  async waiting(classCode: string): Promise<WaitingRecord[]> {
    const rows = await this.db.all('SELECT * FROM waiting WHERE class_code = ? ORDER BY joined_at, id', [classCode]);
    return rows.map((r) => ({ id: str(r.id), classCode: str(r.class_code), tokenHash: str(r.token_hash), name: str(r.name), side: r.side === 'japan' || r.side === 'russia' ? r.side : null, joinedAt: num(r.joined_at) }));
  }

  async pairWaiting(g: GameRecord | null, seats: readonly SeatRecord[], waitingIds: readonly string[]): Promise<void> {
    await this.db.tx(async (db) => {
      if (g) await this.createGame(g, db);
      for (const s of seats) await this.putSeat(s, db);
      for (const id of waitingIds) await db.run('DELETE FROM waiting WHERE id = ?', [id]);
    });
  }

  async seats(classCode: string): Promise<SeatRecord[]> {
    const rows = await this.db.all('SELECT s.* FROM seats s JOIN games g ON g.id = s.game_id WHERE g.class_code = ? ORDER BY g.n, s.side', [classCode]);
    return rows.map((r) => ({ gameId: str(r.game_id), side: str(r.side) as SideId, tokenHash: str(r.token_hash), name: str(r.name) }));
  }

  append(gameId: string, seq: number, action: Action, at: number, round = 0): Promise<void> {
    return this.appendEntry(gameId, seq, { kind: 'move', round, action }, at);
  }

  appendEntry(gameId: string, seq: number, entry: LogEntry, at: number): Promise<void> {
    const body = JSON.stringify(entry.kind === 'move' ? entry.action : entry.side);
    return new Promise((resolve, reject) => {
      const done = (e?: unknown) => (e === undefined ? resolve() : reject(this.db.isUniqueViolation(e) ? new DuplicateMove(gameId, seq) : e));
      this.pending.push({ row: [gameId, seq, body, at, entry.round, entry.kind], done });
      this.writer ??= this.writeMoves();
    });
  }

  /** Let the moves of this turn of the event loop gather, then write what is waiting, a batch at a time, until nothing is. */
  private async writeMoves(): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    try {
      while (this.pending.length > 0) {
        const batch = this.pending.splice(0, BATCH);
        const one = (m: PendingMove) => this.db.run(INSERT_MOVES + ROW, m.row).then(() => m.done(), m.done);
        if (batch.length === 1) await one(batch[0]!);
        else
          await this.db.run(INSERT_MOVES + batch.map(() => ROW).join(', '), batch.flatMap((m) => m.row)).then(
            () => batch.forEach((m) => m.done()),
            async () => {
              for (const m of batch) await one(m);
            },
          );
      }
    } finally {
      // Synchronously after the last check of `pending`: a move queued later starts a new writer.
      this.writer = null;
    }
  }


  async actions(gameId: string): Promise<Action[]> {
    return (await this.log(gameId)).flatMap((e) => (e.kind === 'move' ? [e.action] : []));
  }

  async log(gameId: string): Promise<LogEntry[]> {
    const rows = await this.db.all('SELECT seq, action, round, kind FROM actions WHERE game_id = ? ORDER BY seq', [gameId]);
    return rows.map((r, i): LogEntry => {
      if (num(r.seq) !== i) throw new Error(`game ${gameId}: the action log has a gap at move ${i}`);
      const round = num(r.round);
      const body: unknown = JSON.parse(str(r.action));
      if (r.kind === 'move') return { kind: 'move', round, action: body as Action };
      if (r.kind === 'ready' && (body === 'japan' || body === 'russia')) return { kind: 'ready', round, side: body };
      throw new Error(`game ${gameId}: log row ${i} is neither a move nor a seat's "ready" (${str(r.kind)})`);
    });
  }

  async putResult(r: ResultRecord): Promise<void> {
    await this.db.tx(async (db) => {
      await db.run('DELETE FROM round_results WHERE game_id = ? AND round = ?', [r.gameId, r.round]);
      await db.run('INSERT INTO round_results (game_id, round, status, summary, finished_at) VALUES (?, ?, ?, ?, ?)', [r.gameId, r.round, r.status, r.summary, r.finishedAt]);
    });
  }

  async results(classCode: string): Promise<ResultRecord[]> {
    const rows = await this.db.all('SELECT r.* FROM round_results r JOIN games g ON g.id = r.game_id WHERE g.class_code = ? ORDER BY g.n, r.round', [classCode]);
    return rows.map((r) => ({ gameId: str(r.game_id), round: num(r.round), status: str(r.status) as ResultRecord['status'], summary: str(r.summary), finishedAt: num(r.finished_at) }));
  }

  async close(): Promise<void> {
    await this.writer; // the moves already accepted reach the database first
    return this.db.close();
  }
}
