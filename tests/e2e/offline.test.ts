// Installable and offline: after one visit the service worker has cached the
// game, the rounds, the sources and the map; with the network off, a reload
// brings the game back and a round plays to its outcome. The manifest names
// the game and its icons (drawn from the map). When a new version is
// deployed, the page offers to update, and Update reloads into it.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRound, ROOT } from '../../src/node/files';
import { serveStatic } from '../../src/server/staticFiles';
import { browser, closeBrowser, expectAccessible, openGame, playHistory, probe, shot } from './helpers';

/**
 * Two deployments of the build the suite made (dist/): the first as built,
 * the second with a changed index.html (a build marker) and, as a new build
 * would have, that file's new precache revision in the service worker.
 */
function twoDeployments(): { first: string; second: string } {
  const dir = join(ROOT, '.tmp', 'update-test');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const first = join(dir, 'first');
  const second = join(dir, 'second');
  cpSync(join(ROOT, 'dist'), first, { recursive: true });
  cpSync(join(ROOT, 'dist'), second, { recursive: true });
  const html = readFileSync(join(second, 'index.html'), 'utf8');
  writeFileSync(join(second, 'index.html'), html.replace('<head>', '<head>\n    <meta name="kuril-build" content="second" />'));
  const sw = readFileSync(join(second, 'sw.js'), 'utf8');
  const changed = sw.replace(/("url": "index\.html",\s*"revision": ")[0-9a-f]+"/, '$1000000000000000000000000000000002"');
  if (changed === sw) throw new Error('dist/sw.js does not list index.html with a revision: the update test cannot make a second deployment');
  writeFileSync(join(second, 'sw.js'), changed);
  return { first, second };
}

describe('installable and offline', () => {
  afterAll(closeBrowser);

  it('loads once, goes offline, reloads and plays the practice round to the outcome', async () => {
    const { page, errors } = await openGame(undefined, { width: 820, height: 1180 }, undefined, undefined, 'allow');
    await page.waitForFunction(() => document.body.dataset.offline === 'ready', null, { timeout: 60_000 });
    const manifest = (await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
      return link ? ((await (await fetch(link.href)).json()) as { name: string; display: string; icons: { src: string; sizes: string; purpose?: string }[] }) : null;
    })) ?? { name: '', display: '', icons: [] };
    expect(manifest.name).toContain('Kuril');
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
    const cached = await page.evaluate(async () => (await Promise.all((await caches.keys()).map(async (k) => (await (await caches.open(k)).keys()).map((r) => new URL(r.url).pathname)))).flat());
    for (const file of ['/index.html', '/rounds/index.json', '/rounds/1956.json', '/rounds/practice.json', '/map/islands.json', '/docs/teacher-guide.md']) expect(cached, file).toContain(file);
    expect(cached.some((f) => /\/js\/phaser-.*\.js$/.test(f))).toBe(true);

    await page.context().setOffline(true);
    await page.reload();
    await page.waitForFunction(() => typeof window.__ready === 'number' && document.body.classList.contains('stage-ready'), null, { timeout: 30_000 });
    expect((await probe(page)).screen).toBe('menu');
    await page.click('[data-round="practice"]');
    await page.click('[data-testid="start"]');
    await page.click('[data-testid="begin"]');
    await playHistory(page, loadRound('practice'), 'japan', 'mouse');
    expect((await probe(page)).screen).toBe('outcome');
    // The practice round draws no map: its outcome sets out the charter (the map itself is cached, above, for the real rounds).
    await page.waitForSelector('[data-testid="tutorial-document"]');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a new deployment brings up the update prompt, and Update reloads into the new version', async () => {
    const { first, second } = twoDeployments();
    let root = first;
    const server = createServer((req, res) => serveStatic(root, req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/?renderer=canvas&fast=1`;
    const context = await (await browser()).newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'allow' });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(url);
      await page.waitForFunction(() => document.body.dataset.offline === 'ready', null, { timeout: 60_000 });
      expect(await page.$('[data-testid="update-prompt"]')).toBeNull();
      // The second version is deployed; the next visit finds it.
      root = second;
      await page.reload();
      await page.waitForSelector('[data-testid="update-prompt"]', { timeout: 60_000 });
      expect(await page.$('meta[name="kuril-build"]')).toBeNull();
      await shot(page, 'update-prompt-phone');
      await expectAccessible(page, 'menu with the update prompt');
      await Promise.all([page.waitForEvent('framenavigated', { timeout: 30_000 }), page.click('[data-testid="update-reload"]')]);
      await page.waitForFunction(() => document.querySelector('meta[name="kuril-build"]')?.getAttribute('content') === 'second', null, { timeout: 30_000 });
      await page.waitForFunction(() => window.__game?.screen === 'menu');
      expect(await page.$('[data-testid="update-prompt"]')).toBeNull();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
