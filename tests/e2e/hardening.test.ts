// Hardening in Chromium: storage full, refusing and damaged each give one
// clear notice and lose nothing saved before (items 1 and 4); a link whose
// play lists a round a thousand times is refused at once (item 2); a share
// link asks before it replaces the student's own round, which is kept aside
// (item 3); a damaged map or round file never leaves the page waiting
// (items 6 and 5); the built game runs under its Content Security Policy
// with no violation (item 10); a blank branch name is not left in the box
// (item 11). The screens are looked at at 1280×720 and 390×844, with axe.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { newPlay, appendAction } from '../../src/engine/campaign/play';
import { encodeShare, makeSave } from '../../src/engine/log/save';
import { historical } from '../../src/engine/sim/policies';
import { runNegotiation } from '../../src/engine/sim/run';
import type { RoundErrors } from '../../src/engine/scenario/bundle';
import { loadScenario } from '../../src/engine/scenario/load';
import { loadRound, SCENARIOS, sharedData, sourceLibrary } from '../../src/node/files';
import { browser, closeBrowser, expectAccessible, expectNothingCutOff, playHistory, probe, shot, waitForTurn } from './helpers';

const s = loadRound('1956');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 720 };
const QUERY = 'renderer=canvas&fast=1&seed=7';

interface Opened {
  readonly page: Page;
  readonly errors: string[];
}

/** A fresh context and page; `init` runs before the game's scripts on every load (to break storage, or to watch for CSP violations). */
async function open(init?: () => void, viewport = DESKTOP, hash = ''): Promise<Opened> {
  const context = await (await browser()).newContext({ viewport, serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  if (init) await page.addInitScript(init);
  await page.goto(`${inject('baseUrl')}?${QUERY}${hash}`);
  return { page, errors };
}

const atMenu = (page: Page) => page.waitForFunction(() => typeof window.__ready === 'number' && window.__game?.screen === 'menu', null, { timeout: 30_000 });
const reload = async (page: Page) => {
  await page.reload();
  await atMenu(page);
};

/** Fill this origin's storage until it refuses another byte. */
const fillStorage = (page: Page) =>
  page.evaluate(() => {
    let chunk = 'x'.repeat(1 << 20);
    for (let i = 0; chunk.length > 0; ) {
      try {
        localStorage.setItem(`filler-${i}`, chunk);
        i++;
      } catch {
        chunk = chunk.slice(0, chunk.length >> 1);
      }
    }
  });

const item = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);

async function startJapan(page: Page, round = '1956'): Promise<void> {
  await page.click(`[data-round="${round}"]`);
  await page.click('[data-testid="start"]');
  await page.click('[data-testid="begin"]');
}

/** Play one historical move of Japan's (the next one) and wait for the answer. */
async function oneMove(page: Page, n: number): Promise<void> {
  await waitForTurn(page);
  const entry = s.history.japan[n];
  if (!entry) throw new Error(`no historical move ${n + 1}`);
  const before = (await probe(page)).logLength;
  const choices = page.locator('[data-testid="choices"] button.choice');
  const keys = await choices.evaluateAll((els) => els.map((e) => e.getAttribute('data-action')));
  const { canonicalJson } = await import('../../src/engine/log/canonical');
  const { historicalAction } = await import('../../src/engine/sim/policies');
  const index = keys.indexOf(canonicalJson(historicalAction('japan', entry)));
  expect(index).toBeGreaterThanOrEqual(0);
  await choices.nth(index).click();
  await page.waitForFunction((x) => (window.__game?.logLength ?? 0) > (x ?? 0) || window.__game?.screen === 'outcome', before);
  await waitForTurn(page);
}

const movesIn = (text: string | null): number => {
  const save = JSON.parse(text ?? 'null') as { current: string; branches: { id: string; rounds: unknown[][] }[] } | null;
  return save?.branches.find((b) => b.id === save.current)?.rounds.reduce((n, r) => n + r.length, 0) ?? 0;
};

/** Look at a screen at both sizes: screenshots, axe, nothing cut off. */
async function lookAt(page: Page, name: string, cutOff = true): Promise<void> {
  for (const [label, size] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
    await page.setViewportSize(size);
    await page.waitForTimeout(50);
    await shot(page, `${name}-${label}`);
    await expectAccessible(page, `${name} at ${label} size`);
    if (cutOff) await expectNothingCutOff(page, `${name} at ${label} size`);
  }
  await page.setViewportSize(DESKTOP);
}

/** A share link of a finished practice round (a different play from any 1956 round). */
function practiceLink(): string {
  const practice = loadRound('practice');
  const run = runNegotiation(practice, { seed: 11, side: 'japan', policy: historical(0) });
  let play = newPlay('round', ['practice'], { japan: 'human', russia: 'computer' }, 11, { practice: practice.version });
  for (const a of run.actions) play = appendAction(play, a);
  return `#replay=${encodeShare(makeSave(play))}`;
}

describe('hardening in Chromium', () => {
  afterAll(closeBrowser);

  it('item 1: storage full and an unreadable autosave: the menu comes up with one notice, and the damaged save is not lost', async () => {
    for (const damaged of ['{"format":"kuril-negotiation-save",xxx', '{"format":"kuril-negotiation-save","version":3}']) {
      const { page, errors } = await open();
      await atMenu(page);
      await page.evaluate((text) => localStorage.setItem('kuril.autosave', text), damaged);
      await fillStorage(page);
      await reload(page);
      const notice = await page.textContent('[data-testid="save-notice"]');
      expect(notice).toContain('your last autosave');
      expect(notice).toContain('Browser storage is full, so it could not be moved aside');
      expect(await page.locator('[data-testid="save-notice"]').count()).toBe(1);
      expect(await item(page, 'kuril.autosave')).toBe(damaged);
      expect(errors).toEqual([]);
      if (damaged.includes('xxx')) await lookAt(page, 'menu-storage-full-damaged');
      await page.context().close();
    }
  });

  it('item 1: with storage full, Resume on a save whose moves no longer replay says so', async () => {
    const { page, errors } = await open();
    await atMenu(page);
    await startJapan(page);
    await oneMove(page, 0);
    await page.evaluate(() => {
      const save = JSON.parse(localStorage.getItem('kuril.autosave') ?? '{}') as { branches: { rounds: { type: string; move?: string }[][] }[] };
      const first = save.branches[0]?.rounds[0]?.find((a) => a.type === 'move');
      if (first) first.move = 'jp-gone';
      localStorage.setItem('kuril.autosave', JSON.stringify(save));
      localStorage.removeItem('kuril.autosave.previous');
    });
    const before = await item(page, 'kuril.autosave');
    await fillStorage(page);
    await reload(page);
    await page.click('[data-testid="resume"]');
    await page.waitForSelector('[data-testid="save-notice"]');
    expect(await page.textContent('[data-testid="save-notice"]')).toMatch(/"jp-gone"\) no longer exists in round 1956.*Browser storage is full, so it could not be moved aside/);
    expect(await item(page, 'kuril.autosave')).toBe(before);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('item 4: storage fills up during a round: one notice that the round is not being saved; after a reload the last save is there', async () => {
    const { page, errors } = await open();
    await atMenu(page);
    await startJapan(page);
    await oneMove(page, 0);
    const saved = await item(page, 'kuril.autosave');
    expect(movesIn(saved)).toBeGreaterThan(0);
    await fillStorage(page);
    await oneMove(page, 1);
    await oneMove(page, 2);
    await page.waitForSelector('[data-testid="app-banner"] [data-subject="storage"]');
    expect(await page.locator('[data-testid="app-banner"] .banner-item').count()).toBe(1);
    expect(await page.textContent('[data-testid="app-banner"]')).toContain('This round is not being saved: the browser’s storage for this site is full');
    expect(await item(page, 'kuril.autosave')).toBe(saved);
    await lookAt(page, 'table-storage-full', false);
    // Space freed: the next move saves again and the notice goes.
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler-')).forEach((k) => localStorage.removeItem(k)));
    await oneMove(page, 3);
    expect(await page.isHidden('[data-testid="app-banner"]')).toBe(true);
    expect(movesIn(await item(page, 'kuril.autosave'))).toBeGreaterThan(movesIn(saved));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('item 4: storage refused: one notice, and the round plays on', async () => {
    const { page, errors } = await open(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The user denied access to storage.', 'SecurityError');
        },
      });
    });
    await atMenu(page);
    await page.waitForSelector('[data-testid="app-banner"] [data-subject="storage"]');
    expect(await page.textContent('[data-testid="app-banner"]')).toContain('This browser does not let the game save');
    await startJapan(page);
    await oneMove(page, 0);
    await oneMove(page, 1);
    expect(await page.locator('[data-testid="app-banner"] .banner-item').count()).toBe(1);
    await lookAt(page, 'table-storage-refused', false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('item 2: a link listing 1956 a thousand times is refused at once, and the autosave is untouched', async () => {
    const { page, errors } = await open();
    await atMenu(page);
    await startJapan(page);
    await oneMove(page, 0);
    const saved = await item(page, 'kuril.autosave');
    const bomb = { format: 'kuril-negotiation-save', version: 2, kind: 'campaign', order: Array.from({ length: 1000 }, () => '1956'), seats: { japan: 'human', russia: 'computer' }, seed: 1, versions: { '1956': 1 }, branches: [{ id: 'main', name: 'Main line', from: null, rounds: [[]] }], current: 'main' };
    const code = Buffer.from(JSON.stringify(bomb)).toString('base64url');
    expect(code.length).toBeLessThan(20_000);
    const t0 = Date.now();
    await page.goto(`${inject('baseUrl')}?${QUERY}#replay=${code}`);
    await page.reload();
    await atMenu(page);
    await page.waitForSelector('[data-testid="save-notice"]');
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(await page.textContent('[data-testid="save-notice"]')).toContain('This share link is damaged: the moves it holds do not fit together');
    expect(await item(page, 'kuril.autosave')).toBe(saved);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('item 3: a share link asks before replacing the student’s round, which is kept aside and can be made the saved round again', async () => {
    const link = practiceLink();
    const { page, errors } = await open();
    await atMenu(page);
    await startJapan(page);
    await oneMove(page, 0);
    await oneMove(page, 1);
    const own = await item(page, 'kuril.autosave');
    const ownMoves = movesIn(own);
    // Opened, then declined: nothing changes.
    await page.goto(`${inject('baseUrl')}?${QUERY}${link}`);
    await page.reload();
    await page.waitForFunction(() => window.__game?.screen === 'confirm', null, { timeout: 30_000 });
    expect(await page.textContent('[data-screen="confirm"]')).toContain(`Moscow, 1956: the Joint Declaration (you play Japan, ${ownMoves} moves)`);
    await lookAt(page, 'confirm-shared-round');
    await page.click('[data-testid="confirm-back"]');
    await atMenu(page);
    expect(await item(page, 'kuril.autosave')).toBe(own);
    expect(await page.textContent('[data-testid="resume-panel"]')).toContain(`${ownMoves} moves saved`);
    // Opened and accepted: the shared round is played, the student's is kept aside.
    await page.goto(`${inject('baseUrl')}?${QUERY}${link}`);
    await page.reload();
    await page.waitForFunction(() => window.__game?.screen === 'confirm', null, { timeout: 30_000 });
    await page.click('[data-testid="confirm-open"]');
    await page.waitForFunction(() => window.__game?.screen === 'outcome' && window.__game.round === 'practice', null, { timeout: 30_000 });
    expect(await item(page, 'kuril.autosave.kept')).toBe(own);
    await page.goto(`${inject('baseUrl')}?${QUERY}`);
    await atMenu(page);
    expect(await page.textContent('[data-testid="kept-panel"]')).toContain(`${ownMoves} moves saved`);
    await lookAt(page, 'menu-kept-round');
    await page.click('[data-testid="resume-kept"]');
    await atMenu(page);
    expect(await item(page, 'kuril.autosave')).toBe(own);
    expect(await item(page, 'kuril.autosave.kept')).toBeNull();
    expect(await page.locator('[data-testid="kept-panel"]').count()).toBe(0);
    await page.click('[data-testid="resume"]');
    await waitForTurn(page);
    expect(await probe(page)).toMatchObject({ screen: 'table', round: '1956' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('item 6 (and 5): a truncated map still brings up the menu with a notice; an alias bomb in a round file shows the error screen', async () => {
    const context = await (await browser()).newContext({ viewport: DESKTOP, serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.route('**/map/islands.json', async (route) => {
      const res = await route.fetch();
      const text = await res.text();
      await route.fulfill({ response: res, body: text.slice(0, Math.floor(text.length / 2)) });
    });
    // The built game reads compiled rounds; an alias bomb reaches a browser from the dev server, compiled to its errors.
    const bombed = `${readFileSync(join(SCENARIOS, '1960.yaml'), 'utf8')}\nanchors: &a [1, 2, 3]\nbomb: [${Array.from({ length: 200 }, () => '*a').join(', ')}]\n`;
    const loaded = loadScenario('scenarios/1960.yaml', bombed, { sources: sourceLibrary(), shared: sharedData() });
    if (loaded.ok) throw new Error('the alias bomb loaded');
    const served: RoundErrors = { kind: 'kuril-round-errors', file: 'scenarios/1960.yaml', errors: loaded.error, source: bombed };
    await page.route('**/rounds/1960.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(served) }));
    await page.goto(`${inject('baseUrl')}?${QUERY}`);
    await atMenu(page);
    expect(await page.textContent('[data-testid="save-notice"]')).toContain('The map (map/islands.json) is damaged, so the game runs without the drawn islands; every round still works');
    await lookAt(page, 'menu-map-damaged');
    await startJapan(page, 'practice');
    await waitForTurn(page);
    expect((await probe(page)).screen).toBe('table');
    await page.goto(`${inject('baseUrl')}?${QUERY}`);
    await atMenu(page);
    await page.click('[data-round="1960"]');
    await page.click('[data-testid="start"]');
    await page.waitForFunction(() => window.__game?.screen === 'error', null, { timeout: 30_000 });
    expect(await page.textContent('[data-screen="error"]')).toContain('too many aliases');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('item 10: the built game sends and carries its Content Security Policy and plays with no violation', async () => {
    const context = await (await browser()).newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    const messages: string[] = [];
    page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => messages.push(`pageerror: ${String(e)}`));
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
    });
    const response = await page.goto(`${inject('baseUrl')}?${QUERY}`);
    const headers = response?.headers() ?? {};
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    const meta = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(meta).toContain("style-src 'self';");
    expect(meta).toContain("object-src 'none'");
    expect(meta).not.toContain('unsafe');
    await page.waitForFunction(() => typeof window.__ready === 'number' && document.body.classList.contains('stage-ready'), null, { timeout: 30_000 });
    await startJapan(page);
    await playHistory(page, s, 'japan', 'mouse');
    await page.click('[data-testid="debrief"]');
    await page.waitForSelector('[data-testid="meter-chart"]');
    await page.click('text=Menu');
    await page.click('[data-testid="class-results"]');
    const practice = loadRound('practice');
    const { makeDebrief } = await import('../../src/engine/debrief/debrief');
    const run = runNegotiation(practice, { seed: 3, side: 'japan', policy: historical(0) });
    const text = JSON.stringify(makeDebrief(practice, run.state, run.actions, 'Pair 1'));
    await page.setInputFiles('[data-testid="class-files"]', [1, 2].map((n) => ({ name: `pair-${n}.json`, mimeType: 'application/json', buffer: Buffer.from(text) })));
    await page.waitForSelector('[data-testid="duplicates"]');
    expect(await page.textContent('[data-testid="class-summary"]')).toBe('2 files read: 2 debriefs, 0 skipped, 1 counted once as the same game.');
    expect(await page.textContent('[data-testid="duplicates"]')).toBe('pair-2.json — the same game as pair-1.json');
    await lookAt(page, 'class-results-duplicate', false);
    const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    expect(violations, violations.join("\n")).toEqual([]);
    expect(messages.filter((m) => /Content Security Policy|Refused to/i.test(m) || m.startsWith('error') || m.startsWith('pageerror'))).toEqual([]);
    await context.close();
  });

  it('item 11: a branch renamed to blanks keeps its name in the box', async () => {
    const { page, errors } = await open();
    await atMenu(page);
    await startJapan(page);
    await oneMove(page, 0);
    await page.click('[data-testid="open-decisions"]');
    await page.click('[data-testid="open-branches"]');
    const box = page.locator('[data-testid="branch-rename"]').first();
    const name = await box.inputValue();
    await box.fill('   ');
    await box.press('Enter');
    await box.blur();
    expect(await box.inputValue()).toBe(name);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
