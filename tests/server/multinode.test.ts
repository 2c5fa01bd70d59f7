/**
 * Past one machine: Redis and PostgreSQL on loopback (started here from
 * Debian's packages), the store's contract on PostgreSQL, and two server
 * processes sharing them — students and the teacher of one class reach it
 * through different processes and meet in one room; when the process that
 * hosts the room is killed, the class comes back on the other from the
 * shared log with no move lost.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresStore } from '../../src/server/store/postgres';
import type { ClassSummary } from '../../src/server/views';
import { startClass, tempDirs, TestClient } from './client';
import { spawnServer, type ServerProcess } from './process';
import { startPostgres, startRedis, type Service } from './services';
import { storeContract } from './storeContract';

let redis: Service;
let pg: Service;
const servers: ServerProcess[] = [];

beforeAll(async () => {
  [redis, pg] = await Promise.all([startRedis(), startPostgres()]);
});
afterAll(async () => {
  for (const s of servers) await s.stop('SIGKILL');
  await Promise.all([redis?.stop(), pg?.stop()]);
});

storeContract('PostgreSQL', async () => postgresStore(pg.url));

describe('two server processes with Redis and PostgreSQL', () => {
  it('puts a class’s students and teacher in one room from either process, and survives losing one', async () => {
    const dirs = tempDirs();
    const env = { REDIS_URL: redis.url, DATABASE_URL: pg.url, DIST_DIR: dirs.dist, DATA_DIR: dirs.data };
    const [a, b] = await Promise.all([spawnServer(env), spawnServer(env)]);
    servers.push(a, b);
    expect(await (await fetch(`${b.url}/healthz`)).json()).toMatchObject({ status: 'ok', store: 'postgres' });
    const { code, teacher } = await startClass(a.url);
    const japan = await TestClient.join(a.url, { code, name: 'Aiko', side: 'japan' });
    const russia = await TestClient.join(b.url, { code, name: 'Boris', side: 'russia' });
    const watch = await TestClient.join(b.url, { code, teacher });
    expect((await russia.welcome).game).toBe((await japan.welcome).game);
    const seats = { japan, russia };
    for (let n = 0; n < 4; n++) {
      const v = await japan.view(n);
      const mover = seats[v.table.turn];
      mover.act((await mover.view(n)).table.choices[0]!.action, n);
    }
    await watch.next<ClassSummary>('class', (s) => s.pairs[0]?.moves === 4);
    const before = (await japan.view(4)).table;

    // Kill the process that hosts the room: the class comes back on the other one.
    const host = (await (await fetch(`${a.url}/healthz`)).json()) as { rooms: number };
    const [dead, alive] = host.rooms > 0 ? [a, b] : [b, a];
    await dead.stop('SIGKILL');
    const japan2 = await TestClient.joinRetrying(alive.url, { code, seat: (await japan.welcome).token! }).catch((e: unknown) => {
      throw new Error(`rejoining on the surviving process failed: ${String(e)}\n${alive.output()}`);
    });
    const russia2 = await TestClient.joinRetrying(alive.url, { code, seat: (await russia.welcome).token! });
    expect((await japan2.view(4)).table).toEqual(before);
    const v = await japan2.view(4);
    const mover = v.table.turn === 'japan' ? japan2 : russia2;
    mover.act((await mover.view(4)).table.choices[0]!.action, 4);
    expect((await russia2.view(5)).moves).toBe(5);
  });
});
