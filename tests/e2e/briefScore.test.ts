// The score against the brief on the outcome screen, in Chromium, opened from
// share links of rounds played in node. As a student against the computer
// (1956, history played by Japan): the headline leads with the student's
// score, the scoring sheet's numbers are the engine's, the document is
// ratified at home, and the screen passes axe. In hot-seat (2000, the Kawana
// line signed): "signed, not ratified" with each body's public reason, and
// neither delegation's red lines nor values are in the page until its own
// button is pressed, and then only that delegation's.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appendAction, newPlay } from '../../src/engine/campaign/play';
import { encodeShare, makeSave } from '../../src/engine/log/save';
import type { Action } from '../../src/engine/model/state';
import type { Scenario, SideId } from '../../src/engine/model/types';
import { historical } from '../../src/engine/sim/policies';
import { runNegotiation } from '../../src/engine/sim/run';
import { briefScore } from '../../src/engine/stakes/briefScore';
import { loadRound } from '../../src/node/files';
import { recordPackage, signPackage } from '../fixtures/signPackage';
import { closeBrowser, expectAccessible, openGame, probe, shot } from './helpers';

/** Open the outcome of a round replayed from a share link. */
async function openOutcome(page: Page, s: Scenario, seats: Record<SideId, 'human' | 'computer'>, seed: number, actions: readonly Action[]): Promise<void> {
  let play = newPlay('round', [s.id], seats, seed);
  for (const a of actions) play = appendAction(play, a);
  const base = page.url().slice(0, page.url().indexOf('?'));
  await page.goto(`${base}?renderer=canvas&fast=1#replay=${encodeShare(makeSave(play))}`);
  await page.waitForFunction(() => window.__game?.screen === 'outcome' || document.querySelector('[data-screen="confirm"]') !== null, null, { timeout: 30_000 });
  if ((await probe(page)).screen !== 'outcome') {
    await page.click('[data-testid="confirm-open"]');
    await page.waitForFunction(() => window.__game?.screen === 'outcome', null, { timeout: 30_000 });
  }
}

const pageText = (page: Page) => page.evaluate(() => document.body.innerHTML);

describe('the score against the brief', () => {
  afterAll(closeBrowser);

  it('1956 as Japan against the computer: the headline leads with the score, the sheet shows the engine’s numbers, ratified at home', async () => {
    const s = loadRound('1956');
    const run = runNegotiation(s, { seed: 3, side: 'japan', policy: historical(0) });
    const { page, errors } = await openGame();
    await openOutcome(page, s, { japan: 'human', russia: 'computer' }, 3, run.actions);
    const b = briefScore(s, run.state, 'japan');
    const lead = page.locator('[data-testid="headline"] [data-testid="brief-lead"]');
    expect(await lead.textContent()).toContain(b.verdict);
    expect(await page.locator('[data-testid="headline"]').textContent()).toMatch(/Against history: \d+ of \d+ clauses match the historical record/);
    const sheet = page.locator('[data-testid="brief-score"][data-side="japan"]');
    expect(await sheet.locator('[data-testid="score-worth"]').textContent()).toBe(String(b.worth));
    const values = await sheet.locator('[data-testid="score-sheet"] tbody tr').evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-issue'), Number(r.querySelector('[data-value]')?.getAttribute('data-value')), Number(r.querySelector('[data-weight]')?.getAttribute('data-weight'))]));
    expect(values).toEqual(b.rows.map((r) => [r.issue, r.yours.value, r.weight]));
    expect(await page.locator('[data-testid="ratification"]').getAttribute('data-ratified')).toBe('true');
    // The computer's sheet is not in the page until asked for, after the round, as a debrief aid.
    const theirRedLine = s.sides.russia.brief.redLines[0]?.text.en ?? '';
    expect(await pageText(page)).not.toContain(theirRedLine);
    await page.click('[data-testid="show-score-russia"]');
    expect(await page.locator('[data-testid="brief-score"][data-side="russia"]').textContent()).toContain(theirRedLine);
    await expectAccessible(page, 'outcome with the score against the brief');
    await shot(page, 'brief-score-1956-japan-1280x720');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('2000 in hot-seat, the Kawana line signed: signed, not ratified, and each delegation’s sheet only behind its own button', async () => {
    const s = loadRound('2000');
    const actions: Action[] = [];
    signPackage(s, 'japan', recordPackage(s, { border: 'kawana-line' }), actions);
    const { page, errors } = await openGame();
    await openOutcome(page, s, { japan: 'human', russia: 'human' }, 1, actions);
    const ratification = page.locator('[data-testid="ratification"]');
    expect(await ratification.getAttribute('data-ratified')).toBe('false');
    expect(await ratification.locator('h2').textContent()).toBe('Signed, not ratified');
    expect(await page.locator('[data-testid="headline"]').textContent()).toContain('not ratified');
    const redLines = (side: SideId) => s.sides[side].brief.redLines.map((r) => r.text.en);
    const html = await pageText(page);
    for (const side of ['japan', 'russia'] as const) for (const t of redLines(side)) expect(html, `${side} red line before any button`).not.toContain(t);
    expect(await page.locator('[data-testid="brief-score"]').count()).toBe(0);
    for (const [mine, theirs] of [['japan', 'russia'], ['russia', 'japan']] as const) {
      await page.click(`[data-testid="show-score-${mine}"]`);
      const now = await pageText(page);
      for (const t of redLines(mine)) expect(now).toContain(t);
      for (const t of redLines(theirs)) expect(now, `${theirs} red line with ${mine}'s sheet open`).not.toContain(t);
      expect(await page.locator(`[data-testid="brief-score"]`).getAttribute('data-side')).toBe(mine);
    }
    expect(await page.locator('[data-testid="brief-score"] .score-redlines li.crossed').textContent()).toContain('No border between Iturup and Urup');
    await page.click('[data-testid="show-score-russia"]');
    expect(await page.locator('[data-testid="brief-score"]').count()).toBe(0);
    await shot(page, 'brief-score-2000-hotseat-1280x720');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
