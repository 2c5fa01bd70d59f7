/**
 * The class room over a real websocket (the server in this process on a free
 * port): seating two students as a pair, each seeing only its own side on
 * the wire, moves checked for seat and legality, played to the outcome, the
 * teacher's live summary, and a returning student's seat token.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computerAction } from '../../src/engine/game';
import type { BriefView } from '../../src/engine/view/viewModel';
import { scenarioOf } from '../../src/server/rounds';
import { startGameServer, type GameServer } from '../../src/server/server';
import { SCHEMA_VERSION } from '../../src/server/store/migrations';
import type { ClassSummary, SeatView } from '../../src/server/views';
import { startClass, tempDirs, TestClient } from './client';

let server: GameServer;
beforeAll(async () => {
  const dirs = tempDirs();
  server = await startGameServer({ port: 0, dataDir: dirs.data, distDir: dirs.dist });
});
afterAll(() => server.close());

describe('the class server over HTTP', () => {
  it('answers /healthz with 200 JSON and serves the game with the security headers', async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', store: 'sqlite', schema: SCHEMA_VERSION });
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetch(`${server.url}/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
  });

  it('refuses a class for a round that does not exist, and bad settings, with a clear reason', async () => {
    const res = await fetch(`${server.url}/api/classes`, { method: 'POST', body: JSON.stringify({ round: '1999', mode: 'pairs' }) });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/^There is no round 1999: choose one of .*1956.* or campaign\.$/);
    const bad = await fetch(`${server.url}/api/classes`, { method: 'POST', body: JSON.stringify({ round: '1956', mode: 'trio' }) });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/^Bad class settings: mode/);
  });
});

describe('a pair over the websocket', () => {
  const s = scenarioOf('1956');
  let code: string;
  let teacherKey: string;
  let a: TestClient;
  let b: TestClient;
  let teacher: TestClient;

  beforeAll(async () => {
    ({ code, teacher: teacherKey } = await startClass(server.url));
    teacher = await TestClient.join(server.url, { code, teacher: teacherKey });
    a = await TestClient.join(server.url, { code, name: 'Aiko', side: 'japan' });
    b = await TestClient.join(server.url, { code, name: '<img src=x onerror=alert(1)>' });
  });

  it('seats the two students in one game on opposite sides, each with a secret seat token', async () => {
    const wa = await a.welcome;
    const wb = await b.welcome;
    expect(wa).toMatchObject({ role: 'student', side: 'japan', name: 'Aiko', round: '1956' });
    expect(wb).toMatchObject({ role: 'student', side: 'russia', game: wa.game });
    expect(wa.token).toMatch(/^[0-9a-f]{32}$/);
    expect(wb.token).not.toBe(wa.token);
    const v = await a.next<SeatView>('view', (x) => x.them !== null);
    expect(v.them).toBe('<img src=x onerror=alert(1)>');
    expect(v.waiting).toBe(false);
  });

  it('sends each seat its own brief and never the other side’s brief, values or red lines', async () => {
    const japanBrief = await a.next<BriefView>('brief');
    const russiaBrief = await b.next<BriefView>('brief');
    expect(japanBrief.side).toBe('japan');
    expect(russiaBrief.side).toBe('russia');
    const secrets = (brief: BriefView) => [brief.instructions, ...brief.redLines, ...brief.interests].filter((t) => t.length > 20);
    expect(secrets(russiaBrief).length).toBeGreaterThan(0);
    for (const t of secrets(russiaBrief)) expect(a.wire()).not.toContain(t);
    for (const t of secrets(japanBrief)) expect(b.wire()).not.toContain(t);
    for (const c of [a, b, teacher]) {
      expect(c.wire()).not.toMatch(/"minds"|"reservation"|"floors"/);
    }
  });

  it('refuses a move for the other seat and a move out of turn, and changes nothing', async () => {
    const v = await a.view();
    const mover = v.table.turn === 'japan' ? a : b;
    const waiter = mover === a ? b : a;
    const legal = computerAction(s, (await import('../../src/engine/game')).newGame(s, { seed: 1, seats: { japan: 'human', russia: 'human' } }));
    waiter.act({ ...legal, side: v.table.turn });
    expect(await waiter.next<{ code: string }>('refused', () => true, true)).toMatchObject({ code: 'wrong-seat' });
    const wv = await waiter.view();
    waiter.act({ type: 'consult', side: wv.side });
    expect(await waiter.next<{ code: string }>('refused', () => true, true)).toMatchObject({ code: 'not-your-turn' });
    waiter.act({ type: 'teleport', side: wv.side } as never);
    expect(await waiter.next<{ code: string }>('refused', () => true, true)).toMatchObject({ code: 'malformed' });
    expect((await a.view()).moves).toBe(v.moves);
  });

  it('plays the round to its outcome, each seat choosing from its own choices', async () => {
    let n = (await a.view()).moves;
    for (let i = 0; i < 300; i++, n++) {
      const [va, vb] = [await a.view(n), await b.view(n)];
      if (va.table.status !== 'negotiating') break;
      const mover = va.table.turn === 'japan' ? { c: a, v: va } : { c: b, v: vb };
      expect(mover.v.table.choices.length).toBeGreaterThan(0);
      const other = mover === undefined || mover.c === a ? vb : va;
      expect(other.table.choices).toEqual([]);
      // A person's choice: the first offered, or what the computer would do every third move.
      const choice = i % 3 === 0 ? mover.v.table.choices[0]!.action : computerAction(s, (await replayed(mover.v)).state);
      mover.c.act(choice, mover.v.moves);
    }
    const end = await a.view();
    expect(end.table.status).not.toBe('negotiating');
    expect(end.outcome?.headline).toMatch(/clauses match the historical record/);
    expect((await b.view()).outcome?.headline).toBe(end.outcome?.headline);
  });

  it('shows the teacher the pair live, finished, with names as plain text', async () => {
    const summary = await teacher.next<ClassSummary>('class', (x) => x.pairs[0] !== undefined && x.pairs[0].status !== 'negotiating');
    expect(summary.code).toBe(code);
    expect(summary.pairs).toHaveLength(1);
    expect(summary.pairs[0]).toMatchObject({ pair: 1, players: { japan: 'Aiko', russia: '<img src=x onerror=alert(1)>' } });
    expect(summary.pairs[0]?.outcome?.compared).toBeGreaterThan(0);
    // Each side's result against its own brief, from the engine's score sheet.
    const end = await a.view();
    const { briefScore } = await import('../../src/engine/stakes/briefScore');
    const { state } = await replayed(end);
    for (const side of ['japan', 'russia'] as const) {
      const sheet = briefScore(s, state, side);
      expect(summary.pairs[0]?.outcome?.sides[side]).toMatchObject({ grade: sheet.grade, ratified: sheet.ratified, redLines: sheet.redLines.length, redLinesKept: sheet.redLines.filter((r) => r.kept).length, verdict: sheet.verdict });
      expect(summary.pairs[0]?.outcome?.sides[side].worth).toBeCloseTo(sheet.worth, 1);
    }
    // A student never gets a score sheet: the summaries go to the teacher only.
    for (const c of [a, b]) expect(c.wire()).not.toMatch(/"walkAway"|"class"/);
    expect(teacher.received.filter((r) => r.type === 'class').length).toBeGreaterThan(5);
  });

  it('gives a returning student the same seat and game from the seat token, and refuses a wrong token', async () => {
    const wa = await a.welcome;
    const before = await a.view();
    await a.leave();
    const again = await TestClient.join(server.url, { code, seat: wa.token! });
    expect(await again.welcome).toMatchObject({ side: 'japan', game: wa.game, name: 'Aiko' });
    expect((await again.welcome).token).toBeUndefined();
    expect((await again.view()).moves).toBe(before.moves);
    await expect(TestClient.join(server.url, { code, seat: 'f'.repeat(32) })).rejects.toThrow(/not in this class/);
  });

  it('exports the class as JSON debriefs and CSV for the teacher’s key only', async () => {
    const none = await fetch(`${server.url}/api/classes/${code}/export.csv`);
    expect(none.status).toBe(404);
    const csv = await (await fetch(`${server.url}/api/classes/${code}/export.csv`, { headers: { authorization: `Bearer ${teacherKey}` } })).text();
    expect(csv.split('\r\n')[0]).toMatch(/^pair,round,round of,japan,russia,/);
    expect(csv).toContain('1,1956,1 of 1,Aiko,<img src=x onerror=alert(1)>,human,human');
    const head = csv.split('\r\n')[0]!.split(',');
    const row = csv.split('\r\n')[1]!.split(',');
    expect(head).toContain('japan grade');
    expect(['strong', 'fair', 'weak', 'failed']).toContain(row[head.indexOf('japan grade')]);
    expect(row[head.indexOf('russia red lines kept')]).toMatch(/^\d+ of \d+$/);
    expect(['yes', 'no', 'nothing signed']).toContain(row[head.indexOf('japan ratified')]);
    const json = (await (await fetch(`${server.url}/api/classes/${code}/export.json`, { headers: { authorization: `Bearer ${teacherKey}` } })).json()) as { debriefs: { pair: string; actions: unknown[] }[] };
    expect(json.debriefs).toHaveLength(1);
    expect(json.debriefs[0]?.pair).toBe('Pair 1: Aiko / <img src=x onerror=alert(1)>');
    expect(json.debriefs[0]?.actions.length).toBe((await b.view()).moves);
  });

  async function replayed(v: SeatView) {
    const { LiveGame } = await import('../../src/server/liveGame');
    const g = (await server.store.games(code)).find((x) => x.id === v.game)!;
    return LiveGame.load(g, s.id, server.store);
  }
});
