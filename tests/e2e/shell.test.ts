// The shell around the rounds: a broken scenario gives a readable error
// screen (file, line, what is wrong), a reload mid-round returns to the menu,
// the credits list the sources, and the WebGL renderer draws too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../src/node/files';
import { closeBrowser, expectAccessible, openGame, probe, shot } from './helpers';

describe('shell', () => {
  afterAll(closeBrowser);

  it('shows a broken round file as an error screen with file, line and message', async () => {
    const { page } = await openGame();
    const real = readFileSync(join(SCENARIOS, '1956.yaml'), 'utf8');
    const broken = real.replace(/^version: 1$/m, 'version: two');
    const line = broken.split('\n').findIndex((l) => l === 'version: two') + 1;
    await page.route('**/scenarios/1956.yaml', (route) => route.fulfill({ status: 200, contentType: 'text/yaml', body: broken }));
    await page.click('[data-round="1956"]');
    await page.click('[data-testid="start"]');
    await page.waitForSelector('[data-screen="error"]');
    const errors = await page.$$eval('[data-testid="errors"] li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(errors).toEqual([`scenarios/1956.yaml:${line}:1: version: expected a number, got the text "two"`]);
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
    expect((await probe(page)).screen).toBe('menu');
    expect(await page.isVisible('[data-screen="menu"]')).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lists the sources on the credits screen', async () => {
    const { page } = await openGame();
    await page.click('text=Credits and sources');
    await page.waitForSelector('[data-screen="credits"]');
    const text = await page.textContent('[data-screen="credits"]');
    expect(text).toContain('Basic Contents of the Meeting of the Working Group on Peace Treaty Issues, Tokyo');
    expect(text).toContain('Natural Earth');
    await shot(page, 'credits');
    await expectAccessible(page, 'credits');
    await page.context().close();
  });

  it('draws with WebGL as well (smoke)', async () => {
    const { page, errors } = await openGame('renderer=webgl&fast=1');
    await page.waitForFunction(() => (window.__frames?.() ?? 0) > 2);
    const renderer = await page.evaluate(() => (document.querySelector('#canvas-host canvas') as HTMLCanvasElement | null)?.getContext('2d') === null);
    expect(renderer).toBe(true);
    await shot(page, 'menu-webgl');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
