/**
 * A campaign class over a real websocket (the server in this process): a
 * pair plays the rounds in order; after each round both see the outcome and
 * the next round opens only once both are ready, in the world this pair's
 * outcome left (the engine's own campaign replay), with each seat's new
 * brief and nothing of the other side's; the teacher follows the round of
 * the campaign, who is ready, and the finished rounds; the log records the
 * boundaries, and the exports have one row per pair per round.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPlay, replayBranch } from '../../src/engine/campaign/play';
import { classResults } from '../../src/engine/debrief/classResults';
import type { BriefView } from '../../src/engine/view/viewModel';
import { LiveGame } from '../../src/server/liveGame';
import { CAMPAIGN, orderOf, scenariosOf } from '../../src/server/rounds';
import { startGameServer, type GameServer } from '../../src/server/server';
import type { ClassSummary, SeatView } from '../../src/server/views';
import { finishRound, startClass, tempDirs, TestClient } from './client';

let server: GameServer;
beforeAll(async () => {
  const dirs = tempDirs();
  server = await startGameServer({ port: 0, dataDir: dirs.data, distDir: dirs.dist });
});
afterAll(() => server.close());

const refusal = (c: TestClient) => c.next<{ code: string }>('refused', () => true, true);

describe('a campaign class', () => {
  const order = orderOf(CAMPAIGN);
  let code: string;
  let teacherKey: string;
  let a: TestClient;
  let b: TestClient;
  let teacher: TestClient;
  let seats: Record<string, TestClient>;

  beforeAll(async () => {
    ({ code, teacher: teacherKey } = await startClass(server.url, CAMPAIGN));
    teacher = await TestClient.join(server.url, { code, teacher: teacherKey });
    a = await TestClient.join(server.url, { code, name: 'Aiko', side: 'japan' });
    b = await TestClient.join(server.url, { code, name: 'Boris' });
    seats = { japan: a, russia: b };
  });

  it('plays every round of the index but practice, in order, and says which round of how many', async () => {
    expect(order).toEqual(['1956', '1960', '1973', '1988', '1991', '2000']);
    expect(await a.welcome).toMatchObject({ round: CAMPAIGN, side: 'japan' });
    const v = await a.next<SeatView>('view', (x) => x.them !== null);
    expect(v.round).toMatchObject({ id: '1956', index: 0, count: 6, sides: { japan: 'Japan', russia: 'the Soviet Union' } });
    expect(v.campaign).toMatchObject({ index: 0, next: null, ready: { you: false, them: false } });
    expect(v.campaign?.rounds.map((r) => r.id)).toEqual(order);
    const s = await teacher.next<ClassSummary>('class', (x) => x.pairs.length === 1);
    expect(s.round.id).toBe(CAMPAIGN);
    expect(s.order.map((r) => r.id)).toEqual(order);
    expect(s.pairs[0]).toMatchObject({ round: { id: '1956', index: 0, count: 6 }, finished: [], ready: null });
  });

  it('refuses "next round" while the round goes on', async () => {
    a.ready();
    expect(await refusal(a)).toMatchObject({ code: 'not-over' });
  });

  it('after the round both see the outcome; the next round waits until both are ready', async () => {
    const end = await finishRound(seats, a);
    expect(end.outcome).not.toBeNull();
    expect(end.campaign).toMatchObject({ index: 0, next: { id: '1960' }, ready: { you: false, them: false } });
    a.ready();
    expect((await a.next<SeatView>('view', (x) => x.campaign?.ready.you === true)).round.id).toBe('1956');
    expect((await b.next<SeatView>('view', (x) => x.campaign?.ready.them === true)).campaign?.ready.you).toBe(false);
    const between = await teacher.next<ClassSummary>('class', (x) => x.pairs[0]?.ready?.japan === true);
    expect(between.pairs[0]).toMatchObject({ round: { id: '1956' }, ready: { japan: true, russia: false } });
    // Saying so twice changes nothing.
    a.ready();
    b.ready();
    const next = await b.next<SeatView>('view', (x) => x.round.id === '1960');
    expect(next.table.status).toBe('negotiating');
    expect(next.campaign).toMatchObject({ index: 1, next: null, ready: { you: false, them: false } });
    expect(next.outcome).toBeNull();
    expect(next.table.log.length).toBeLessThan(end.table.log.length + 1);
  });

  it('opens round 2 in the world the pair’s outcome left, by the engine’s campaign replay', async () => {
    const v = await a.view();
    const record = (await server.store.games(code)).find((g) => g.id === v.game)!;
    const game = await LiveGame.load(record, CAMPAIGN, server.store);
    expect(game.rounds.map((r) => r.id)).toEqual(['1956', '1960']);
    const expected = replayBranch(
      { ...newPlay('campaign', order, record.seats, record.seed), branches: [{ id: 'main', name: 'Main line', from: null, rounds: game.rounds.map((r) => r.actions) }] },
      scenariosOf(order),
    );
    expect(expected.ok && expected.value[1]?.start).toEqual(game.rounds[1]?.start);
    expect(game.state.world.year).toBe(game.rounds[1]?.scenario.world.year);
    // The log: round 1's moves and both seats' "ready" in round 0, nothing of round 1 but its own rows.
    const log = await server.store.log(record.id);
    expect(log.filter((e) => e.kind === 'ready').map((e) => [e.round, e.kind === 'ready' && e.side])).toEqual([[0, 'japan'], [0, 'russia']]);
    expect(log.filter((e) => e.round === 0 && e.kind === 'move').length).toBe(game.rounds[0]?.actions.length);
    expect((await server.store.results(code)).map((r) => r.round)).toEqual([0]);
  });

  it('gives each seat its brief for round 2 and nothing of the other side’s', async () => {
    const japan = await a.next<BriefView>('brief', (x) => x.setting !== (a.received.find((r) => r.type === 'brief')?.message as BriefView).setting);
    const russia = await b.next<BriefView>('brief', (x) => x.setting !== (b.received.find((r) => r.type === 'brief')?.message as BriefView).setting);
    expect([japan.side, russia.side]).toEqual(['japan', 'russia']);
    const secrets = (brief: BriefView) => [brief.instructions, ...brief.redLines, ...brief.interests].filter((t) => t.length > 20);
    expect(secrets(russia).length).toBeGreaterThan(0);
    for (const t of secrets(russia)) expect(a.wire()).not.toContain(t);
    for (const t of secrets(japan)) expect(b.wire()).not.toContain(t);
    for (const c of [a, b]) expect(c.wire()).not.toMatch(/"minds"|"reservation"|"floors"|"walkAway"|"class"/);
  });

  it('shows the teacher the pair in round 2 of 6 with round 1’s outcome, and exports a row per round', async () => {
    const s = await teacher.next<ClassSummary>('class', (x) => x.pairs[0]?.round.id === '1960');
    const p = s.pairs[0]!;
    expect(p.round).toMatchObject({ id: '1960', index: 1, count: 6 });
    expect(p.finished.map((r) => r.round.id)).toEqual(['1956']);
    expect(p.finished[0]?.outcome?.sides.japan.grade).toBeDefined();
    const csv = await (await fetch(`${server.url}/api/classes/${code}/export.csv`, { headers: { authorization: `Bearer ${teacherKey}` } })).text();
    const rows = csv.trim().split('\r\n');
    expect(rows.map((r) => r.split(',').slice(0, 3).join(','))).toEqual(['pair,round,round of', '1,1956,1 of 6', '1,1960,2 of 6']);
    const json = (await (await fetch(`${server.url}/api/classes/${code}/export.json`, { headers: { authorization: `Bearer ${teacherKey}` } })).json()) as { debriefs: { pair: string }[] };
    expect(json.debriefs.map((d) => d.pair)).toEqual(['Pair 1: Aiko / Boris (1956)']);
  });

  it('plays on to the last round, where there is no next round', async () => {
    for (let round = 1; round < order.length; round++) {
      const end = await finishRound(seats, a);
      expect(end.round.id).toBe(order[round]);
      if (round === order.length - 1) break;
      a.ready();
      b.ready();
      await a.next<SeatView>('view', (x) => x.round.id === order[round + 1]);
    }
    const last = await b.next<SeatView>('view', (x) => x.round.id === '2000' && x.outcome !== null);
    expect(last.campaign).toMatchObject({ index: 5, next: null });
    expect(last.outcome).not.toBeNull();
    b.ready();
    expect(await refusal(b)).toMatchObject({ code: 'no-next-round' });
    const s = await teacher.next<ClassSummary>('class', (x) => x.pairs[0]?.round.id === '2000' && x.pairs[0].status !== 'negotiating');
    expect(s.pairs[0]?.finished.map((r) => r.round.id)).toEqual(order.slice(0, -1));
    expect(s.pairs[0]?.ready).toBeNull();
    const csv = await (await fetch(`${server.url}/api/classes/${code}/export.csv`, { headers: { authorization: `Bearer ${teacherKey}` } })).text();
    expect(csv.trim().split('\r\n')).toHaveLength(7);
    // The JSON export: a debrief per round, which the offline Class results page counts, each round in the world it opened in.
    const json = (await (await fetch(`${server.url}/api/classes/${code}/export.json`, { headers: { authorization: `Bearer ${teacherKey}` } })).json()) as { debriefs: unknown[] };
    const files = json.debriefs.map((d, i) => ({ name: `pair-1-${order[i]}.json`, text: JSON.stringify(d) }));
    const results = classResults(files, scenariosOf(order));
    expect(results.rejected).toEqual([]);
    expect(results.duplicates).toEqual([]);
    expect(results.corrected).toEqual([]);
    expect(results.rounds.map((r) => [r.round, r.breakdown + r.concluded])).toEqual(order.map((id) => [id, 1]));
  });
});

describe('a campaign against the computer, and a one-round class', () => {
  it('opens the next round as soon as the student is ready (the computer always is)', async () => {
    const { code } = await startClass(server.url, CAMPAIGN, 'computer');
    const c = await TestClient.join(server.url, { code, name: 'Chen' });
    const side = (await c.welcome).side!;
    await finishRound({ [side]: c }, c);
    expect((await c.view()).campaign?.ready).toEqual({ you: false, them: true });
    c.ready();
    expect((await c.next<SeatView>('view', (x) => x.round.id === '1960')).campaign?.index).toBe(1);
  });

  it('refuses "next round" in a class that plays one round', async () => {
    const { code } = await startClass(server.url, '1956', 'computer');
    const c = await TestClient.join(server.url, { code, name: 'Dai' });
    const v = await finishRound({ [(await c.welcome).side!]: c }, c);
    expect(v.campaign).toBeNull();
    c.ready();
    expect(await refusal(c)).toMatchObject({ code: 'no-next-round' });
  });
});
