// Every round in the menu's index plays in the browser with the same screens
// and no per-round code: as Japan, by mouse, following history to the
// record, on a 1024×768 window (the stage scaled down), with no text cut off
// on any screen and every clause "same as in history"; and as the other side
// by keyboard only, with axe on the table and the outcome.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Scenario } from '../../src/engine/model/types';
import { parseCatalog } from '../../src/engine/scenario/catalog';
import { loadRound, SCENARIOS } from '../../src/node/files';
import { closeBrowser, expectAccessible, expectNothingCutOff, openGame, playHistory, shot, tabTo } from './helpers';
import { expectRealRecord } from './realRecord';

const catalog = parseCatalog(readFileSync(join(SCENARIOS, 'index.yaml'), 'utf8'));
if (!catalog.ok) throw new Error(catalog.error);
const rounds = catalog.value.rounds.map((r) => r.id);

/** The outcome of a round played to the record: every clause the same as in history; the practice tutorial shows its document and no comparison. */
async function outcomeOf(page: Page, s: Scenario): Promise<void> {
  if (s.tutorial) {
    await page.waitForSelector('[data-testid="tutorial-document"]');
    expect(await page.locator('[data-testid="record-comparison"]').count()).toBe(0);
    return;
  }
  await page.waitForSelector('[data-testid="record-comparison"]');
  const comparisons = await page.$$eval('[data-testid="record-comparison"] tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-comparison')));
  expect(comparisons).toEqual(s.record.clauses.map(() => 'same'));
}

describe('every round at 1024×768', () => {
  afterAll(closeBrowser);

  it('fits the menu into windows of other shapes too', async () => {
    for (const viewport of [
      { width: 1024, height: 768 },
      { width: 1920, height: 1080 },
      { width: 768, height: 1024 },
      { width: 1366, height: 768 },
    ]) {
      const { page } = await openGame(undefined, viewport);
      await expectNothingCutOff(page, `menu at ${viewport.width}×${viewport.height}`);
      if (viewport.width === 1024) await shot(page, 'menu-1024x768');
      await page.context().close();
    }
  });

  it.each(rounds)('round %s as Japan to the record', async (id) => {
    const s = loadRound(id);
    const { page, errors } = await openGame(undefined, { width: 1024, height: 768 });
    await page.click(`[data-round="${id}"]`);
    await page.click('input[name="side"][value="japan"]');
    await page.click('[data-testid="start"]');
    await page.waitForSelector('[data-screen="briefing"]');
    await expectNothingCutOff(page, `${id} briefing`);
    await page.click('[data-testid="begin"]');
    await page.waitForSelector('[data-testid="choices"] button.choice');
    await expectNothingCutOff(page, `${id} table`);
    // The canvas lies under the whole window (each drawn part shown where its DOM window is); regression: the lean Phaser once lacked the scale constants and the canvas took a wrong size under its labels.
    expect(await page.$eval('#canvas-host canvas', (c) => [(c as HTMLCanvasElement).width, (c as HTMLCanvasElement).height])).toEqual([1024, 768]);
    const middle = Math.floor(s.history.japan.length / 2);
    await playHistory(page, s, 'japan', 'mouse', async (move) => {
      if (move !== middle) return;
      await expectNothingCutOff(page, `${id} table, move ${move + 1}`);
      await shot(page, `table-${id}-1024x768`);
    });
    await outcomeOf(page, s);
    await expectNothingCutOff(page, `${id} outcome`);
    await shot(page, `outcome-${id}-1024x768`);
    if (!s.tutorial) await expectRealRecord(page, s);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each(rounds)('round %s as the Soviet/Russian side, by keyboard only, to the record, with axe on its table and outcome', async (id) => {
    const s = loadRound(id);
    const { page, errors } = await openGame();
    // Keyboard only: focus the round's card, choose it, pick the side, start.
    await tabTo(page, `[data-round="${id}"]`);
    await page.keyboard.press('Enter');
    await tabTo(page, 'input[name="side"]');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => (document.querySelector('input[name="side"]:checked') as HTMLInputElement | null)?.value)).toBe('russia');
    await tabTo(page, '[data-testid="start"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-screen="briefing"][data-side="russia"]');
    await tabTo(page, '[data-testid="begin"]', 80);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="choices"] button.choice');
    let checked = false;
    await playHistory(page, s, 'russia', 'keyboard', async () => {
      if (checked) return;
      checked = true;
      await expectAccessible(page, `${id} table with choices`);
    });
    await outcomeOf(page, s);
    await expectAccessible(page, `${id} outcome`);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
