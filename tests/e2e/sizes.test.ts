// Every classroom device: the phone (390×844), the iPad in portrait
// (820×1180), the old projector (1024×768), the Chromebook (1366×768) and the
// full-HD screen (1920×1080). One page visits every screen — menu, brief,
// table, outcome, debrief, timeline, branches, class results, teacher guide —
// and checks each at every size by resizing the window: the layout reflows
// (nothing scrolls sideways or is cut off, text is legible, controls are
// touch-sized, the main action is in view across).
import { afterAll, describe, expect, it } from 'vitest';
import { makeDebrief } from '../../src/engine/debrief/debrief';
import { encodeShare, makeSave } from '../../src/engine/log/save';
import { runCampaign } from '../../src/engine/sim/campaign';
import { runNegotiation } from '../../src/engine/sim/run';
import { computer, historical } from '../../src/engine/sim/policies';
import { campaignRounds, loadRound } from '../../src/node/files';
import type { Page } from 'playwright-core';
import { closeBrowser, openGame, probe, shot } from './helpers';
import { expectFitsDevice } from './layout';

const SIZES = [
  { width: 390, height: 844 },
  { width: 820, height: 1180 },
  { width: 1024, height: 768 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];
const ids = campaignRounds();

async function atEverySize(page: Page, screen: string, mainAction: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    if (process.env.KURIL_SHOTS) await shot(page, `size-${screen}-${size.width}`);
    await expectFitsDevice(page, screen, mainAction);
  }
}

describe('every screen at every classroom size', () => {
  afterAll(closeBrowser);

  it('menu, brief, table, outcome, debrief, timeline, branches, class results and guide reflow at 390, 820, 1024, 1366 and 1920 wide', async () => {
    const bases = new Map(ids.map((id) => [id, loadRound(id)]));
    const { play } = runCampaign(bases, ids, { seed: 7, side: 'japan', policy: computer });
    const { page, errors } = await openGame();
    const base = page.url().slice(0, page.url().indexOf('?'));

    await atEverySize(page, 'menu', '[data-testid="start"]');
    await page.click('input[name="mode"][value="campaign"]');
    await atEverySize(page, 'menu-campaign', '[data-testid="start"]');
    await page.click('input[name="mode"][value="computer"]');
    await page.click('[data-testid="teacher-guide"]');
    await page.waitForSelector('[data-screen="guide"] .guide-text h2');
    await atEverySize(page, 'guide', '[data-screen="guide"] header button');
    await page.click('text=◂ Back to the menu');
    await page.click('[data-testid="class-results"]');
    const s = bases.get('1956');
    if (!s) throw new Error('no 1956');
    const files = [0, 1, 2].map((i) => {
      const run = runNegotiation(s, { seed: 40 + i, side: i % 2 === 0 ? 'japan' : 'russia', policy: historical(0.3) });
      return { name: `pair-${i}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(makeDebrief(s, run.state, run.actions, `Pair ${i + 1}`))) };
    });
    await page.setInputFiles('[data-testid="class-files"]', files);
    await page.waitForSelector('[data-testid="class-summary"]');
    await atEverySize(page, 'class-results', '[data-testid="class-summary"]');
    await page.click('text=◂ Back to the menu');

    await page.click('[data-round="1956"]');
    await page.click('[data-testid="start"]');
    await page.waitForSelector('[data-testid="begin"]');
    await atEverySize(page, 'brief', '[data-testid="begin"]');
    await page.click('[data-testid="begin"]');
    for (let i = 0; i < 2; i++) {
      await page.waitForSelector('[data-testid="choices"] button.choice');
      const before = (await probe(page)).logLength;
      await page.click('[data-testid="choices"] button.choice >> nth=0');
      await page.waitForFunction((n) => (window.__game?.logLength ?? 0) > (n ?? 0), before);
    }
    await page.waitForSelector('[data-testid="choices"] button.choice');
    await atEverySize(page, 'table', '[data-testid="choices"] button.choice');

    // A finished campaign (played in node) opens on its last outcome.
    await page.goto(`${base}?renderer=canvas&fast=1#replay=${encodeShare(makeSave(play))}`);
    await page.waitForFunction(() => window.__game?.screen === 'outcome' || document.querySelector('[data-screen="confirm"]') !== null, null, { timeout: 30_000 });
    if ((await probe(page)).screen !== 'outcome') {
      await page.click('[data-testid="confirm-open"]');
      await page.waitForFunction(() => window.__game?.screen === 'outcome', null, { timeout: 30_000 });
    }
    await atEverySize(page, 'outcome', '[data-testid="timeline"]');
    await page.click('[data-testid="debrief"]');
    await page.waitForSelector('[data-screen="debrief"]');
    await atEverySize(page, 'debrief', '[data-testid="print"]');
    await page.click('text=◂ Back to the outcome');
    await page.click('[data-testid="timeline"]');
    await page.waitForSelector('[data-testid="timeline-summary"]');
    await atEverySize(page, 'timeline', '[data-testid="timeline-back"]');
    await page.click('text=Branches');
    await page.waitForSelector('[data-screen="branches"]');
    await atEverySize(page, 'branches', '[data-testid="branches-back"]');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
