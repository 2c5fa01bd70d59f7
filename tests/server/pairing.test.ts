/**
 * Pairs formed by the teacher, over a real websocket: in a class where the
 * teacher pairs, students wait (with their seat token) until the teacher
 * puts two of them at one table and says who plays which side; only the
 * teacher may pair; a waiting student who comes back keeps their place and
 * the older connection to that place is closed; turning first-come on seats
 * everyone still waiting.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BriefView } from '../../src/engine/view/viewModel';
import { SEAT_TAKEN, type Welcome } from '../../src/server/protocol';
import { startGameServer, type GameServer } from '../../src/server/server';
import type { ClassSummary, SeatView } from '../../src/server/views';
import { startClass, tempDirs, TestClient } from './client';

let server: GameServer;
beforeAll(async () => {
  const dirs = tempDirs();
  server = await startGameServer({ port: 0, dataDir: dirs.data, distDir: dirs.dist });
});
afterAll(() => server.close());

describe('pairs formed by the teacher', () => {
  let code: string;
  let teacher: TestClient;
  let aiko: TestClient;
  let boris: TestClient;
  let chen: TestClient;

  beforeAll(async () => {
    const c = await startClass(server.url, '1956', 'pairs', 'teacher');
    code = c.code;
    teacher = await TestClient.join(server.url, { code, teacher: c.teacher });
    aiko = await TestClient.join(server.url, { code, name: 'Aiko', side: 'japan' });
    boris = await TestClient.join(server.url, { code, name: 'Boris' });
    chen = await TestClient.join(server.url, { code, name: 'Chen' });
  });
  afterAll(async () => {
    for (const c of [teacher, aiko, boris, chen]) if (c.left === null) await c.leave();
  });

  it('keeps new students waiting, with a seat token, and lists them for the teacher', async () => {
    for (const [c, name] of [[aiko, 'Aiko'], [boris, 'Boris'], [chen, 'Chen']] as const) {
      const w = await c.welcome;
      expect(w).toMatchObject({ role: 'student', name, waiting: true });
      expect(w.game).toBeUndefined();
      expect(w.token).toMatch(/^[0-9a-f]{32}$/);
    }
    const s = await teacher.next<ClassSummary>('class', (x) => x.waiting.length === 3);
    expect(s.pairing).toBe('teacher');
    expect(s.waiting.map((w) => [w.name, w.side])).toEqual([['Aiko', 'japan'], ['Boris', null], ['Chen', null]]);
    expect(s.pairs).toEqual([]);
    expect(aiko.received.some((r) => r.type === 'view' || r.type === 'brief')).toBe(false);
  });

  it('lets only the teacher pair, and refuses a student paired with themselves', async () => {
    const s = await teacher.next<ClassSummary>('class', (x) => x.waiting.length === 3);
    const [a, b] = s.waiting;
    aiko.room.send('pair', { japan: a!.id, russia: b!.id });
    expect(await aiko.next<{ code: string }>('refused', () => true, true)).toMatchObject({ code: 'teacher-only' });
    teacher.room.send('pair', { japan: a!.id, russia: a!.id });
    expect(await teacher.next<{ message: string }>('refused', () => true, true)).toMatchObject({ message: 'choose two different students' });
  });

  it('seats the two the teacher pairs on the sides the teacher gives, each with their own brief and table', async () => {
    const s = await teacher.next<ClassSummary>('class', (x) => x.waiting.length === 3);
    const id = (name: string) => s.waiting.find((w) => w.name === name)!.id;
    // Aiko asked for Japan; the teacher gives her the USSR/Russia.
    teacher.room.send('pair', { japan: id('Boris'), russia: id('Aiko') });
    const wa = await aiko.next<Welcome>('welcome', (w) => w.game !== undefined);
    const wb = await boris.next<Welcome>('welcome', (w) => w.game !== undefined);
    expect(wa).toMatchObject({ side: 'russia', name: 'Aiko' });
    expect(wb).toMatchObject({ side: 'japan', name: 'Boris', game: wa.game });
    expect((await aiko.next<BriefView>('brief')).side).toBe('russia');
    const v = await boris.next<SeatView>('view', (x) => x.them === 'Aiko');
    expect(v.waiting).toBe(false);
    expect(v.table.yourTurn || (await aiko.view()).table.yourTurn).toBe(true);
    const after = await teacher.next<ClassSummary>('class', (x) => x.pairs.length === 1);
    expect(after.pairs[0]?.players).toEqual({ japan: 'Boris', russia: 'Aiko' });
    expect(after.waiting.map((w) => w.name)).toEqual(['Chen']);
    teacher.room.send('pair', { japan: id('Boris'), russia: id('Chen') });
    expect(await teacher.next<{ message: string }>('refused', () => true, true)).toMatchObject({ message: 'one of those students is no longer waiting' });
  });

  it('gives a returning waiting student their place back and closes the older connection to it', async () => {
    const token = (await chen.welcome).token!;
    const again = await TestClient.join(server.url, { code, seat: token });
    expect(await again.welcome).toMatchObject({ name: 'Chen', waiting: true });
    await expect.poll(() => chen.left).toBe(SEAT_TAKEN);
    chen = again;
    expect((await teacher.next<ClassSummary>('class', (x) => x.waiting.length === 1)).waiting[0]?.name).toBe('Chen');
  });

  it('seats everyone still waiting when the teacher turns first-come on, and new students from then on', async () => {
    teacher.room.send('pairing', { pairing: 'first-come' });
    const w = await chen.next<Welcome>('welcome', (x) => x.game !== undefined);
    expect(w.side).toBe('japan');
    expect((await chen.next<SeatView>('view')).waiting).toBe(true);
    const dmitri = await TestClient.join(server.url, { code, name: 'Dmitri' });
    expect(await dmitri.welcome).toMatchObject({ game: w.game, side: 'russia' });
    const s = await teacher.next<ClassSummary>('class', (x) => x.pairs.length === 2 && x.pairs[1]?.players.russia === 'Dmitri');
    expect(s).toMatchObject({ pairing: 'first-come', waiting: [] });
    await dmitri.leave();
  });
});
