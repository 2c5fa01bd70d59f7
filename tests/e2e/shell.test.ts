// The shell around the rounds: a broken scenario (as the dev server serves
// it while an author edits) gives a readable error screen (file, line, what is wrong), a reload mid-round returns to the menu,
// the credits list the sources, and the WebGL renderer draws too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RoundErrors } from '../../src/engine/scenario/bundle';
import { loadScenario } from '../../src/engine/scenario/load';
import { SCENARIOS, sharedData, sourceLibrary } from '../../src/node/files';
import { closeBrowser, expectAccessible, openGame, probe, shot } from './helpers';

describe('shell', () => {
  afterAll(closeBrowser);

  it('shows a broken round file as an error screen with file, line and message', async () => {
    const real = readFileSync(join(SCENARIOS, '1956.yaml'), 'utf8');
    const broken = real.replace(/^version: 1$/m, 'version: two');
    const line = broken.split('\n').findIndex((l) => l === 'version: two') + 1;
    // What the dev server answers for a round file an author has just broken.
    const loaded = loadScenario('scenarios/1956.yaml', broken, { sources: sourceLibrary(), shared: sharedData() });
    if (loaded.ok) throw new Error('the broken round validated');
    const served: RoundErrors = { kind: 'kuril-round-errors', file: 'scenarios/1956.yaml', errors: loaded.error, source: broken };
    // The menu fetches the chosen round ahead of the click, so the route is in place before the page loads.
    const { page } = await openGame(undefined, undefined, undefined, (p) => p.route('**/rounds/1956.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(served) })));
    await page.click('[data-round="1956"]');
    await page.click('[data-testid="start"]');
    await page.waitForSelector('[data-screen="error"]');
    const errors = await page.$$eval('[data-testid="errors"] li', (lis) =>
      lis.map((li) => ({ where: li.querySelector('.where')?.textContent, what: li.querySelector('.what')?.textContent, marked: li.querySelector('.ln.at')?.textContent, raw: li.querySelector('.raw')?.textContent })),
    );
    expect(errors).toEqual([
      {
        where: `scenarios/1956.yaml, line ${line}, column 1 · at version`,
        what: 'expected a number, got the text "two"',
        marked: expect.stringMatching(new RegExp(`^▶ +${line} │ version: two$`)),
        raw: `scenarios/1956.yaml:${line}:1: version: expected a number, got the text "two"`,
      },
    ]);
    await shot(page, 'error');
    await expectAccessible(page, 'error');
    await page.click('text=Back to the menu');
    await page.waitForSelector('[data-screen="menu"]');
    await page.context().close();
  });

  it('a reload in the middle of a round returns to the menu cleanly', async () => {
    const { page, errors } = await openGame();
    await page.click('[data-round="1956"]');
    await page.click('[data-testid="start"]');
    await page.click('[data-testid="begin"]');
    await page.waitForSelector('[data-testid="choices"] button.choice');
    await page.click('[data-testid="choices"] button.choice >> nth=0');
    await page.reload();
    await page.waitForFunction(() => typeof window.__ready === 'number');
    // The menu comes up once the saved round has been replayed (to offer Resume or the outcome).
    await page.waitForSelector('[data-screen="menu"] [data-testid="saved"]');
    expect((await probe(page)).screen).toBe('menu');
    expect(await page.isVisible('[data-screen="menu"]')).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('types the dialogue out, and Escape shows the line whole', async () => {
    const { page, errors } = await openGame('renderer=canvas&seed=7');
    await page.click('input[name="side"][value="russia"]');
    await page.click('[data-testid="start"]');
    await page.click('[data-testid="begin"]');
    // Japan opens: its line is typed into the bubble over the speaker, with a Skip button.
    await page.waitForSelector('.speech .skip', { timeout: 10_000 });
    await page.keyboard.press('Escape');
    await page.waitForSelector('.speech .skip', { state: 'detached' });
    const last = await page.$$eval('[data-testid="dialogue"] li.said', (lis) => lis.at(-1)?.textContent ?? '');
    expect(last).toContain(await page.textContent('.speech .said'));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('honours reduced motion: lines appear whole, nothing is typed out', async () => {
    const { page, errors } = await openGame('renderer=canvas&seed=7', undefined, 'reduce');
    await page.click('input[name="side"][value="russia"]');
    await page.click('[data-testid="start"]');
    await page.click('[data-testid="begin"]');
    await page.waitForSelector('[data-testid="choices"] button.choice');
    expect(await page.$('.speech .skip')).toBeNull();
    const last = await page.$$eval('[data-testid="dialogue"] li.said', (lis) => lis.at(-1)?.textContent ?? '');
    expect(last.length).toBeGreaterThan(20);
    expect(last).toContain(await page.textContent('.speech .said'));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lists the sources on the credits screen', async () => {
    const { page } = await openGame();
    await page.click('text=Sources and credits');
    await page.waitForSelector('[data-screen="credits"]');
    const text = await page.textContent('[data-screen="credits"]');
    expect(text).toContain('Basic Contents of the Meeting of the Working Group on Peace Treaty Issues, Tokyo');
    expect(text).toContain('Natural Earth');
    await shot(page, 'credits');
    await expectAccessible(page, 'credits');
    await page.context().close();
  });

  it('draws with WebGL as well (smoke): menu chart and the room', async () => {
    const { page, errors } = await openGame('renderer=webgl&fast=1&seed=7');
    await page.waitForFunction(() => (window.__frames?.() ?? 0) > 2);
    const webgl = await page.evaluate(() => (document.querySelector('#canvas-host canvas') as HTMLCanvasElement | null)?.getContext('2d') === null);
    expect(webgl).toBe(true);
    await shot(page, 'menu-webgl');
    await page.click('[data-testid="start"]');
    await page.click('[data-testid="begin"]');
    await page.waitForSelector('[data-testid="choices"] button.choice');
    await page.waitForFunction((n) => (window.__frames?.() ?? 0) > n + 2, await page.evaluate(() => window.__frames?.() ?? 0));
    await shot(page, 'table-webgl');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
