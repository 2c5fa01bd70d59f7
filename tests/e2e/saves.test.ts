// Saves and share links in a real browser: the autosave after every move and
// Resume after a reload; a corrupted autosave (a message, the previous save
// kept resumable, the bad one set aside); a share link opened in a fresh
// browser context replays the same round; a save file exported from the
// outcome and opened from the menu; axe on the menu with the resume panel.
// Named slots: the campaign and the last single round are kept apart (a
// campaign saved by the previous version under the one key moves to its
// slot), a finished round offers its outcome rather than Resume, sides are
// named as in the round's year, and starting a round over a saved one asks
// first in a real dialog that names what would be lost.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/engine/log/canonical';
import type { SideId } from '../../src/engine/model/types';
import { historicalAction } from '../../src/engine/sim/policies';
import { loadRound } from '../../src/node/files';
import { playedSave } from '../app/saveFixtures';
import { browser, closeBrowser, expectAccessible, openGame, probe, shot, waitForTurn } from './helpers';

const s = loadRound('1956');

/** Play `side`'s historical moves from..to (exclusive) by mouse, waiting for the computer's answer after each. */
async function playMoves(page: Page, side: SideId, from: number, to = s.history[side].length): Promise<void> {
  for (let i = from; i < to; i++) {
    await waitForTurn(page);
    if ((await probe(page)).screen === 'outcome') throw new Error(`the round ended before historical move ${i + 1}`);
    const entry = s.history[side][i];
    if (!entry) throw new Error(`no historical move ${i + 1}`);
    const key = canonicalJson(historicalAction(side, entry));
    const buttons = page.locator('[data-testid="choices"] button.choice');
    const keys = await buttons.evaluateAll((els) => els.map((e) => e.getAttribute('data-action')));
    const index = keys.indexOf(key);
    expect(index, `historical move ${i + 1} (${key})`).toBeGreaterThanOrEqual(0);
    const before = (await probe(page)).logLength;
    await buttons.nth(index).click();
    await page.waitForFunction((n) => (window.__game?.logLength ?? 0) > (n ?? 0) || window.__game?.screen === 'outcome', before);
  }
  await waitForTurn(page);
}

async function startJapan(page: Page): Promise<void> {
  await page.click('[data-round="1956"]');
  await page.click('[data-testid="start"]');
  await page.click('[data-testid="begin"]');
}

/** How many moves the autosave holds on its current branch. */
const savedMoves = (text: string | null): number => {
  const save = JSON.parse(text ?? 'null') as { current: string; branches: { id: string; rounds: unknown[][] }[] } | null;
  return save?.branches.find((b) => b.id === save.current)?.rounds.reduce((n, r) => n + r.length, 0) ?? 0;
};

const rowsOf = (page: Page) => page.$$eval('[data-testid="record-comparison"] tbody tr', (trs) => trs.map((tr) => [tr.getAttribute('data-issue'), tr.getAttribute('data-comparison')]));

async function reloadToMenu(page: Page): Promise<void> {
  await page.reload();
  await page.waitForFunction(() => typeof window.__ready === 'number' && window.__game?.screen === 'menu');
}

describe('saves and share links in Chromium', () => {
  afterAll(closeBrowser);

  it('autosaves every move; after a reload the menu offers Resume, and the round goes on to the record', async () => {
    const { page, errors } = await openGame();
    await startJapan(page);
    await playMoves(page, 'japan', 0, 4);
    const before = await probe(page);
    expect(before.screen).toBe('table');
    const saved = savedMoves(await page.evaluate(() => localStorage.getItem('kuril.autosave')));
    expect(saved).toBeGreaterThanOrEqual(8);
    expect(await page.evaluate(() => localStorage.getItem('kuril.autosave.previous'))).not.toBeNull();
    await reloadToMenu(page);
    await page.waitForSelector('[data-testid="resume-panel"]');
    expect(await page.textContent('[data-testid="resume-panel"]')).toContain(`${saved} moves saved`);
    expect(await page.textContent('[data-testid="resume-panel"]')).toContain('you play Japan');
    await shot(page, 'menu-resume');
    await expectAccessible(page, 'menu with the resume panel');
    await page.click('[data-testid="resume"]');
    await waitForTurn(page);
    const after = await probe(page);
    expect(after.screen).toBe('table');
    expect(after.logLength).toBe(before.logLength);
    expect(await page.$$eval('[data-testid="dialogue"] li', (lis) => lis.length)).toBeGreaterThan(0);
    await playMoves(page, 'japan', 4);
    await page.waitForSelector('[data-testid="record-comparison"]');
    for (const r of await rowsOf(page)) expect(r[1], `clause ${r[0]}`).toBe('same');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a corrupted autosave says so, is set aside, and the previous save stays resumable', async () => {
    const { page, errors } = await openGame();
    await startJapan(page);
    await playMoves(page, 'japan', 0, 2);
    const previous = await page.evaluate(() => localStorage.getItem('kuril.autosave'));
    await playMoves(page, 'japan', 2, 3);
    const goodText = (await page.evaluate(() => localStorage.getItem('kuril.autosave'))) ?? 'null';
    expect(await page.evaluate(() => localStorage.getItem('kuril.autosave.previous'))).not.toBe(previous);
    // Garbage in place of the last save.
    await page.evaluate(() => localStorage.setItem('kuril.autosave', '{"format": "kuril-negotiation-save", "version": 1, "round": 19'));
    await reloadToMenu(page);
    await page.waitForSelector('[data-testid="save-notice"]');
    expect(await page.textContent('[data-testid="save-notice"]')).toContain('your last autosave: not readable as JSON');
    expect(await page.evaluate(() => localStorage.getItem('kuril.autosave.damaged'))).toContain('"round": 19');
    const panel = await page.textContent('[data-testid="resume-panel"]');
    const prevMoves = savedMoves(await page.evaluate(() => localStorage.getItem('kuril.autosave.previous')));
    expect(panel).toContain(`${prevMoves} moves saved`);
    expect(prevMoves).toBeLessThan(savedMoves(goodText));
    await shot(page, 'menu-damaged-autosave');
    await page.locator('[data-testid="open-save"]').scrollIntoViewIfNeeded();
    await shot(page, 'menu-open-save');
    await expectAccessible(page, 'menu with a damaged-autosave message');
    await page.click('[data-testid="resume"]');
    await waitForTurn(page);
    expect((await probe(page)).screen).toBe('table');
    // A save whose move no longer exists names the move.
    await page.evaluate((text) => {
      const save = JSON.parse(text) as { branches: { rounds: { type: string; move?: string }[][] }[] };
      const first = save.branches[0]?.rounds[0]?.find((a) => a.type === 'move');
      if (first) first.move = 'jp-x';
      localStorage.setItem('kuril.autosave', JSON.stringify(save));
      localStorage.removeItem('kuril.autosave.previous');
    }, goodText);
    await reloadToMenu(page);
    await page.click('[data-testid="resume"]');
    await page.waitForSelector('[data-testid="save-notice"]');
    expect(await page.textContent('[data-testid="save-notice"]')).toMatch(/autosave: round 1956, move \d+ \("jp-x"\) no longer exists in round 1956/);
    expect(await page.evaluate(() => localStorage.getItem('kuril.autosave.damaged'))).toContain('jp-x');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a share link replays the round in a fresh browser context', async () => {
    const { page, errors } = await openGame();
    await startJapan(page);
    await playMoves(page, 'japan', 0);
    await page.waitForSelector('[data-testid="record-comparison"]');
    const shared = { rows: await rowsOf(page), logLength: (await probe(page)).logLength ?? 0 };
    expect(shared.logLength).toBeGreaterThan(10);
    await page.click('[data-testid="share-link"]');
    const shareLink = await page.inputValue('[data-testid="share-url"]');
    expect(shareLink).toMatch(/#replay=[A-Za-z0-9_-]+$/);
    await shot(page, 'outcome-share-link');
    await expectAccessible(page, 'outcome with the share link');
    expect(errors).toEqual([]);
    await page.context().close();

    const context = await (await browser()).newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
    const fresh = await context.newPage();
    const freshErrors: string[] = [];
    fresh.on('pageerror', (e) => freshErrors.push(String(e)));
    await fresh.goto(shareLink);
    await fresh.waitForFunction(() => window.__game?.screen === 'outcome', null, { timeout: 30_000 });
    expect(await rowsOf(fresh)).toEqual(shared.rows);
    expect((await probe(fresh)).logLength).toBe(shared.logLength);
    // A damaged code gives a message on the menu.
    await fresh.goto(`${shareLink.slice(0, shareLink.indexOf('#'))}#replay=eyJmb3JtYXQiOiJub3BlIn0`);
    await fresh.reload();
    await fresh.waitForSelector('[data-testid="save-notice"]');
    expect(await fresh.textContent('[data-testid="save-notice"]')).toContain('This link does not hold a round of this game');
    // The good link pasted into the address of the open game: only the hash changes, and the round opens.
    await fresh.evaluate((hash) => {
      location.hash = hash;
    }, shareLink.slice(shareLink.indexOf('#')));
    await fresh.waitForFunction(() => window.__game?.screen === 'outcome', null, { timeout: 30_000 });
    expect(await rowsOf(fresh)).toEqual(shared.rows);
    expect(freshErrors).toEqual([]);
    await context.close();
  });

  it('a save file exported from the outcome opens from the menu in another browser', async () => {
    const { page, errors } = await openGame();
    await startJapan(page);
    await playMoves(page, 'japan', 0);
    await page.waitForSelector('[data-testid="record-comparison"]');
    const rows = await rowsOf(page);
    const logLength = (await probe(page)).logLength;
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-save"]')]);
    expect(download.suggestedFilename()).toBe('kuril-1956-save.json');
    const chunks: Buffer[] = [];
    for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'kuril-negotiation-save', version: 2, kind: 'round', order: ['1956'] });
    await page.context().close();

    const other = await openGame();
    await other.page.setInputFiles('[data-testid="save-file"]', { name: 'kuril-1956-save.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await other.page.waitForFunction(() => window.__game?.screen === 'outcome', null, { timeout: 30_000 });
    expect(await rowsOf(other.page)).toEqual(rows);
    expect((await probe(other.page)).logLength).toBe(logLength);
    // Not a save: a clear message on the menu.
    await other.page.click('text=Menu');
    await other.page.setInputFiles('[data-testid="save-file"]', { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
    await other.page.waitForSelector('[data-testid="save-notice"]');
    expect(await other.page.textContent('[data-testid="save-notice"]')).toContain('notes.json: not a save of this game');
    expect(errors).toEqual([]);
    expect(other.errors).toEqual([]);
    await other.page.context().close();
  });

  it('named slots: the campaign apart from the single round, a finished round offers its outcome, sides by year, and a dialog before a save is replaced', async () => {
    const { page, errors } = await openGame();
    const campaign = JSON.stringify(playedSave('campaign', '1956', 'japan', 2));
    const round2000 = JSON.stringify(playedSave('round', '2000', 'russia', 2));
    // The previous version kept one autosave: a campaign there moves to its own slot.
    await page.evaluate((text) => localStorage.setItem('kuril.autosave', text), campaign);
    await reloadToMenu(page);
    expect(await page.evaluate(() => [localStorage.getItem('kuril.campaign') !== null, localStorage.getItem('kuril.autosave')])).toEqual([true, null]);
    expect(await page.textContent('[data-testid="campaign-panel"] h2')).toBe('Resume your campaign');
    expect(await page.locator('[data-testid="resume-panel"]').count()).toBe(0);
    // A 2000 round as Russia beside it: named as in 2000, and unfinished, so Resume.
    await page.evaluate((text) => localStorage.setItem('kuril.autosave', text), round2000);
    await reloadToMenu(page);
    const panel = (await page.textContent('[data-testid="resume-panel"]')) ?? '';
    expect(panel).toContain('you play Russia ·');
    expect(panel).not.toContain('Soviet');
    expect(await page.textContent('[data-testid="resume"]')).toBe('Resume');
    await page.click('[data-round="2000"]');
    expect(await page.textContent('label.side-russia .lbl')).toBe('Russia');
    await page.click('[data-round="1956"]');
    expect(await page.textContent('label.side-russia .lbl')).toBe('The Soviet Union');
    await shot(page, 'menu-two-slots');
    await expectAccessible(page, 'menu with the campaign and the round saved');
    // Starting 1956 alone would replace the 2000 round: a dialog names it; Escape keeps it.
    await page.click('[data-testid="start"]');
    await page.waitForSelector('dialog[data-testid="confirm-lose"][open]');
    const question = (await page.textContent('[data-testid="confirm-lose"]')) ?? '';
    expect(question).toContain('Tokyo, 2000: Putin and Mori — you play Russia, 2 moves, not finished');
    expect(question).toContain('Your saved campaign is not touched');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('confirm-lose-no');
    await shot(page, 'menu-confirm-replace');
    await expectAccessible(page, 'the dialog before a saved round is replaced');
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[data-testid="confirm-lose"]', { state: 'detached' });
    expect((await probe(page)).screen).toBe('menu');
    expect(await page.evaluate(() => localStorage.getItem('kuril.autosave'))).toBe(round2000);
    await page.click('[data-testid="start"]');
    await page.click('[data-testid="confirm-lose-yes"]');
    await page.click('[data-testid="begin"]');
    await waitForTurn(page);
    expect(savedMoves(await page.evaluate(() => localStorage.getItem('kuril.autosave')))).toBeGreaterThan(0);
    expect(await page.evaluate(() => localStorage.getItem('kuril.campaign'))).toBe(campaign);
    // A round that has ended: no Resume, its outcome again.
    await page.evaluate((text) => localStorage.setItem('kuril.autosave', text), JSON.stringify(playedSave('round', '1956', 'japan', 40, true)));
    await reloadToMenu(page);
    expect(await page.getAttribute('[data-testid="resume-panel"]', 'data-ended')).toBe('true');
    expect(await page.textContent('[data-testid="resume-panel"] h2')).toBe('Your last round (finished)');
    expect(await page.textContent('[data-testid="resume"]')).toBe('See the outcome again');
    await page.click('[data-testid="resume"]');
    await page.waitForFunction(() => window.__game?.screen === 'outcome');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
