// 1956 in a real browser: as Japan by keyboard only and as the Soviet side by
// mouse, each following the side's historical moves to the outcome, where
// every clause must read "same as in history". Axe runs on every screen.
import { afterAll, describe, expect, it } from 'vitest';
import { loadRound } from '../../src/node/files';
import { closeBrowser, expectAccessible, expectNothingCutOff, openGame, playHistory, probe, shot, tabTo } from './helpers';

const s = loadRound('1956');

describe('1956 in Chromium', () => {
  afterAll(closeBrowser);

  it('as Japan, by keyboard only, to the record', async () => {
    const { page, errors } = await openGame();
    await shot(page, 'menu');
    await expectAccessible(page, 'menu');
    // The 1956 card has focus; Japan is the default side.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-round'))).toBe('1956');
    await page.keyboard.press('Enter');
    await tabTo(page, '[data-testid="start"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-screen="briefing"][data-side="japan"]');
    await shot(page, 'briefing-japan');
    await expectAccessible(page, 'briefing');
    // The source reader opens from the keyboard and closes with Escape.
    await tabTo(page, '.excerpt button');
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog[open] mark');
    expect(await page.textContent('dialog[open] mark')).toBe('without the conclusion of a peace treaty at this time');
    await shot(page, 'source-reader');
    await expectAccessible(page, 'source reader');
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[open]', { state: 'detached' });
    await tabTo(page, '[data-testid="begin"]', 60);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="choices"] button.choice');
    await shot(page, 'table-japan');
    await expectAccessible(page, 'table with choices');
    await expectNothingCutOff(page, 'table');
    await playHistory(page, s, 'japan', 'keyboard', async (move) => {
      if (move !== 6) return;
      await shot(page, 'table-midgame-japan');
      await expectNothingCutOff(page, 'table in the middle of the round');
    });
    await page.waitForSelector('[data-testid="record-comparison"]');
    await shot(page, 'outcome-japan');
    await expectAccessible(page, 'outcome');
    await expectNothingCutOff(page, 'outcome');
    const rows = await page.$$eval('[data-testid="record-comparison"] tbody tr', (trs) => trs.map((tr) => [tr.getAttribute('data-issue'), tr.getAttribute('data-comparison'), tr.querySelector('.status')?.textContent ?? '']));
    expect(rows.map((r) => r[0])).toEqual(s.record.clauses.map((c) => c.issue));
    for (const r of rows) {
      expect(r[1]).toBe('same');
      expect(r[2]).toContain('Same as in history');
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('as the Soviet side, by mouse, to the record', async () => {
    const { page, errors } = await openGame();
    await page.click('[data-round="1956"]');
    await page.click('input[name="side"][value="russia"]');
    await page.click('[data-testid="start"]');
    await page.waitForSelector('[data-screen="briefing"][data-side="russia"]');
    await shot(page, 'briefing-russia');
    // Only the Soviet brief is in the DOM.
    const text = await page.textContent('body');
    expect(text).toContain(s.sides.russia.brief.instructions.en.slice(0, 60));
    expect(text).not.toContain(s.sides.japan.brief.instructions.en.slice(0, 60));
    await page.click('[data-testid="begin"]');
    await playHistory(page, s, 'russia', 'mouse', async (move) => {
      if (move !== 4) return;
      // The map shows either side's stated positions on request.
      await page.click('[data-map-mode="theirs"]');
      expect(await page.getAttribute('[data-map-mode="theirs"]', 'aria-pressed')).toBe('true');
      expect(await page.textContent('.map-box .sr-only')).toMatch(/^The map shows: Habomai: /);
      await shot(page, 'table-russia-their-positions');
      await page.click('[data-map-mode="now"]');
    });
    await page.waitForSelector('[data-testid="record-comparison"]');
    await shot(page, 'outcome-russia');
    const comparisons = await page.$$eval('[data-testid="record-comparison"] tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-comparison')));
    expect(comparisons).toEqual(s.record.clauses.map(() => 'same'));
    expect((await probe(page)).status).toBe('concluded');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
