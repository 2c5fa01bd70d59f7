/**
 * The store's schema as numbered migrations, shared by SQLite and
 * PostgreSQL (the SQL here is the subset both speak). A migration runs once,
 * in order, inside a transaction, and is recorded in schema_migrations;
 * never edit a landed migration: add the next number.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: readonly string[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'classes, games, seats, action log, results',
    sql: [
      `CREATE TABLE classes (
        code TEXT PRIMARY KEY,
        teacher_hash TEXT NOT NULL,
        round TEXT NOT NULL,
        mode TEXT NOT NULL CHECK (mode IN ('pairs', 'computer')),
        created_at BIGINT NOT NULL,
        expires_at BIGINT NOT NULL,
        ended_at BIGINT
      )`,
      `CREATE TABLE games (
        id TEXT PRIMARY KEY,
        class_code TEXT NOT NULL REFERENCES classes(code) ON DELETE CASCADE,
        n INTEGER NOT NULL,
        seed BIGINT NOT NULL,
        japan_seat TEXT NOT NULL,
        russia_seat TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        UNIQUE (class_code, n)
      )`,
      `CREATE TABLE seats (
        game_id TEXT NOT NULL REFERENCES games(id) ON DELETE CASCADE,
        side TEXT NOT NULL CHECK (side IN ('japan', 'russia')),
        token_hash TEXT NOT NULL,
        name TEXT NOT NULL,
        PRIMARY KEY (game_id, side)
      )`,
      `CREATE TABLE actions (
        game_id TEXT NOT NULL REFERENCES games(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        action TEXT NOT NULL,
        at BIGINT NOT NULL,
        PRIMARY KEY (game_id, seq)
      )`,
      `CREATE TABLE results (
        game_id TEXT PRIMARY KEY REFERENCES games(id) ON DELETE CASCADE,
        status TEXT NOT NULL,
        summary TEXT NOT NULL,
        finished_at BIGINT NOT NULL
      )`,
      `CREATE INDEX games_class ON games(class_code)`,
      `CREATE INDEX classes_expiry ON classes(expires_at)`,
    ],
  },
  {
    version: 2,
    name: 'pairs formed by the teacher: the class pairing setting and the students waiting to be paired',
    sql: [
      `ALTER TABLE classes ADD COLUMN pairing TEXT NOT NULL DEFAULT 'first-come'`,
      `CREATE TABLE waiting (
        id TEXT PRIMARY KEY,
        class_code TEXT NOT NULL REFERENCES classes(code) ON DELETE CASCADE,
        token_hash TEXT NOT NULL,
        name TEXT NOT NULL,
        side TEXT,
        joined_at BIGINT NOT NULL
      )`,
      `CREATE INDEX waiting_class ON waiting(class_code)`,
    ],
  },
  {
    version: 3,
    name: 'campaign classes: each log row names its round, "ready for the next round" rows mark the boundaries, one result per round',
    sql: [
      `ALTER TABLE actions ADD COLUMN round INTEGER NOT NULL DEFAULT 0`,
      `ALTER TABLE actions ADD COLUMN kind TEXT NOT NULL DEFAULT 'move'`,
      `CREATE TABLE round_results (
        game_id TEXT NOT NULL REFERENCES games(id) ON DELETE CASCADE,
        round INTEGER NOT NULL,
        status TEXT NOT NULL,
        summary TEXT NOT NULL,
        finished_at BIGINT NOT NULL,
        PRIMARY KEY (game_id, round)
      )`,
      `INSERT INTO round_results (game_id, round, status, summary, finished_at) SELECT game_id, 0, status, summary, finished_at FROM results`,
      `DROP TABLE results`,
    ],
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
