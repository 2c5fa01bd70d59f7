/**
 * Abuse and limits on a real websocket: teacher actions need the teacher's
 * key, one class's key opens no other class, an ended class takes no one
 * new and no moves, a deleted or expired class is gone, messages past the
 * rate are refused and then cut, oversized messages close the socket, and
 * guessing codes from one address gets that address refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/server/limits';
import { startGameServer, type GameServer } from '../../src/server/server';
import { hashToken } from '../../src/server/tokens';
import { startClass, tempDirs, TestClient } from './client';

let server: GameServer;
beforeAll(async () => {
  const dirs = tempDirs();
  server = await startGameServer({ port: 0, dataDir: dirs.data, distDir: dirs.dist });
});
afterAll(() => server.close());

const until = async (test: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('limits of the class server', () => {
  it('lets only the teacher end a class, and an ended class takes no one new and no moves', async () => {
    const { code, teacher } = await startClass(server.url);
    const other = await startClass(server.url);
    await expect(TestClient.join(server.url, { code: other.code, teacher })).rejects.toThrow(/not this class’s teacher key/);
    const a = await TestClient.join(server.url, { code, name: 'Aiko' });
    a.room.send('end');
    expect(await a.next<{ code: string }>('refused', () => true, true)).toMatchObject({ code: 'teacher-only' });
    const t = await TestClient.join(server.url, { code, teacher });
    t.room.send('end');
    await a.next('ended');
    await expect(TestClient.join(server.url, { code, name: 'Late' })).rejects.toThrow(/This class has ended/);
    const v = await a.view();
    a.act({ type: 'consult', side: v.side });
    expect(await a.next<{ code: string }>('refused', (r) => r.code === 'ended', true)).toMatchObject({ code: 'ended' });
  });

  it('deletes a class now with the teacher’s key, and refuses an expired one', async () => {
    const { code, teacher } = await startClass(server.url);
    const t = await TestClient.join(server.url, { code, teacher });
    const wrong = await fetch(`${server.url}/api/classes/${code}`, { method: 'DELETE', headers: { authorization: `Bearer ${'0'.repeat(32)}` } });
    expect(wrong.status).toBe(404);
    t.room.send('delete');
    await t.next('deleted');
    expect(await server.store.getClass(code)).toBeNull();
    await expect(TestClient.join(server.url, { code, name: 'Aiko' })).rejects.toThrow(/No class has that code/);
    const old = 'EXP2RED9';
    await server.store.createClass({ code: old, teacherHash: hashToken('a'.repeat(32)), round: '1956', mode: 'pairs', pairing: 'first-come', createdAt: 0, expiresAt: Date.now() - 1, endedAt: null });
    await expect(TestClient.join(server.url, { code: old, name: 'Aiko' })).rejects.toThrow(/No class has that code/);
    expect(await server.store.expire(Date.now())).toContain(old);
  });

  it('refuses messages past the rate, then disconnects; closes the socket on an oversized message', async () => {
    const { code } = await startClass(server.url, '1956', 'computer');
    const a = await TestClient.join(server.url, { code, name: 'Aiko' });
    const v = await a.view();
    for (let i = 0; i < LIMITS.messagesPer10Seconds * 2 + 5; i++) a.act({ type: 'walk-out', side: v.side === 'japan' ? 'russia' : 'japan' });
    await a.next<{ code: string }>('refused', (r) => r.code === 'rate');
    await until(() => a.left !== null);
    const b = await TestClient.join(server.url, { code, name: 'Boris' });
    b.room.send('act', { action: { type: 'move', side: 'japan', move: 'x'.repeat(LIMITS.maxPayload + 10) } });
    await until(() => b.left !== null);
  });

  it('refuses an address that keeps guessing class codes, even with a right one', async () => {
    const { code } = await startClass(server.url);
    // The tests above already spent a few of this address's failures.
    for (let i = 0; i < LIMITS.failuresPer10Minutes; i++) await expect(TestClient.join(server.url, { code: 'ZZZZZZZZ', name: 'x' })).rejects.toThrow(/No class has that code|Too many wrong class codes/);
    await expect(TestClient.join(server.url, { code, name: 'Aiko' })).rejects.toThrow(/Too many wrong class codes/);
  });
});
