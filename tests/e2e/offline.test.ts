// Installable and offline: after one visit the service worker has cached the
// game, the rounds, the sources and the map; with the network off, a reload
// brings the game back and a round plays to its outcome. The manifest names
// the game and its icons (drawn from the map).
import { afterAll, describe, expect, it } from 'vitest';
import { loadRound } from '../../src/node/files';
import { closeBrowser, openGame, playHistory, probe } from './helpers';

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
    // The outcome's maps are drawn from the cached map.
    expect(await page.$$eval('[data-window="outcome-yours"] .map-label', (els) => els.length)).toBeGreaterThan(3);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
