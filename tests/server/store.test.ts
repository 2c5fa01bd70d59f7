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

describe('the move writer', () => {
  it('writes moves queued while it writes, starts again after idling, and close() waits for what it has accepted', async () => {
    const path = join(dirs.data, 'writer.db');
    const store = sqliteStore(path);
    await store.migrate();
    await store.createClass({ code: 'WRITER01', teacherHash: 'a'.repeat(64), round: '1956', mode: 'pairs', pairing: 'first-come', createdAt: 1, expiresAt: 10, endedAt: null });
    const ids = Array.from({ length: 4 }, (_, i) => `WRITER01-${i + 1}`);
    for (const [i, id] of ids.entries()) await store.createGame({ id, classCode: 'WRITER01', n: i + 1, seed: i, seats: { japan: 'human', russia: 'human' }, createdAt: 1 });
    const move = { type: 'consult', side: 'japan' } as const;
    // 200 moves (two batches), then 40 more queued once the writer is at work.
    const first = ids.flatMap((id) => Array.from({ length: 50 }, (_, seq) => store.append(id, seq, move, 2)));
    await new Promise((r) => setImmediate(r));
    const second = ids.flatMap((id) => Array.from({ length: 10 }, (_, n) => store.append(id, 50 + n, move, 3)));
    await Promise.all([...first, ...second]);
    // Idle now: a later move starts a writer again; close() without waiting for it still writes it.
    const late = store.append(ids[0]!, 60, move, 4);
    await store.close();
    await late;
    const reopened = sqliteStore(path);
    for (const id of ids) expect(await reopened.actions(id)).toHaveLength(id === ids[0] ? 61 : 60);
    await reopened.close();
  });
});
