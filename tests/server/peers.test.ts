/**
 * Two rooms of one class (what a lost hosting race would leave, which
 * hosting.ts now prevents): they find each other on the class's presence
 * channel, a student seated in one is known to the other, and a move in
 * one makes the other reload that game alone (not the whole class), so the
 * pair plays across the two rooms with every move in the log once.
 */
import { matchMaker } from '@colyseus/core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ClassHub } from '../../src/server/classHub';
import { startGameServer, type GameServer } from '../../src/server/server';
import type { ClassSummary, SeatView } from '../../src/server/views';
import { startClass, tempDirs, TestClient } from './client';

let server: GameServer;
beforeAll(async () => {
  const dirs = tempDirs();
  server = await startGameServer({ port: 0, dataDir: dirs.data, distDir: dirs.dist });
});
afterAll(() => server.close());

describe('two rooms of one class', () => {
  it('stay in step: a seat in one is known to the other, and a move reloads only its game there', async () => {
    const { code, teacher } = await startClass(server.url);
    const [first] = await matchMaker.query({ name: 'class', code } as Parameters<typeof matchMaker.query>[0]);
    const load = vi.spyOn(ClassHub, 'load');
    const second = await matchMaker.createRoom('class', { code });
    const watch = await TestClient.joinById(server.url, second.roomId, { code, teacher });
    const japan = await TestClient.joinById(server.url, first!.roomId, { code, name: 'Aiko', side: 'japan' });
    // The second room reloads the class when the first seats Aiko (its teacher sees her), and then seats Boris at her table.
    await watch.next<ClassSummary>('class', (c) => c.students === 1);
    const russia = await TestClient.joinById(server.url, second.roomId, { code, name: 'Boris', side: 'russia' });
    const game = (await japan.welcome).game;
    expect((await russia.welcome).game).toBe(game);
    await japan.next<SeatView>('view', (v) => v.them === 'Boris');
    await Promise.all(load.mock.results.map((r) => r.value));
    const loads = load.mock.calls.length;

    const seats = { japan, russia };
    const played: unknown[] = [];
    for (let n = 0; n < 4; n++) {
      const v = await japan.next<SeatView>('view', (x) => x.moves === n, false, 10_000);
      const mover = seats[v.table.turn];
      const action = (await mover.view(n)).table.choices[0]!.action;
      mover.act(action, n);
      // Both seats see the move, whichever room each is in.
      await Promise.all([japan.view(n + 1), russia.view(n + 1)]);
      played.push(action);
    }
    expect(load.mock.calls.length).toBe(loads);
    expect(await server.store.actions(game!)).toEqual(played);
    load.mockRestore();
    await Promise.all([japan.leave(), russia.leave(), watch.leave()]);
  });
});
