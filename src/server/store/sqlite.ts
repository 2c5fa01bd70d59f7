/**
 * SQLite through libsql (better-sqlite3's API with prebuilt binaries from
 * the npm registry, so `npm ci` needs no compiler): one file under ./data/
 * by default, WAL journal, foreign keys on. libsql is synchronous; the
 * adapter wraps it in the store's promises.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'libsql';
import { SqlStore, type Db, type Row } from './sqlStore';

export function sqliteDb(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const raw = new Database(file);
  raw.exec('PRAGMA journal_mode = WAL');
  raw.exec('PRAGMA foreign_keys = ON');
  raw.exec('PRAGMA busy_timeout = 5000');
  const params = (p: readonly unknown[] = []) => p.map((v) => (v === undefined ? null : v));
  let depth = 0;
  const db: Db = {
    kind: 'sqlite',
    run: async (sql, p) => {
      raw.prepare(sql).run(...params(p));
    },
    all: async (sql, p) => raw.prepare(sql).all(...params(p)) as Row[],
    tx: async (fn) => {
      // Nested calls join the outer transaction.
      if (depth > 0) return fn(db);
      depth++;
      raw.exec('BEGIN IMMEDIATE');
      try {
        const out = await fn(db);
        raw.exec('COMMIT');
        return out;
      } catch (e) {
        raw.exec('ROLLBACK');
        throw e;
      } finally {
        depth--;
      }
    },
    isUniqueViolation: (e) => /UNIQUE constraint|PRIMARY KEY/i.test(String((e as { code?: string; message?: string })?.code ?? '') + String((e as Error)?.message ?? '')),
    close: async () => {
      raw.close();
    },
  };
  return db;
}

export const sqliteStore = (file: string): SqlStore => new SqlStore(sqliteDb(file));
