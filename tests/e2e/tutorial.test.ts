// The practice round as a guided tutorial in Chromium: a card placed just
// before each real control (the brief, then each group of moves, then the
// score after the round), stepped through by keyboard alone, with no map
// and no comparison with history; axe and screenshots at phone, tablet and
// laptop sizes on the brief's card and the table's first card.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRound } from '../../src/node/files';
import { closeBrowser, expectAccessible, openGame, playHistory, probe, shot } from './helpers';
import { expectFitsDevice } from './layout';

const s = loadRound('practice');
const SIZES = [[390, 844], [820, 1180], [1366, 768]] as const;

/** The card shown now is placed right before the control it explains, which is outlined and described by it. */
async function expectAnchored(page: Page): Promise<string> {
  const at = await page.getAttribute('[data-testid="tutorial-step"]', 'data-at');
  const anchored = await page.evaluate(() => {
    const card = document.querySelector('[data-testid="tutorial-step"]');
    const target = card?.nextElementSibling;
    const buttons = target ? [...target.querySelectorAll('button.choice')] : [];
    return !!target?.classList.contains('tutorial-target') && buttons.every((b) => (b.getAttribute('aria-describedby') ?? '').split(' ').includes('tutorial-text'));
  });
  expect(anchored, `the ${at} card sits before its outlined control`).toBe(true);
  return at ?? '';
}

async function lookAtSizes(page: Page, name: string): Promise<void> {
  for (const [w, h] of SIZES) {
    await page.setViewportSize({ width: w, height: h });
    await page.locator('[data-testid="tutorial-step"]').scrollIntoViewIfNeeded();
    await shot(page, `tutorial-${name}-${w}x${h}`);
    await expectAccessible(page, `tutorial ${name} at ${w}×${h}`);
    await expectFitsDevice(page, `tutorial ${name} at ${w}×${h}`, '[data-testid="tutorial-next"]');
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** Press the card's Next by keyboard (focus, Enter). */
async function next(page: Page): Promise<void> {
  await page.locator('[data-testid="tutorial-next"]').focus();
  await page.keyboard.press('Enter');
}

describe('the practice tutorial', () => {
  afterAll(closeBrowser);

  it('as the North: the guide points at each control in turn, by keyboard, and ends on the score against the brief', async () => {
    const { page, errors } = await openGame();
    await page.click('[data-round="practice"]');
    await page.click('[data-testid="start"]');
    await page.waitForSelector('[data-testid="tutorial-step"][data-at="brief"]');
    const seen = [await expectAnchored(page)];
    // No islands on a practice brief.
    expect(await page.textContent('[data-screen="briefing"]')).not.toContain('Habomai');
    await lookAtSizes(page, 'brief');
    await next(page);
    expect(await page.locator('[data-testid="tutorial-step"]').count()).toBe(0);
    await page.click('[data-testid="begin"]');
    let first = true;
    await playHistory(page, s, 'japan', 'keyboard', async () => {
      for (let k = 0; k < 8 && (await page.locator('[data-testid="tutorial-step"]').count()) > 0; k++) {
        seen.push(await expectAnchored(page));
        if (first) {
          first = false;
          // No map on a practice table.
          expect(await page.locator('[data-window="map"]').count()).toBe(0);
          await lookAtSizes(page, 'table');
        }
        await next(page);
      }
      // Focus back on the moves for the keyboard player.
      await page.locator('[data-testid="choices"] button.choice').first().focus();
    });
    expect((await probe(page)).screen).toBe('outcome');
    await page.waitForSelector('[data-testid="tutorial-step"][data-at="score"]');
    seen.push(await page.getAttribute('[data-testid="tutorial-step"]', 'data-at') ?? '');
    expect(await page.locator('[data-testid="record-comparison"]').count()).toBe(0);
    expect(await page.locator('[data-window^="outcome-"]').count()).toBe(0);
    expect(await page.textContent('[data-testid="headline"]')).not.toContain('history');
    const lines = await page.locator('[data-testid="tutorial-score"] li').allTextContents();
    expect(lines[0]).toBe('Signed: The Kelp Bank Charter (practice).');
    expect(lines.slice(1)).toEqual(s.sides.japan.brief.redLines.map((r) => `Kept: ${typeof r.text === 'string' ? r.text : r.text.en}`));
    for (const [w, h] of SIZES) {
      await page.setViewportSize({ width: w, height: h });
      await page.locator('[data-testid="tutorial-step"]').scrollIntoViewIfNeeded();
      await shot(page, `tutorial-score-${w}x${h}`);
      await expectAccessible(page, `tutorial score at ${w}×${h}`);
    }
    await next(page);
    expect(await page.locator('[data-testid="tutorial-step"]').count()).toBe(0);
    // Every control of the guide came up once, the brief first and the score last.
    expect(seen[0]).toBe('brief');
    expect(seen.at(-1)).toBe('score');
    expect(new Set(seen).size).toBe(seen.length);
    for (const at of ['position', 'propose', 'concede', 'consult', 'sign']) expect(seen).toContain(at);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('skipping the guide takes it away for the rest of the round', async () => {
    const { page, errors } = await openGame();
    await page.click('[data-round="practice"]');
    await page.click('[data-testid="start"]');
    await page.click('[data-testid="begin"]');
    await page.waitForSelector('[data-testid="tutorial-step"]');
    await page.locator('[data-testid="tutorial-skip"]').focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-testid="tutorial-step"]').count()).toBe(0);
    expect(await page.evaluate(() => !!document.activeElement?.closest('.move-group'))).toBe(true);
    const before = (await probe(page)).logLength ?? 0;
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => (window.__game?.logLength ?? 0) > n && !window.__game?.busy, before);
    expect(await page.locator('[data-testid="tutorial-step"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
