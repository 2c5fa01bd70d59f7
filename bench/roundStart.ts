/**
 * Round start, as a student meets it: on a fresh page at the menu, choose the
 * round's card, click "Read your brief" and time until the brief is on
 * screen; then click "Go to the table" and time until the first move can be
 * chosen. Each time is taken in the page, from the click to the first frame
 * that shows the screen. Median of `times` fresh pages per round, in the
 * renderer asked for (the bench's figures use Canvas; WebGL is measured too).
 */
import type { Browser } from 'playwright-core';

// A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
const CLICK_UNTIL = `(([click, selector]) => new Promise((resolve) => {
  const t0 = performance.now();
  document.querySelector(click).click();
  const tick = () => {
    if (document.querySelector(selector)) requestAnimationFrame(() => resolve(performance.now() - t0));
    else requestAnimationFrame(tick);
  };
  tick();
}))`;

export interface RoundStart {
  readonly brief: number;
  readonly table: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

export async function measureRoundStart(browser: Browser, url: string, rounds: readonly string[], times = 5, renderer: 'canvas' | 'webgl' = 'canvas'): Promise<Record<string, RoundStart>> {
  const out: Record<string, RoundStart> = {};
  for (const round of rounds) {
    const brief: number[] = [];
    const table: number[] = [];
    for (let i = 0; i < times; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const page = await context.newPage();
      await page.goto(`${url}?renderer=${renderer}&fast=1&seed=3`);
      await page.waitForFunction(() => typeof window.__ready === 'number' && document.body.classList.contains('stage-ready'));
      await page.click(`[data-round="${round}"]`);
      brief.push((await page.evaluate(`${CLICK_UNTIL}(${JSON.stringify(['[data-testid="start"]', '[data-screen="briefing"]'])})`)) as number);
      table.push((await page.evaluate(`${CLICK_UNTIL}(${JSON.stringify(['[data-testid="begin"]', '[data-testid="choices"] button.choice'])})`)) as number);
      await context.close();
    }
    out[round] = { brief: Math.round(median(brief)), table: Math.round(median(table)) };
  }
  return out;
}
