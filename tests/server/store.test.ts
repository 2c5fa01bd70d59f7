/** The store's contract on SQLite, the default: one file under a temporary data directory; and an upgrade from schema 2 keeps old games and results as round 0. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/server/store/migrations';
import { sqliteDb, sqliteStore } from '../../src/server/store/sqlite';
import { SqlStore } from '../../src/server/store/sqlStore';
import { tempDirs } from './client';
import { storeContract } from './storeContract';

const dirs = tempDirs();
storeContract('SQLite', async () => sqliteStore(join(dirs.data, 'kuril.db')));

describe('upgrading a store from schema 2', () => {
  it('reads the games and results written before campaigns as round 0', async () => {
    const db = sqliteDb(join(dirs.data, 'old.db'));
    await db.run('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)');
    for (const m of MIGRATIONS.filter((x) => x.version <= 2)) {
      for (const sql of m.sql) await db.run(sql);
      await db.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [m.version, m.name, 1]);
    }
    await db.run("INSERT INTO classes (code, teacher_hash, round, mode, created_at, expires_at) VALUES ('OLDCLASS', 'h', '1956', 'pairs', 1, 99)");
    await db.run("INSERT INTO games (id, class_code, n, seed, japan_seat, russia_seat, created_at) VALUES ('g1', 'OLDCLASS', 1, 7, 'human', 'human', 1)");
    await db.run('INSERT INTO actions (game_id, seq, action, at) VALUES (?, ?, ?, ?)', ['g1', 0, JSON.stringify({ type: 'consult', side: 'japan' }), 2]);
    await db.run("INSERT INTO results (game_id, status, summary, finished_at) VALUES ('g1', 'breakdown', '{}', 3)");
    const store = new SqlStore(db);
    expect(await store.migrate()).toBe(SCHEMA_VERSION);
    expect(await store.log('g1')).toEqual([{ kind: 'move', round: 0, action: { type: 'consult', side: 'japan' } }]);
    expect(await store.results('OLDCLASS')).toEqual([{ gameId: 'g1', round: 0, status: 'breakdown', summary: '{}', finishedAt: 3 }]);
    await store.close();
  });
});
