/**
 * A server restart loses no game: a pair plays a few moves, the server
 * process is killed outright (no graceful shutdown), a new process on the
 * same port and data rebuilds the class from the log, and both students
 * come back to the same seats with the same table and play on.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { startClass, tempDirs, TestClient } from './client';
import { spawnServer, type ServerProcess } from './process';

const started: ServerProcess[] = [];
afterAll(async () => {
  for (const s of started) await s.stop('SIGKILL');
});

describe('a server restart mid-round', () => {
  it('rebuilds the game from the log and gives each student their seat back', async () => {
    const dirs = tempDirs();
    const env = { DATA_DIR: dirs.data, DIST_DIR: dirs.dist };
    const first = await spawnServer(env);
    started.push(first);
    const { code, teacher } = await startClass(first.url);
    const a = await TestClient.join(first.url, { code, name: 'Aiko' });
    const b = await TestClient.join(first.url, { code, name: 'Boris' });
    const seats = { [(await a.welcome).side!]: { c: a, token: (await a.welcome).token! }, [(await b.welcome).side!]: { c: b, token: (await b.welcome).token! } };
    for (let n = 0; n < 4; n++) {
      const v = await a.view(n);
      const mover = seats[v.table.turn]!.c;
      const mv = await mover.view(n);
      mover.act(mv.table.choices[0]!.action, n);
    }
    const before = await a.view(4);
    const beforeB = await b.view(4);
    await first.stop('SIGKILL');
    const second = await spawnServer(env, first.port);
    started.push(second);
    const a2 = await TestClient.join(second.url, { code, seat: (await a.welcome).token! });
    const b2 = await TestClient.join(second.url, { code, seat: (await b.welcome).token! });
    const after = await a2.view(4);
    expect(after.table).toEqual(before.table);
    expect((await b2.view(4)).table).toEqual(beforeB.table);
    const mover = after.table.turn === (await a2.welcome).side ? a2 : b2;
    mover.act((await mover.view(4)).table.choices[0]!.action, 4);
    expect((await a2.view(5)).moves).toBe(5);
    const t = await TestClient.join(second.url, { code, teacher });
    expect((await t.next<{ pairs: { moves: number }[] }>('class', (s) => s.pairs[0]?.moves === 5)).pairs).toHaveLength(1);
    await second.stop();
  });
});
