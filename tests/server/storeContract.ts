/**
 * The store's contract, run against each back end (SQLite here, PostgreSQL
 * in the multi-node tests): migrations are versioned and run once, the
 * action log is append-only per (game, seq) with duplicates refused, each
 * row names its round and a campaign's "ready" rows mark the boundaries,
 * results are kept per round, and
 * deleting or expiring a class removes all of it.
 */
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/server/store/migrations';
import { DuplicateMove, type Store } from '../../src/server/store/types';

export function storeContract(name: string, open: () => Promise<Store>): void {
  describe(`the ${name} store`, () => {
    it('applies each migration once and reports the schema version', async () => {
      const store = await open();
      expect(await store.migrate()).toBe(SCHEMA_VERSION);
      expect(await store.migrate()).toBe(SCHEMA_VERSION);
      expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
      await store.close();
    });

    it('keeps a game’s moves in order and refuses a second move with the same number', async () => {
      const store = await open();
      await store.migrate();
      const code = `T${Math.random().toString(36).slice(2, 9).toUpperCase()}`;
      await store.createClass({ code, teacherHash: 'a'.repeat(64), round: '1956', mode: 'pairs', pairing: 'first-come', createdAt: 1, expiresAt: 10, endedAt: null });
      await store.createGame({ id: `${code}-1`, classCode: code, n: 1, seed: 7, seats: { japan: 'human', russia: 'computer' }, createdAt: 1 });
      await store.putSeat({ gameId: `${code}-1`, side: 'japan', tokenHash: 'b'.repeat(64), name: 'Aiko' });
      await store.append(`${code}-1`, 0, { type: 'consult', side: 'japan' }, 2);
      await store.append(`${code}-1`, 1, { type: 'accept', side: 'russia' }, 3);
      await expect(store.append(`${code}-1`, 1, { type: 'sign', side: 'russia' }, 4)).rejects.toBeInstanceOf(DuplicateMove);
      expect(await store.actions(`${code}-1`)).toEqual([{ type: 'consult', side: 'japan' }, { type: 'accept', side: 'russia' }]);
      // A campaign's boundary: both seats ready after round 0, then round 1's first move.
      await store.appendEntry(`${code}-1`, 2, { kind: 'ready', round: 0, side: 'japan' }, 5);
      await expect(store.appendEntry(`${code}-1`, 2, { kind: 'ready', round: 0, side: 'russia' }, 5)).rejects.toBeInstanceOf(DuplicateMove);
      await store.appendEntry(`${code}-1`, 3, { kind: 'ready', round: 0, side: 'russia' }, 6);
      await store.append(`${code}-1`, 4, { type: 'consult', side: 'russia' }, 7, 1);
      expect(await store.log(`${code}-1`)).toEqual([
        { kind: 'move', round: 0, action: { type: 'consult', side: 'japan' } },
        { kind: 'move', round: 0, action: { type: 'accept', side: 'russia' } },
        { kind: 'ready', round: 0, side: 'japan' },
        { kind: 'ready', round: 0, side: 'russia' },
        { kind: 'move', round: 1, action: { type: 'consult', side: 'russia' } },
      ]);
      expect((await store.actions(`${code}-1`)).length).toBe(3);
      await store.putResult({ gameId: `${code}-1`, round: 0, status: 'breakdown', summary: '{}', finishedAt: 5 });
      await store.putResult({ gameId: `${code}-1`, round: 1, status: 'concluded', summary: '{"a":1}', finishedAt: 8 });
      await store.putResult({ gameId: `${code}-1`, round: 1, status: 'concluded', summary: '{"a":2}', finishedAt: 9 });
      expect((await store.results(code)).map((r) => [r.round, r.status, r.summary])).toEqual([[0, 'breakdown', '{}'], [1, 'concluded', '{"a":2}']]);
      expect((await store.seats(code)).map((s) => s.name)).toEqual(['Aiko']);
      await store.putWaiting({ id: 'w1', classCode: code, tokenHash: 'c'.repeat(64), name: 'Boris', side: null, joinedAt: 2 });
      await store.putWaiting({ id: 'w2', classCode: code, tokenHash: 'd'.repeat(64), name: 'Chen', side: 'russia', joinedAt: 3 });
      expect((await store.waiting(code)).map((w) => [w.name, w.side])).toEqual([['Boris', null], ['Chen', 'russia']]);
      const paired = { id: `${code}-2`, classCode: code, n: 2, seed: 8, seats: { japan: 'human', russia: 'human' }, createdAt: 4 } as const;
      await store.pairWaiting(paired, [{ gameId: paired.id, side: 'japan', tokenHash: 'd'.repeat(64), name: 'Chen' }], ['w2']);
      expect((await store.waiting(code)).map((w) => w.id)).toEqual(['w1']);
      expect((await store.seats(code)).map((s) => `${s.name}:${s.side}`)).toEqual(['Aiko:japan', 'Chen:japan']);
      await store.setPairing(code, 'teacher');
      expect((await store.getClass(code))?.pairing).toBe('teacher');
      await store.endClass(code, 5);
      expect((await store.getClass(code))?.endedAt).toBe(5);
      expect(await store.expire(9)).not.toContain(code);
      expect(await store.expire(10)).toContain(code);
      expect(await store.getClass(code)).toBeNull();
      expect(await store.actions(`${code}-1`)).toEqual([]);
      expect(await store.results(code)).toEqual([]);
      expect(await store.seats(code)).toEqual([]);
      expect(await store.waiting(code)).toEqual([]);
      await store.close();
    });

    it('writes moves of many games arriving at once together, and still refuses the one duplicate among them alone', async () => {
      const store = await open();
      await store.migrate();
      const code = `T${Math.random().toString(36).slice(2, 9).toUpperCase()}`;
      await store.createClass({ code, teacherHash: 'a'.repeat(64), round: '1956', mode: 'pairs', pairing: 'first-come', createdAt: 1, expiresAt: 10, endedAt: null });
      const ids = Array.from({ length: 5 }, (_, i) => `${code}-${i + 1}`);
      for (const [i, id] of ids.entries()) await store.createGame({ id, classCode: code, n: i + 1, seed: i, seats: { japan: 'human', russia: 'human' }, createdAt: 1 });
      await store.append(ids[0]!, 0, { type: 'consult', side: 'japan' }, 2);
      // Six appends in one turn: five new first moves and a second move 0 for game 1.
      const results = await Promise.allSettled([
        ...ids.map((id) => store.append(id, id === ids[0] ? 1 : 0, { type: 'consult', side: 'japan' }, 3)),
        store.append(ids[0]!, 0, { type: 'accept', side: 'russia' }, 3),
      ]);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled', 'fulfilled', 'rejected']);
      expect((results[5] as PromiseRejectedResult).reason).toBeInstanceOf(DuplicateMove);
      expect(await store.actions(ids[0]!)).toEqual([{ type: 'consult', side: 'japan' }, { type: 'consult', side: 'japan' }]);
      for (const id of ids.slice(1)) expect(await store.actions(id)).toEqual([{ type: 'consult', side: 'japan' }]);
      await store.close();
    });
  });
}
