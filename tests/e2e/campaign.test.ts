// The campaign and branches in Chromium. A campaign where Japan walks out of
// Moscow in 1956 opens 1960 in another world: the brief says what differs
// and what really happened, the table offers the moves the engine gives for
// that world, and the timeline sets the two histories side by side; a reload
// resumes the campaign. In a single round, a rewind from the decision log
// starts a branch, both lines are compared with history on the Branches
// page, and the main line can be reopened where it stood. A campaign's share
// link opens in a fresh context. Axe runs on every new screen.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { replayBranch } from '../../src/engine/campaign/play';
import { legalActions } from '../../src/engine/game';
import { canonicalJson } from '../../src/engine/log/canonical';
import { encodeShare, makeSave, parseSave, playOf } from '../../src/engine/log/save';
import { runCampaign } from '../../src/engine/sim/campaign';
import { computer } from '../../src/engine/sim/policies';
import { campaignRounds, loadRound } from '../../src/node/files';
import { browser, closeBrowser, confirmIfAsked, expectAccessible, expectNothingCutOff, openGame, probe, shot, waitForTurn } from './helpers';

const ids = campaignRounds();
const bases = new Map(ids.map((id) => [id, loadRound(id)]));

const choiceKeys = (page: Page) => page.locator('[data-testid="choices"] button.choice').evaluateAll((els) => els.map((e) => e.getAttribute('data-action') ?? ''));

/** Click the first choice whose action the picker accepts, then wait for the computer's answer. */
async function choose(page: Page, pick: (keys: string[]) => number): Promise<void> {
  await waitForTurn(page);
  if ((await probe(page)).screen === 'outcome') return;
  const keys = await choiceKeys(page);
  const i = pick(keys);
  expect(i, `a choice among ${keys.join(' | ')}`).toBeGreaterThanOrEqual(0);
  const before = (await probe(page)).logLength;
  await page.locator('[data-testid="choices"] button.choice').nth(i).click();
  await confirmIfAsked(page);
  await page.waitForFunction((n) => (window.__game?.logLength ?? 0) > (n ?? 0) || window.__game?.screen === 'outcome', before);
}

/** Walk out as soon as the phase allows it (consulting the capital until then). */
const walkOutSoon = (keys: string[]) => {
  const w = keys.findIndex((k) => k.includes('"walk-out"'));
  return w >= 0 ? w : keys.findIndex((k) => k.includes('"consult"'));
};

async function playToOutcome(page: Page, pick: (keys: string[]) => number): Promise<void> {
  for (let i = 0; i < 80 && (await probe(page)).screen !== 'outcome'; i++) await choose(page, pick);
  await page.waitForFunction(() => window.__game?.screen === 'outcome', null, { timeout: 30_000 });
}

/** The play saved in a slot: the campaign's (`kuril.campaign`) or the last single round's (`kuril.autosave`). */
const autosave = async (page: Page, key = 'kuril.campaign') => {
  const text = await page.evaluate((k) => localStorage.getItem(k), key);
  const save = parseSave(text ?? '', 'autosave');
  if (!save.ok) throw new Error(save.error);
  return playOf(save.value);
};

describe('campaign and branches in Chromium', () => {
  afterAll(closeBrowser);

  it('a 1956 walk-out opens 1960 in another world: brief, moves and timeline say so, and a reload resumes it', async () => {
    const { page, errors } = await openGame();
    await page.click('input[name="mode"][value="campaign"]');
    expect(await page.textContent('[data-testid="start"]')).toBe('Begin the campaign at 1956 ▸');
    await shot(page, 'campaign-menu');
    await expectAccessible(page, 'menu with the campaign mode');
    await expectNothingCutOff(page, 'menu with the campaign mode');
    await page.click('[data-testid="start"]');
    await page.waitForSelector('[data-testid="begin"]');
    expect(await page.textContent('.briefing .kicker')).toContain(`Campaign, round 1 of ${ids.length}`);
    expect(await page.$('[data-testid="world-notes"]')).toBeNull();
    await page.click('[data-testid="begin"]');
    await playToOutcome(page, walkOutSoon);
    expect(await page.textContent('[data-testid="headline"]')).toContain('walked out');
    await page.waitForSelector('[data-testid="next-round"]');
    expect(await page.textContent('[data-testid="next-round"]')).toContain('Next round of the campaign: Notes, 1960');
    await page.click('[data-testid="next-round"]');
    // "Back" on the next round's brief returns to the outcome the student came from, not the menu.
    await page.waitForSelector('[data-testid="begin"]');
    await page.click('.briefing header button:not([data-testid="begin"])');
    await page.waitForFunction(() => window.__game?.screen === 'outcome');
    expect(await probe(page)).toMatchObject({ round: '1956', play: 'campaign' });
    await page.click('[data-testid="next-round"]');

    // 1960, as it opens after a breakdown in Moscow.
    await page.waitForSelector('[data-testid="begin"]');
    expect(await page.textContent('.briefing .kicker')).toContain(`Campaign, round 2 of ${ids.length}`);
    await page.waitForSelector('[data-testid="world-notes"]');
    const notes = await page.$$eval('[data-testid="world-notes"] .world-note', (els) => els.map((e) => e.textContent ?? ''));
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.join(' ')).toContain('What really happened');
    expect(await page.$$eval('[data-testid="world-notes"] .cite', (els) => els.length)).toBeGreaterThan(0);
    await shot(page, 'campaign-1960-brief');
    await expectAccessible(page, 'campaign brief in another world');
    await page.click('[data-testid="begin"]');
    await waitForTurn(page);

    // The moves on offer are the engine's for this world, not the historical round's.
    const play = await autosave(page);
    expect(play.kind).toBe('campaign');
    const replayed = replayBranch(play, bases);
    if (!replayed.ok) throw new Error(replayed.error.message);
    const r60 = replayed.value[1];
    if (!r60) throw new Error('no 1960 round in the autosave');
    expect(r60.start.world.documents.some((d) => d.id === 'joint-declaration-1956' && d.inForce)).toBe(false);
    const expected = legalActions(r60.scenario, r60.state).map(canonicalJson);
    // The same moves (the move panel groups them by kind, so the order on screen is its own).
    expect((await choiceKeys(page)).sort()).toEqual([...expected].sort());
    const historicalRound = bases.get('1960')!;
    const historicalMoves = new Set(historicalRound.moves.map((m) => m.id));
    expect(r60.scenario.moves.map((m) => m.id).sort()).not.toEqual([...historicalMoves].sort());
    await shot(page, 'campaign-1960-table');

    // Reload: the campaign resumes in 1960.
    const logLength = (await probe(page)).logLength;
    await page.reload();
    await page.waitForFunction(() => typeof window.__ready === 'number' && window.__game?.screen === 'menu');
    expect(await page.textContent('[data-testid="campaign-panel"]')).toContain(`Campaign 1956–2000, round 2 of ${ids.length}`);
    await page.click('[data-testid="resume-campaign"]');
    await waitForTurn(page);
    expect(await probe(page)).toMatchObject({ screen: 'table', round: '1960', play: 'campaign', logLength });

    // The timeline, mid-campaign.
    await page.click('[data-testid="open-decisions"]');
    await page.click('[data-testid="open-timeline"]');
    await page.waitForSelector('[data-testid="timeline"]');
    const row60 = page.locator('[data-testid="timeline-round"][data-round="1960"]');
    expect(await row60.locator('[data-testid="divergences"]').textContent()).toContain('no document was signed in 1956');
    expect(await page.locator('[data-testid="timeline-round"][data-round="1956"]').textContent()).toContain('No joint document');
    expect(await page.locator('[data-testid="timeline-round"][data-round="2000"]').textContent()).toContain('Not played yet');
    await shot(page, 'campaign-timeline');
    await expectAccessible(page, 'timeline');
    await page.click('[data-testid="timeline-back"]');
    await waitForTurn(page);
    expect((await probe(page)).round).toBe('1960');

    // The decision log covers the whole campaign; a rewind into 1956 branches from there, and 1960 stays on the main line.
    await page.click('[data-testid="open-decisions"]');
    await page.waitForSelector('[data-testid="decision-panel"]:not([hidden])');
    expect(await page.$$eval('[data-testid="decisions-round"]', (els) => els.map((e) => e.getAttribute('data-round')))).toEqual(['1956', 'current']);
    expect(await page.locator('[data-testid="decisions-round"][data-round="1956"] li').count()).toBeGreaterThan(1);
    await shot(page, 'campaign-decision-log');
    await expectAccessible(page, 'campaign decision log');
    await page.locator('[data-testid="decisions-round"][data-round="1956"] [data-testid="rewind"]').first().click();
    await waitForTurn(page);
    expect(await probe(page)).toMatchObject({ screen: 'table', round: '1956', branch: 'b2', branches: 2 });
    expect(await page.textContent('[data-testid="table-notice"]')).toContain('of round 1956');
    await page.click('[data-testid="open-decisions"]');
    await page.click('[data-testid="open-branches"]');
    await page.click('[data-testid="branch"][data-branch="main"] [data-testid="branch-open"]');
    await waitForTurn(page);
    expect(await probe(page)).toMatchObject({ screen: 'table', round: '1960', branch: 'main', logLength });

    // Play 1960 out: its outcome compares only what history's notes answered.
    await playToOutcome(page, (keys) => keys.findIndex((k) => k.includes('"consult"')));
    const rows = await page.$$eval('[data-testid="record-comparison"] tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-comparison')));
    expect(rows.length).toBeGreaterThan(0);
    await page.waitForSelector('[data-testid="world-notes"]');
    await shot(page, 'campaign-1960-outcome');
    await expectAccessible(page, 'campaign outcome in another world');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('rewind from the decision log starts a branch; Branches compares both with history and reopens the main line', async () => {
    const { page, errors } = await openGame();
    // Picking a round card while the campaign mode is on means playing that round alone.
    await page.click('input[name="mode"][value="campaign"]');
    await page.click('[data-round="1956"]');
    expect(await page.isChecked('input[name="mode"][value="computer"]')).toBe(true);
    expect(await page.textContent('[data-testid="start"]')).toBe('Read your brief ▸');
    await page.click('[data-testid="start"]');
    await page.click('[data-testid="begin"]');
    for (let i = 0; i < 4; i++) await choose(page, () => 0);
    await waitForTurn(page);
    const main = await probe(page);
    await page.click('[data-testid="open-decisions"]');
    await page.waitForSelector('[data-testid="decision-panel"]:not([hidden])');
    const decisions = page.locator('[data-testid="decisions"] li');
    expect(await decisions.count()).toBe(8);
    // Each decision shows who, what, and its source; only Japan's can be rewound to.
    expect(await decisions.first().textContent()).toContain('Japan (you)');
    expect(await page.locator('[data-testid="decisions"] .d-src').count()).toBe(8);
    expect(await page.locator('[data-testid="rewind"]').count()).toBe(4);
    await shot(page, 'decision-log');
    await expectAccessible(page, 'decision log');
    await expectNothingCutOff(page, 'decision log');
    await page.locator('[data-testid="rewind"][data-index="2"]').click();
    await waitForTurn(page);
    expect(await probe(page)).toMatchObject({ branch: 'b2', branches: 2, logLength: 4 });
    expect(await page.textContent('[data-testid="table-notice"]')).toContain('Rewound to just before decision 3');
    // Another road from here: the second choice instead of the first.
    await choose(page, (keys) => (keys.length > 1 ? 1 : 0));
    await page.click('[data-testid="open-decisions"]');
    await page.click('[data-testid="open-branches"]');
    await page.waitForSelector('[data-testid="branch-compare"]');
    const heads = await page.$$eval('[data-testid="branch-compare"] thead th', (ths) => ths.map((t) => t.textContent));
    expect(heads).toEqual(['', 'Main line', 'Branch 2 (from move 3)', 'History']);
    await page.fill('[data-testid="branch"][data-branch="b2"] [data-testid="branch-rename"]', 'Kōno pushes for four islands');
    await page.press('[data-testid="branch"][data-branch="b2"] [data-testid="branch-rename"]', 'Enter');
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="branch-compare"] thead th')].some((t) => t.textContent === 'Kōno pushes for four islands'));
    await shot(page, 'branches');
    await expectAccessible(page, 'branches');
    const saved = await autosave(page, 'kuril.autosave');
    expect(saved.branches.map((b) => b.name)).toEqual(['Main line', 'Kōno pushes for four islands']);
    await page.click('[data-testid="branch"][data-branch="main"] [data-testid="branch-open"]');
    await waitForTurn(page);
    expect(await probe(page)).toMatchObject({ screen: 'table', branch: 'main', logLength: main.logLength });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a campaign share link opens where it stood in a fresh browser context', async () => {
    const { page, errors } = await openGame();
    await page.click('input[name="mode"][value="campaign"]');
    await page.click('[data-testid="start"]');
    await page.click('[data-testid="begin"]');
    await playToOutcome(page, walkOutSoon);
    await page.click('[data-testid="share-link"]');
    const link = await page.inputValue('[data-testid="share-url"]');
    const headline = await page.textContent('[data-testid="headline"]');
    await page.context().close();
    const context = await (await browser()).newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
    const fresh = await context.newPage();
    await fresh.goto(link);
    await fresh.waitForFunction(() => window.__game?.screen === 'outcome', null, { timeout: 30_000 });
    expect(await fresh.textContent('[data-testid="headline"]')).toBe(headline);
    expect(await probe(fresh)).toMatchObject({ play: 'campaign', round: '1956' });
    expect(await fresh.textContent('[data-testid="next-round"]')).toContain('Next round of the campaign');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a finished campaign ends on its timeline: every round beside history, with what history did between them', async () => {
    // A whole campaign played in node, Japan's seat moved by the computer's choices (the seat stays the student's).
    const { play } = runCampaign(bases, ids, { seed: 7, side: 'japan', policy: computer });
    const { page, errors } = await openGame();
    const base = page.url().slice(0, page.url().indexOf('?'));
    await page.goto(`${base}?renderer=canvas&fast=1#replay=${encodeShare(makeSave(play))}`);
    await page.waitForFunction(() => window.__game?.screen === 'outcome', null, { timeout: 30_000 });
    expect(await probe(page)).toMatchObject({ round: '2000', play: 'campaign' });
    expect(await page.$('[data-testid="next-round"]')).toBeNull();
    expect(await page.textContent('[data-testid="timeline"]')).toBe('Your timeline ▸');
    await page.click('[data-testid="timeline"]');
    await page.waitForSelector('[data-testid="timeline-summary"]');
    expect(await page.textContent('#timeline-title')).toBe('Your history is written');
    expect(await page.textContent('[data-testid="timeline-summary"]')).toMatch(new RegExp(`^${ids.length} of ${ids.length} rounds played\\.`));
    expect(await page.$$eval('[data-testid="timeline-round"]', (els) => els.map((e) => e.getAttribute('data-round')))).toEqual(ids);
    const interludes = await page.$$eval('[data-interlude]', (els) => els.map((e) => e.getAttribute('data-interlude')));
    expect(interludes.length).toBeGreaterThanOrEqual(2);
    await shot(page, 'campaign-timeline-complete');
    await expectAccessible(page, 'finished campaign timeline');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a hot-seat round is autosaved too, and resumes at the hand-over for the delegation to move', async () => {
    const { page, errors } = await openGame();
    await page.click('[data-round="1956"]');
    await page.click('input[name="mode"][value="hotseat"]');
    await page.click('[data-testid="start"]');
    await page.click('[data-testid="handover-continue"]');
    await page.click('[data-testid="begin"]');
    await choose(page, () => 0);
    await page.waitForFunction(() => window.__game?.screen === 'handover');
    await page.reload();
    await page.waitForFunction(() => typeof window.__ready === 'number' && window.__game?.screen === 'menu');
    expect(await page.textContent('[data-testid="resume-panel"]')).toContain('two students at one screen · 1 move saved');
    await page.click('[data-testid="resume"]');
    await page.waitForFunction(() => window.__game?.screen === 'handover');
    expect(await page.getAttribute('section[data-screen="handover"]', 'data-side')).toBe('russia');
    // Nothing of either side's brief is on the hand-over screen.
    expect(await page.$('[data-screen="briefing"], [data-testid="choices"]')).toBeNull();
    // The Soviet seat cannot rewind Japan's decision, only its own (regression: it could rewind Japan's moves).
    await page.click('[data-testid="handover-continue"]');
    await waitForTurn(page);
    await page.click('[data-testid="open-decisions"]');
    await page.waitForSelector('[data-testid="decision-panel"]:not([hidden])');
    expect(await page.locator('[data-testid="decisions"] li').count()).toBe(1);
    expect(await page.locator('[data-testid="rewind"]').count()).toBe(0);
    await page.click('[data-testid="open-decisions"]');
    await choose(page, () => 0);
    await page.waitForFunction(() => window.__game?.screen === 'handover');
    await page.click('[data-testid="handover-continue"]');
    await waitForTurn(page);
    expect((await probe(page)).side).toBe('japan');
    await page.click('[data-testid="open-decisions"]');
    await page.waitForSelector('[data-testid="decision-panel"]:not([hidden])');
    expect(await page.locator('[data-testid="decisions"] li').count()).toBe(2);
    expect(await page.locator('[data-testid="rewind"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-index')))).toEqual(['0']);
    await expectAccessible(page, 'hot-seat decision log');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
