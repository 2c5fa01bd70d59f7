/**
 * A server restart loses no game: a pair plays a few moves, the server
 * process is killed outright (no graceful shutdown), a new process on the
 * same port and data rebuilds the class from the log, and both students
 * come back to the same seats with the same table and play on. A campaign
 * class survives the same between two rounds (one student ready, the other
 * not) and in the middle of its second round, and a round opened with the
 * computer to move whose reply was lost is played when the student is back.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { scenarioOf } from '../../src/server/rounds';
import { sqliteStore } from '../../src/server/store/sqlite';
import type { ClassSummary, SeatView } from '../../src/server/views';
import { finishRound, startClass, tempDirs, TestClient } from './client';
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

  it('rebuilds a campaign between rounds and in the middle of round 2', async () => {
    const dirs = tempDirs();
    const env = { DATA_DIR: dirs.data, DIST_DIR: dirs.dist };
    let server = await spawnServer(env);
    started.push(server);
    const { code, teacher } = await startClass(server.url, 'campaign');
    const a = await TestClient.join(server.url, { code, name: 'Aiko', side: 'japan' });
    const b = await TestClient.join(server.url, { code, name: 'Boris' });
    const tokens = { a: (await a.welcome).token!, b: (await b.welcome).token! };
    const ended = await finishRound({ japan: a, russia: b }, a);
    a.ready();
    await a.next<SeatView>('view', (v) => v.campaign?.ready.you === true);
    const restart = async () => {
      const port = server.port;
      await server.stop('SIGKILL');
      server = await spawnServer(env, port);
      started.push(server);
      return [await TestClient.join(server.url, { code, seat: tokens.a }), await TestClient.join(server.url, { code, seat: tokens.b })] as const;
    };
    // Between rounds: the outcome is back, and so is who said they were ready.
    let [a2, b2] = await restart();
    const back = await a2.view();
    expect(back.table).toEqual(ended.table);
    expect(back.campaign).toMatchObject({ index: 0, next: { id: '1960' }, ready: { you: true, them: false } });
    b2.ready();
    const round2 = await b2.next<SeatView>('view', (v) => v.round.id === '1960');
    const mover = round2.table.turn === 'japan' ? a2 : b2;
    mover.act((await mover.view(round2.moves)).table.choices[0]!.action, round2.moves);
    const mid = await a2.next<SeatView>('view', (v) => v.moves > round2.moves);
    // Mid round 2: the same table, round and brief.
    [a2, b2] = await restart();
    const again = await a2.view(mid.moves);
    expect(again.table).toEqual(mid.table);
    expect(again.round).toMatchObject({ id: '1960', index: 1, count: 6 });
    expect((await a2.next<{ setting: string }>('brief')).setting).toBe((await b2.next<{ setting: string }>('brief')).setting);
    const t = await TestClient.join(server.url, { code, teacher });
    const s = await t.next<ClassSummary>('class', (x) => x.pairs[0]?.round.id === '1960');
    expect(s.pairs[0]?.finished.map((r) => r.round.id)).toEqual(['1956']);
    await server.stop();
  });

  it('plays the computer’s opening of the next round when a crash lost it', async () => {
    const dirs = tempDirs();
    const env = { DATA_DIR: dirs.data, DIST_DIR: dirs.dist };
    const first = await spawnServer(env);
    started.push(first);
    const opens = scenarioOf('1960').phases[0]!.opens;
    const side = opens === 'japan' ? 'russia' : 'japan';
    const { code } = await startClass(first.url, 'campaign', 'computer');
    const c = await TestClient.join(first.url, { code, name: 'Chen', side });
    const token = (await c.welcome).token!;
    await finishRound({ [side]: c }, c);
    await first.stop('SIGKILL');
    // The student's "ready" reached the log, and the process died before the computer opened 1960.
    const store = sqliteStore(join(dirs.data, 'kuril.db'));
    const game = (await store.games(code))[0]!;
    const rows = (await store.log(game.id)).length;
    await store.appendEntry(game.id, rows, { kind: 'ready', round: 0, side }, Date.now());
    await store.close();
    const second = await spawnServer(env, first.port);
    started.push(second);
    const back = await TestClient.join(second.url, { code, seat: token });
    const v = await back.next<SeatView>('view', (x) => x.round.id === '1960' && x.table.turn === side);
    expect(v.moves).toBeGreaterThan(rows + 1);
    expect(v.table.choices.length).toBeGreaterThan(0);
    await second.stop();
  });
});
