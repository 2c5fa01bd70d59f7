// The classroom features in Chromium: two students at one screen playing 1956
// from both historical sequences (each side's brief and private replies absent
// from the DOM and the accessibility tree while the other side plays), the
// debrief page and its Markdown, JSON and PDF, and the class results page fed
// with 30 exported debriefs and 3 broken files.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { decide } from '../../src/engine/counterpart/negotiator';
import { classResults } from '../../src/engine/debrief/classResults';
import { Debrief, makeDebrief } from '../../src/engine/debrief/debrief';
import { newGame, step } from '../../src/engine/game';
import { canonicalJson } from '../../src/engine/log/canonical';
import type { Action } from '../../src/engine/model/state';
import type { Scenario, SideId } from '../../src/engine/model/types';
import { historicalAction, POLICIES } from '../../src/engine/sim/policies';
import { runNegotiation } from '../../src/engine/sim/run';
import { tableView } from '../../src/engine/view/viewModel';
import { loadRound, ROOT } from '../../src/node/files';
import { closeBrowser, expectAccessible, openGame, probe, shot } from './helpers';

const s = loadRound('1956');
const SIDES: readonly SideId[] = ['japan', 'russia'];
const TMP = join(ROOT, '.tmp', 'classroom');
mkdirSync(TMP, { recursive: true });

/**
 * Both sides' historical sequences played against each other: each side plays
 * its next historical move when it is legal; where the two scripts do not
 * interlock (a move the record does not list, such as answering a proposal),
 * the side plays the computer's choice for it (as listed on its buttons).
 */
function hotseatPlan(sc: Scenario, seed: number): { actions: Action[]; historical: number } {
  let state = newGame(sc, { seed, seats: { japan: 'human', russia: 'human' } });
  const next: Record<SideId, number> = { japan: 0, russia: 0 };
  const actions: Action[] = [];
  let historical = 0;
  for (let guard = 0; guard < 200 && state.status === 'negotiating'; guard++) {
    const side = state.turn;
    const entry = sc.history[side][next[side]];
    const scripted = entry ? historicalAction(side, entry) : null;
    const tried = scripted ? step(sc, state, scripted) : null;
    if (tried?.ok && scripted) {
      actions.push(scripted);
      next[side]++;
      historical++;
      state = tried.value;
      continue;
    }
    // The computer's move for this side, as one of the choices on screen (its proposals can be
    // packages the buttons do not list; then the listed one of the same kind).
    const wanted = decide(sc, state, side);
    const choices = tableView(sc, state, side).choices;
    const fallback = (choices.find((c) => c.key === canonicalJson(wanted)) ?? choices.find((c) => c.action.type === wanted.type) ?? choices[0])?.action;
    if (!fallback) throw new Error(`no choice for ${side}`);
    const r = step(sc, state, fallback);
    if (!r.ok) throw new Error(`the computer's move for ${side} is illegal: ${r.error.message}`);
    actions.push(fallback);
    state = r.value;
  }
  expect(state.status).not.toBe('negotiating');
  return { actions, historical };
}

/** Every name and value in the page's accessibility tree, joined (Chromium's full tree over CDP). */
async function accessibilityText(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { name?: { value?: unknown }; value?: { value?: unknown }; description?: { value?: unknown } }[] };
  await cdp.detach();
  return nodes.map((n) => [n.name?.value, n.value?.value, n.description?.value].filter((v) => typeof v === 'string').join(' ')).join('\n');
}

const secretsOf = (side: SideId): string[] => {
  const reply = s.lines.find((l) => l.side === side && l.kind === 'consult')?.reply?.en;
  return [s.sides[side].brief.instructions.en.slice(0, 80), ...(reply ? [reply.slice(0, 80)] : [])];
};

async function expectAbsent(page: Page, side: SideId, where: string): Promise<void> {
  const dom = (await page.evaluate(() => document.body.textContent ?? '')).replace(/\s+/g, ' ');
  const ax = (await accessibilityText(page)).replace(/\s+/g, ' ');
  for (const secret of secretsOf(side).map((t) => t.replace(/\s+/g, ' '))) {
    expect(dom.includes(secret), `${side}'s secret "${secret.slice(0, 40)}…" in the DOM on ${where}`).toBe(false);
    expect(ax.includes(secret), `${side}'s secret "${secret.slice(0, 40)}…" in the accessibility tree on ${where}`).toBe(false);
  }
}

let shared: Page | null = null;

describe('classroom features in Chromium', () => {
  afterAll(async () => {
    await shared?.context().close();
    await closeBrowser();
  });

  it('two students at one screen play 1956 to the outcome; neither sees the other’s secrets', async () => {
    const plan = hotseatPlan(s, 7);
    expect(plan.historical).toBeGreaterThanOrEqual(s.history.japan.length + s.history.russia.length - 3);
    const { page, errors } = await openGame('renderer=canvas&fast=1&seed=7', { width: 1280, height: 720 });
    shared = page;
    await page.click('[data-round="1956"]');
    await page.click('input[name="mode"][value="hotseat"]');
    await page.click('[data-testid="start"]');
    let handovers = 0;
    const briefed = new Set<SideId>();
    for (const [i, action] of plan.actions.entries()) {
      const side = action.side;
      // Hand-over, then (the first time) the side's own brief, then its table.
      await page.waitForFunction(() => ['handover', 'table'].includes(window.__game?.screen ?? '') && !window.__game?.busy);
      if ((await probe(page)).screen === 'handover') {
        handovers++;
        expect(await page.getAttribute('section.handover', 'data-side')).toBe(side);
        expect(await page.textContent('#handover-title')).toBe(`Pass the screen to the ${side === 'japan' ? 'Japanese' : 'Soviet'} delegation`);
        for (const x of SIDES) await expectAbsent(page, x, `the hand-over before move ${i + 1}`);
        if (handovers === 1) {
          await shot(page, 'handover');
          await expectAccessible(page, 'hand-over');
        }
        await page.click('[data-testid="handover-continue"]');
        if (!briefed.has(side)) {
          briefed.add(side);
          await page.waitForSelector(`[data-screen="briefing"][data-side="${side}"]`);
          // The own brief is there (in the DOM and the accessibility tree); the other side's is not.
          expect(await accessibilityText(page)).toContain(s.sides[side].brief.instructions.en.slice(0, 80));
          await expectAbsent(page, side === 'japan' ? 'russia' : 'japan', `${side}'s briefing`);
          await page.click('[data-testid="begin"]');
        }
      }
      await page.waitForFunction(() => window.__game?.screen === 'table' && !window.__game.busy && document.querySelectorAll('[data-testid="choices"] button.choice').length > 0);
      expect((await probe(page)).side).toBe(side);
      await expectAbsent(page, side === 'japan' ? 'russia' : 'japan', `${side}'s table at move ${i + 1}`);
      const key = canonicalJson(action);
      const buttons = page.locator('[data-testid="choices"] button.choice');
      const keys = await buttons.evaluateAll((els) => els.map((e) => e.getAttribute('data-action')));
      expect(keys, `move ${i + 1} for ${side}`).toContain(key);
      const before = (await probe(page)).logLength;
      await buttons.nth(keys.indexOf(key)).click();
      await page.waitForFunction((n) => window.__game?.screen !== "table" || (window.__game?.logLength ?? 0) > (n ?? 0), before);
    }
    await page.waitForFunction(() => window.__game?.screen === 'outcome', null, { timeout: 30_000 });
    expect(handovers).toBeGreaterThanOrEqual(plan.actions.length - 1);
    expect(briefed).toEqual(new Set(SIDES));
    expect(await page.textContent('[data-testid="debrief"]')).toBe('Debrief');
    expect(errors).toEqual([]);
  });

  it('the debrief page exports Markdown and JSON and prints to a PDF with the record comparison', async () => {
    const page = shared;
    if (!page) throw new Error('the hot-seat game did not run');
    await page.click('[data-testid="debrief"]');
    await page.waitForSelector('[data-screen="debrief"]');
    expect(await page.getAttribute('[data-testid="meter-chart"]', 'role')).toBe('img');
    expect(await page.getAttribute('[data-testid="meter-chart"]', 'aria-label')).toMatch(/^The meters over the round: /);
    expect(await page.inputValue('#pair-label')).toBe('Pair 1');
    await page.fill('#pair-label', 'Table 4');
    await shot(page, 'debrief');
    await expectAccessible(page, 'debrief');

    const save = async (testid: string): Promise<{ name: string; text: string }> => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="${testid}"]`)]);
      const path = join(TMP, download.suggestedFilename());
      await download.saveAs(path);
      return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
    };
    const json = await save('export-json');
    expect(json.name).toBe('debrief-1956-table-4.json');
    const d = Debrief.parse(JSON.parse(json.text));
    expect(d.pair).toBe('Table 4');
    expect(d.scenario).toEqual({ id: '1956', version: s.version, title: s.title.en });
    expect(d.seats).toEqual({ japan: 'human', russia: 'human' });
    expect(d.clauses.map((c) => c.issue)).toEqual(s.record.clauses.map((c) => c.issue));
    for (const c of d.clauses) expect(c.words.length).toBeGreaterThan(0);
    expect(d.questions.length).toBeGreaterThanOrEqual(3);
    expect(d.questions.length).toBeLessThanOrEqual(5);
    expect(d.questions).toEqual(s.questions.map((q) => q.en));
    // The page shows the same comparison words and questions as the export.
    expect(await page.$$eval('[data-testid="debrief-comparison"] .status', (els) => els.map((e) => e.textContent))).toEqual(d.clauses.map((c) => c.words));
    expect(await page.$$eval('[data-testid="debrief-questions"] li', (els) => els.map((e) => e.textContent))).toEqual(d.questions);

    const md = await save('export-md');
    expect(md.name).toBe('debrief-1956-table-4.md');
    expect(md.text).toContain('Pair: **Table 4** · Round 1956');
    expect(md.text).toContain('| Clause | Your document | The real record | Comparison |');
    for (const c of d.clauses) expect(md.text).toContain(`| ${c.title} |`);
    expect(md.text).toContain('### Sources for the record');
    expect(md.text).toContain('Source: ');

    // Prerequisites named in the README next to `npm test`: say what to install rather than fail obscurely.
    if (spawnSync('pdftotext', ['-v']).error) throw new Error('pdftotext is missing, so the printed debrief cannot be read back: install Debian’s poppler-utils (apt-get install poppler-utils; .ci/run does this), then run npm test again.');
    const cjk = spawnSync('fc-list', [':lang=ja'], { encoding: 'utf8' });
    if (cjk.error || cjk.stdout.trim() === '') throw new Error('No Japanese font is installed, so 歯舞群島 and the other Japanese names print as empty boxes: install Debian’s fonts-noto-cjk (apt-get install fonts-noto-cjk; .ci/run does this), then run npm test again.');
    const pdf = join(TMP, 'debrief-1956.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Debrief: ');
    expect(text).toContain('Pair: Table 4');
    expect(text).toContain('The document against the record');
    const same = d.clauses.find((c) => c.comparison === 'same');
    if (same) expect(text).toContain('Same as in history');
    for (const c of d.clauses) expect(text).toContain(c.title.replace(/\s+/g, ' '));
    // The content flows across pages: the last question is printed too, and no button.
    expect(text).toContain((d.questions.at(-1) ?? '').replace(/\s+/g, ' ').slice(0, 60));
    expect(text).not.toContain('Export JSON');
    const pages = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)?.[1];
    expect(Number(pages)).toBeGreaterThan(1);
  });

  it('class results: 30 exported debriefs and 3 broken files', async () => {
    const practice = loadRound('practice');
    const policies = Object.keys(POLICIES);
    const files: { name: string; text: string }[] = [];
    for (let i = 0; i < 30; i++) {
      const sc = i < 20 ? s : practice;
      const policyName = policies[i % policies.length] ?? 'computer';
      const side: SideId = i % 2 === 0 ? 'japan' : 'russia';
      const make = POLICIES[policyName];
      if (!make) throw new Error(`no policy ${policyName}`);
      const run = runNegotiation(sc, { seed: 100 + i, side, policy: make(0.3) });
      const d = makeDebrief(sc, run.state, run.actions, `Pair ${i + 1}`);
      files.push({ name: `debrief-${sc.id}-pair-${i + 1}.json`, text: JSON.stringify(d, null, 2) });
    }
    const broken = [
      { name: 'notes.json', text: 'These are my notes, not JSON.' },
      { name: 'package.json', text: JSON.stringify({ name: 'something-else', version: '1.0.0' }) },
      { name: 'debrief-1956-pair-31.json', text: (files[0]?.text ?? '').slice(0, 700) },
    ];
    const all = [...files, ...broken];
    const expected = classResults(all, new Map([['1956', s], ['practice', practice]]));
    expect(expected.rounds.map((r) => r.pairs.length)).toEqual([20, 10]);

    const { page: fresh, errors } = await openGame();
    await fresh.click('[data-testid="class-results"]');
    await fresh.waitForSelector('[data-screen="class"]');
    await fresh.setInputFiles('[data-testid="class-files"]', all.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) })));
    await fresh.waitForSelector('[data-testid="class-summary"]');
    expect(await fresh.textContent('[data-testid="class-summary"]')).toBe('33 files read: 30 debriefs, 3 skipped.');
    for (const r of expected.rounds) {
      expect(await fresh.textContent(`[data-testid="stats-${r.round}"]`)).toBe(`${r.pairs.length} pairs · ${r.concluded} concluded · ${r.breakdown} broke down · ${r.identical} matched the record on every clause`);
      expect(r.concluded + r.breakdown).toBe(r.pairs.length);
      for (const issue of r.issues) {
        const rows = await fresh.$$eval(`[data-round="${r.round}"] [data-issue="${issue.issue}"] .bar-row`, (els) => els.map((e) => ({ option: e.getAttribute('data-option'), count: Number(e.getAttribute('data-count')), text: e.textContent ?? '' })));
        expect(rows.map((x) => [x.option, x.count])).toEqual(issue.counts.map((c) => [c.option, c.count]));
        expect(rows.reduce((n, x) => n + x.count, 0)).toBe(r.pairs.length);
        // The historical option is marked in words.
        for (const [k, c] of issue.counts.entries()) expect(rows[k]?.text.includes('as in history')).toBe(c.historical);
      }
    }
    const rejected = await fresh.$$eval('[data-testid="rejected"] li', (els) => els.map((e) => e.textContent));
    expect(rejected).toEqual([
      'notes.json — not a JSON file',
      'package.json — not a debrief exported by this game',
      'debrief-1956-pair-31.json — not a JSON file',
    ]);
    // Each round lists its pairs with the side (or sides) played, in the order the files came.
    for (const r of expected.rounds) {
      const sides = await fresh.$$eval(`[data-testid="pairs-${r.round}"] tbody tr`, (els) => els.map((e) => e.getAttribute('data-sides')));
      expect(sides).toEqual(r.rows.map((x) => x.sides.join(' ')));
    }
    expect(await fresh.textContent('[data-testid="pairs-1956"] tbody tr:nth-child(2) td')).toBe(s.sides.russia.name.en);
    await shot(fresh, 'class-results');
    await expectAccessible(fresh, 'class results');
    // Dropping more (here, the broken ones again) adds to the class; nothing crashes.
    await fresh.setInputFiles('[data-testid="class-files"]', broken.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) })));
    await fresh.waitForFunction(() => document.querySelector('[data-testid="class-summary"]')?.textContent === '36 files read: 30 debriefs, 6 skipped.');
    // The same file loaded a second time counts once and is listed.
    await fresh.setInputFiles('[data-testid="class-files"]', [{ name: files[0]!.name, mimeType: 'application/json', buffer: Buffer.from(files[0]!.text) }]);
    await fresh.waitForSelector('[data-testid="duplicates"]');
    expect(await fresh.textContent('[data-testid="duplicates"]')).toBe(`${files[0]!.name} — dropped again`);
    expect(await fresh.textContent('[data-testid="stats-1956"]')).toMatch(/^20 pairs · /);
    expect(await fresh.locator('[data-testid="pairs-1956"] tbody tr').count()).toBe(20);
    expect(errors).toEqual([]);
    await fresh.context().close();
  });

  it('the menu presents the practice round as the tutorial and opens the teacher guide', async () => {
    const { page, errors } = await openGame();
    expect(await page.textContent('[data-round="practice"] .tag')).toBe('Start here: 5-minute practice');
    await page.click('[data-testid="teacher-guide"]');
    await page.waitForSelector('[data-screen="guide"] .guide-text h2');
    const headings = await page.$$eval('.guide-text h2', (els) => els.map((e) => e.textContent));
    expect(headings).toContain('A round in 45 minutes');
    await shot(page, 'teacher-guide');
    await expectAccessible(page, 'teacher guide');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
