// A class over the class server in Chromium: a teacher and two students in
// three browser contexts play 1956 to the outcome, the teacher seating the
// pair from the waiting list (keyboard-usable selects); one student's connection
// is cut and comes back by itself; the server process is killed and
// restarted mid-round and every page reconnects to the same seats; the
// teacher's view shows the pair throughout. Axe runs on each screen. A
// campaign class: a pair ends round 1 fast (a walk-out), both press "Next
// round", and reach round 2's brief while the teacher sees "round 2 of 6".
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { computerAction } from '../../src/engine/game';
import { canonicalJson } from '../../src/engine/log/canonical';
import { tableView } from '../../src/engine/view/viewModel';
import { ROOT } from '../../src/node/files';
import { LiveGame } from '../../src/server/liveGame';
import { scenarioOf } from '../../src/server/rounds';
import { sqliteStore } from '../../src/server/store/sqlite';
import { tempDirs } from '../server/client';
import { spawnServer, type ServerProcess } from '../server/process';
import { browser, closeBrowser, expectAccessible, shot } from './helpers';

const s = scenarioOf('1956');
const dirs = tempDirs();
const env = { DATA_DIR: dirs.data, DIST_DIR: join(ROOT, 'dist') };
const servers: ServerProcess[] = [];
afterAll(async () => {
  for (const x of servers) await x.stop('SIGKILL');
  await closeBrowser();
});

/** Waits long enough for a loaded two-core machine. */
const SLOW = { timeout: 15_000, interval: 100 };
const status = (p: Page) => p.locator('[data-testid=link-status]');

/** The label of the computer's choice for the seat to move, read from the store the server writes. */
async function computerChoice(code: string): Promise<{ side: string; label: string; moves: number; over: boolean }> {
  const store = sqliteStore(join(dirs.data, 'kuril.db'));
  try {
    const record = (await store.games(code))[0]!;
    const game = await LiveGame.load(record, s.id, store);
    if (game.state.status !== 'negotiating') return { side: '', label: '', moves: game.moves.length, over: true };
    const action = computerAction(s, game.state);
    // The computer's pick when it is one of the buttons, otherwise the first button.
    const choices = tableView(s, game.state, action.side).choices;
    const choice = choices.find((c) => canonicalJson(c.action) === canonicalJson(action)) ?? choices[0]!;
    return { side: action.side, label: choice.label, moves: game.moves.length, over: false };
  } finally {
    await store.close();
  }
}

/** A page in a browser context of its own (its own storage: its own seat token). */
async function openPage(url: string, width: number, height: number): Promise<Page> {
  const ctx = await (await browser()).newContext({ viewport: { width, height } });
  const page = await ctx.newPage();
  await page.goto(url);
  return page;
}

describe('a class over the server', () => {
  it('plays 1956 from two browsers through a cut connection and a server restart, the teacher watching', async () => {
    let server = await spawnServer(env);
    servers.push(server);
    const open = (path: string, width: number, height: number) => openPage(`${server.url}/${path}`, width, height);
    const teacher = await open('class.html', 1366, 768);
    await expectAccessible(teacher, 'class start');
    await teacher.locator('input[name=pairing][value=teacher]').check();
    await teacher.locator('form[data-testid=start-class] button[type=submit]').click();
    const code = (await teacher.locator('[data-testid=class-code]').textContent())!.trim();
    expect(code).toMatch(/^[2-9A-Z]{8}$/);
    await expect.poll(() => status(teacher).textContent(), SLOW).toBe('Connected');
    const link = (await teacher.locator('[data-testid=join-link]').getAttribute('href'))!;
    const students: Record<string, Page> = {};
    for (const [name, side, w, h] of [['Aiko', 'japan', 390, 844], ['Boris', 'russia', 820, 1180]] as const) {
      const p = await open(link.replace(server.url + '/', ''), w, h);
      await p.fill('#name', name);
      await p.locator(`input[name=side][value=${side}]`).check();
      await p.locator('form[data-testid=join-class] button[type=submit]').click();
      await expect.poll(() => status(p).textContent(), SLOW).toBe('Connected');
      await expect.poll(() => p.locator('[data-testid=waiting-note]').isVisible(), SLOW).toBe(true);
      students[side] = p;
    }
    // The teacher seats the pair: Boris as the USSR/Russia, Aiko as Japan, chosen in the lists, then the button.
    await expect.poll(() => teacher.locator('[data-testid=waiting] li').count(), SLOW).toBe(2);
    await expectAccessible(teacher, 'teacher pairing');
    await shot(teacher, 'class-teacher-pairing-1366');
    await shot(students.japan!, 'class-student-waiting-390');
    await teacher.locator('[data-testid=pair-russia]').selectOption({ label: 'Boris (asked for the USSR/Russia)' });
    await teacher.locator('[data-testid=pair-japan]').selectOption({ label: 'Aiko (asked for Japan)' });
    await teacher.locator('[data-testid=pair-submit]').focus();
    await teacher.keyboard.press('Enter');
    for (const p of Object.values(students)) await expect.poll(() => p.locator('[data-testid=choices]').isVisible(), SLOW).toBe(true);
    expect(await students.russia!.locator('h1').textContent()).toContain('Boris');
    await expect.poll(() => teacher.locator('[data-testid=waiting] li').count(), SLOW).toBe(0);
    await expectAccessible(students.japan!, 'student at the table');
    await expect.poll(() => teacher.locator('[data-testid=pair-1]').textContent(), SLOW).toContain('Boris');
    await expectAccessible(teacher, 'teacher live view');

    let played = 0;
    for (let guard = 0; guard < 120; guard++) {
      const next = await computerChoice(code);
      if (next.over) break;
      const page = students[next.side]!;
      const button = page.locator('[data-testid=choices] button', { hasText: next.label }).first();
      await button.click();
      await expect.poll(async () => (await computerChoice(code)).moves, { ...SLOW, message: `move ${played + 1} (${next.side}: ${next.label}) was not played: ${await page.locator('[data-testid=notice]').textContent()}` }).toBeGreaterThan(next.moves);
      played++;
      expect(await teacher.locator('[data-testid=pair-1]').isVisible()).toBe(true);
      if (played === 3) {
        // A lost connection: the page says so and comes back to the same seat by itself.
        await students.russia!.evaluate(() => window.__classLink?.drop());
        await expect.poll(() => status(students.russia!).textContent(), SLOW).toBe('Connection lost — reconnecting…');
        await expect.poll(() => status(students.russia!).textContent(), { timeout: 10_000 }).toBe('Connected');
        expect(await students.russia!.locator('h1').textContent()).toContain('Boris');
      }
      if (played === 6) {
        // The server dies mid-round and comes back on the same port and data.
        await server.stop('SIGKILL');
        await expect.poll(() => status(students.japan!).textContent(), SLOW).toBe('Connection lost — reconnecting…');
        // On a long phone page the pill stays in view at the bottom of the scroll too.
        await students.japan!.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        const pill = (await status(students.japan!).boundingBox())!;
        expect(pill.y).toBeGreaterThanOrEqual(0);
        expect(pill.y + pill.height).toBeLessThanOrEqual(120);
        await shot(students.japan!, 'class-student-reconnecting-390');
        server = await spawnServer(env, server.port);
        servers.push(server);
        for (const p of [teacher, students.japan!, students.russia!]) await expect.poll(() => status(p).textContent(), { timeout: 15_000 }).toBe('Connected');
        await expect.poll(() => teacher.locator('[data-testid=pair-1] td').nth(5).textContent(), SLOW).not.toBe('');
      }
    }
    expect(played).toBeGreaterThan(6);
    for (const p of Object.values(students)) await expect.poll(() => p.locator('[data-testid=headline]').textContent(), SLOW).toMatch(/clauses match the historical record/);
    await expect.poll(() => teacher.locator('[data-testid=pair-1]').getAttribute('data-status'), SLOW).not.toBe('negotiating');
    // Each side's result against its brief: grade, worth against the walk-away point, red lines, ratification.
    await expect.poll(() => teacher.locator('[data-testid=pair-1] .score').allTextContents(), SLOW).toEqual([expect.stringMatching(/^Japan: (strong|fair|weak|failed) · worth .* red lines \d+\/\d+ kept · (ratified|not ratified|nothing to ratify)$/), expect.stringMatching(/^USSR\/Russia: /)]);
    await expect.poll(() => teacher.locator('figure.spread figcaption').first().textContent(), SLOW).toContain('1 finished pair');
    // The other half of the spread: each delegation's grade against its own brief, one bar per side and grade.
    const grade = (await teacher.locator('[data-testid=pair-1] .score strong').first().textContent())!.replace(/^Japan: /, '');
    const gradeRows = teacher.locator('figure.spread.grades li');
    expect(await gradeRows.count()).toBe(8);
    expect(await gradeRows.filter({ hasText: `Japan: ${grade}` }).locator('.n').textContent()).toBe('1 delegation');
    expect(await gradeRows.filter({ hasText: /^Japan: / }).locator('.n').allTextContents()).toEqual(expect.arrayContaining(['1 delegation', '0 delegations']));
    await expectAccessible(students.russia!, 'student outcome');
    await shot(teacher, 'class-teacher-1366');
    await shot(students.russia!, 'class-student-outcome-820');
  });

  it('plays a campaign class into its second round, both students ready, the teacher watching', async () => {
    const server = await spawnServer(env);
    servers.push(server);
    const open = (path: string, width: number, height: number) => openPage(`${server.url}/${path}`, width, height);
    const teacher = await open('class.html', 1366, 768);
    await teacher.locator('input[name=plan][value=campaign]').check();
    expect(await teacher.locator('#round').isDisabled()).toBe(true);
    await shot(teacher, 'class-start-campaign-1366');
    await teacher.locator('form[data-testid=start-class] button[type=submit]').click();
    const link = (await teacher.locator('[data-testid=join-link]').getAttribute('href'))!;
    const pages: Page[] = [];
    for (const [name, w, h] of [['Aiko', 390, 844], ['Boris', 820, 1180]] as const) {
      const p = await open(link.replace(server.url + '/', ''), w, h);
      await p.fill('#name', name);
      await p.locator('form[data-testid=join-class] button[type=submit]').click();
      pages.push(p);
    }
    for (const p of pages) await expect.poll(() => p.locator('[data-testid=round-line]').textContent(), SLOW).toMatch(/^Round 1 of 6 · Moscow, 1956/);
    // Round 1 ends fast: the mover walks out as soon as that is offered (the first choice until then).
    for (let guard = 0; guard < 30 && !(await pages[0]!.locator('[data-testid=outcome]').isVisible()); guard++) {
      await expect.poll(async () => (await Promise.all(pages.map((p) => p.locator('[data-testid=choices] button:enabled').count()))).some((n) => n > 0) || (await pages[0]!.locator('[data-testid=outcome]').isVisible()), SLOW).toBe(true);
      const mover = (await pages[0]!.locator('[data-testid=choices] button:enabled').count()) > 0 ? pages[0]! : pages[1]!;
      const lines = await pages[0]!.locator('[data-testid=dialogue] li').count();
      const walk = mover.locator('[data-testid=choices] button[data-kind=walk-out]');
      await ((await walk.count()) > 0 ? walk : mover.locator('[data-testid=choices] button').first()).click();
      await expect.poll(() => pages[0]!.locator('[data-testid=dialogue] li').count(), SLOW).toBeGreaterThan(lines);
    }
    for (const p of pages) await expect.poll(() => p.locator('[data-testid=next-button]').isVisible(), SLOW).toBe(true);
    await pages[0]!.locator('[data-testid=next-button]').click();
    await expect.poll(() => pages[0]!.locator('[data-testid=ready-line]').textContent(), SLOW).toBe('You are ready. Waiting for Boris to be ready…');
    await expect.poll(() => teacher.locator('[data-testid=pair-1]').textContent(), SLOW).toContain('next round: Japan ready');
    await expectAccessible(pages[1]!, 'student between rounds');
    await shot(pages[1]!, 'class-student-between-820');
    await pages[1]!.locator('[data-testid=next-button]').click();
    for (const p of pages) {
      await expect.poll(() => p.locator('[data-testid=round-line]').textContent(), SLOW).toMatch(/^Round 2 of 6 · Notes, 1960/);
      expect(await p.locator('[data-testid=brief]').getAttribute('open')).not.toBeNull();
      expect(await p.locator('[data-testid=next-round]').isVisible()).toBe(false);
    }
    await expect.poll(() => teacher.locator('[data-testid=pair-1] [data-testid=round-cell]').textContent(), SLOW).toBe('1960 round 2 of 6');
    await expect.poll(() => teacher.locator('[data-testid=pair-1] .finished-rounds li').textContent(), SLOW).toMatch(/^1956: no document/);
    await expectAccessible(teacher, 'teacher, a pair in round 2');
    await expectAccessible(pages[0]!, 'student, round 2 brief');
    await shot(teacher, 'class-teacher-campaign-1366');
    // On a phone each pair is a card of labelled lines: nothing scrolls sideways, and the outcome is in view.
    await teacher.setViewportSize({ width: 390, height: 844 });
    expect(await teacher.$eval('[data-testid=pair-1] [data-testid=round-cell]', (td) => getComputedStyle(td, '::before').content)).toBe('"Round"');
    expect(await teacher.$eval('table.pairs', (t) => t.scrollWidth <= (t.parentElement?.clientWidth ?? 0))).toBe(true);
    await expectAccessible(teacher, 'teacher on a phone, pairs as cards');
    await shot(teacher, 'class-teacher-campaign-390');
    await shot(pages[0]!, 'class-student-round2-390');
  });
});
