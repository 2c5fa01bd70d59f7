/**
 * Past one machine: Redis and PostgreSQL on loopback (started here from
 * Debian's packages), the store's contract on PostgreSQL, and two server
 * processes sharing them. A class is hosted once even when both processes
 * receive its first joins at the same moment; students and the teacher of
 * one class reach it through either process and meet in one room; when the
 * process that hosts the room is killed, the class comes back on the other
 * from the shared log at once, with no move lost or doubled.
 *
 * Colyseus' own joinOrCreate lock is set to give up at once in these two
 * processes (COLYSEUS_MAX_CONCURRENT_CREATE_ROOM_WAIT_TIME=-1; by default it
 * waits 0.5–1.1 s, which a slow room creation under load outlasts), so that
 * hosting once rests on the class's own lock, not on timing. Failing over
 * must not wait on the dead process: before, a rejoin first called the dead
 * room (2 s), then health-checked its process (2 s, logged as a
 * "health-check"), and the first attempt failed after 4.0 s.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiveGame } from '../../src/server/liveGame';
import { postgresStore } from '../../src/server/store/postgres';
import { hashToken, newClassCode, newToken } from '../../src/server/tokens';
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

const roomsOn = async (s: ServerProcess): Promise<number> => ((await (await fetch(`${s.url}/healthz`)).json()) as { rooms: number }).rooms;

describe('two server processes with Redis and PostgreSQL', () => {
  let a: ServerProcess;
  let b: ServerProcess;
  beforeAll(async () => {
    const dirs = tempDirs();
    const env = {
      REDIS_URL: redis.url,
      DATABASE_URL: pg.url,
      DIST_DIR: dirs.dist,
      DATA_DIR: dirs.data,
      COLYSEUS_MAX_CONCURRENT_CREATE_ROOM_WAIT_TIME: '-1',
    };
    [a, b] = await Promise.all([spawnServer(env), spawnServer(env)]);
    servers.push(a, b);
  });

  it('hosts a class once when both processes receive the joins that wake it at the same moment', async () => {
    expect(await (await fetch(`${b.url}/healthz`)).json()).toMatchObject({ status: 'ok', store: 'postgres' });
    // A class with a history and no room (as after a restart, or when everyone has left): fifteen games
    // the computer played out on both sides, so that hosting it means replaying long logs — the slow
    // room creation under which simultaneous first joins used to create one room each.
    const code = newClassCode();
    const teacher = newToken();
    const store = postgresStore(pg.url);
    try {
      const now = Date.now();
      await store.createClass({ code, teacherHash: hashToken(teacher), round: '1956', mode: 'pairs', pairing: 'first-come', createdAt: now, expiresAt: now + 3600_000, endedAt: null });
      for (let n = 1; n <= 15; n++) {
        const record = { id: `${code}-${n}-old`, classCode: code, n, seed: n, seats: { japan: 'computer', russia: 'computer' } as const, createdAt: now };
        await store.pairWaiting(record, [], []);
        await (await LiveGame.load(record, '1956', store)).start();
      }
    } finally {
      await store.close();
    }
    const students = await Promise.all(
      Array.from({ length: 28 }, (_, i) => TestClient.join([a, b][i % 2]!.url, { code, name: `S${i}`, side: i % 4 < 2 ? 'japan' : 'russia' })),
    );
    expect((await roomsOn(a)) + (await roomsOn(b))).toBe(1);
    // One room seated them all: fourteen new full tables, each seat once.
    const watch = await TestClient.join(b.url, { code, teacher });
    const summary = await watch.next<ClassSummary>('class');
    expect(summary.students).toBe(28);
    expect(summary.pairs).toHaveLength(15 + 14);
    for (const p of summary.pairs.slice(15)) expect(p.players.japan && p.players.russia).toBeTruthy();
    const seats = new Set(await Promise.all(students.map(async (s) => `${(await s.welcome).game}:${(await s.welcome).side}`)));
    expect(seats.size).toBe(28);
    await Promise.all([...students, watch].map((s) => s.leave()));
  });

  it('puts a class’s students and teacher in one room from either process, and resumes at once on the other when the host dies', async () => {
    const { code, teacher } = await startClass(a.url);
    const japan = await TestClient.join(a.url, { code, name: 'Aiko', side: 'japan' });
    const russia = await TestClient.join(b.url, { code, name: 'Boris', side: 'russia' });
    const watch = await TestClient.join(b.url, { code, teacher });
    const game = (await japan.welcome).game!;
    expect((await russia.welcome).game).toBe(game);
    const seats = { japan, russia };
    const acknowledged: unknown[] = [];
    for (let n = 0; n < 4; n++) {
      const v = await japan.view(n);
      const mover = seats[v.table.turn];
      const action = (await mover.view(n)).table.choices[0]!.action;
      mover.act(action, n);
      await mover.view(n + 1);
      acknowledged.push(action);
    }
    await watch.next<ClassSummary>('class', (s) => s.pairs[0]?.moves === 4);
    const before = (await japan.view(4)).table;

    // Kill the process that hosts the room: the class comes back on the other one.
    const [dead, alive] = (await roomsOn(a)) > 0 ? [a, b] : [b, a];
    const roomsBefore = await roomsOn(alive);
    await dead.stop('SIGKILL');
    const t0 = Date.now();
    const japan2 = await TestClient.join(alive.url, { code, seat: (await japan.welcome).token! }).catch((e: unknown) => {
      throw new Error(`rejoining on the surviving process failed after ${Date.now() - t0} ms: ${String(e)}\n${alive.output()}`);
    });
    const rejoinMs = Date.now() - t0;
    // No call waited on the dead process: no health check of it was needed (the bound is only a backstop).
    expect(alive.output()).not.toMatch(/health-check/);
    expect(rejoinMs).toBeLessThan(15_000);
    const russia2 = await TestClient.join(alive.url, { code, seat: (await russia.welcome).token! });
    expect(await roomsOn(alive)).toBe(roomsBefore + 1);
    expect((await japan2.view(4)).table).toEqual(before);
    const v = await japan2.view(4);
    const mover = v.table.turn === 'japan' ? japan2 : russia2;
    const action = (await mover.view(4)).table.choices[0]!.action;
    mover.act(action, 4);
    expect((await russia2.view(5)).moves).toBe(5);
    acknowledged.push(action);
    // Every acknowledged move is in the shared log once, in order: none lost, none doubled.
    const store = postgresStore(pg.url);
    try {
      expect(await store.actions(game)).toEqual(acknowledged);
    } finally {
      await store.close();
    }
  });
});
