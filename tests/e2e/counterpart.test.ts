// The counterpart answers, in Chromium (issue 14, item 4): in 1956 the
// Soviet reply to the Matsumoto–Gromyko letters names them and a second
// appeal is called a repeat; in 1991 a Japanese student who keeps countering
// hears which clause is the obstacle each time, never in the same words
// twice running; every meter change has its line in the dialogue, and the
// delegations' expressions are drawn and said for screen readers.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { canonicalJson } from '../../src/engine/log/canonical';
import { closeBrowser, expectAccessible, openGame, probe, shot, waitForTurn } from './helpers';

async function start(page: Page, round: string, side: 'japan' | 'russia'): Promise<void> {
  await page.click(`[data-round="${round}"]`);
  await page.click(`input[name="side"][value="${side}"]`);
  await page.click('[data-testid="start"]');
  await page.click('[data-testid="begin"]');
}

/** Click a choice and wait for the other side's answer (or the end). */
async function choose(page: Page, selector: string): Promise<void> {
  const before = (await probe(page)).logLength ?? 0;
  await page.locator(selector).first().click();
  const yes = page.locator('[data-testid="confirm-move-yes"]');
  if (await yes.isVisible().catch(() => false)) await yes.click();
  await page.waitForFunction((n) => (window.__game?.logLength ?? 0) > (n ?? 0) + 1 || window.__game?.screen === 'outcome', before);
  await waitForTurn(page);
}

const lastFrom = (page: Page, side: 'japan' | 'russia') => page.$$eval(`[data-testid="dialogue"] > li.said.${side}`, (lis) => lis.at(-1)?.textContent ?? '');

describe('a counterpart that answers', () => {
  afterAll(closeBrowser);

  it('1956 as Japan: the letters are answered by name, and made twice they are called a repeat', async () => {
    const { page, errors } = await openGame('renderer=canvas&fast=1&seed=1', { width: 1366, height: 768 });
    await start(page, '1956', 'japan');
    await waitForTurn(page);
    const letters = `[data-testid="choices"] button.choice[data-action='${canonicalJson({ type: 'move', side: 'japan', move: 'jp-appeal-letters' })}']`;
    await choose(page, letters);
    const first = await lastFrom(page, 'russia');
    expect(first).toContain('Reply composed by the game');
    expect(first).toContain('“The Matsumoto–Gromyko letters”');
    expect(first).not.toContain('You have made this point before');
    const notes = await page.$$eval('[data-testid="dialogue"] .meter-notes li', (lis) => lis.map((l) => l.textContent ?? ''));
    expect(notes.some((n) => n.startsWith('Trust between the delegations +2: ') && n.includes('Matsumoto–Gromyko letters'))).toBe(true);
    await choose(page, letters);
    const second = await lastFrom(page, 'russia');
    expect(second).toContain('You have made this point before');
    expect(second).toContain('“The Matsumoto–Gromyko letters”');
    expect(await page.textContent('[data-testid="delegation-moods"]')).toMatch(/Japan.* looks (composed|pleased|displeased|tense); .*Soviet.* looks (composed|pleased|displeased|tense)\./);
    await expectAccessible(page, 'table with composed replies and meter lines');
    await shot(page, 'counterpart-1956-letters-1366x768');
    // Over the room a long reply is cut to four lines; a click on the bubble opens it whole, another closes it.
    const whole = () => page.$eval('.speech .said', (p) => p.scrollHeight <= p.clientHeight + 1);
    await page.click('.speech .said');
    expect(await page.getAttribute('.speech', 'class')).toContain('whole');
    expect(await whole()).toBe(true);
    await page.click('.speech .said');
    expect(await page.getAttribute('.speech', 'class')).not.toContain('whole');
    await page.setViewportSize({ width: 390, height: 844 });
    // In one column the bubble has its own row: the whole reply, uncut.
    expect(await whole()).toBe(true);
    expect(await page.textContent('.speech .said')).toContain('You have made this point before');
    await page.locator('[data-testid="dialogue"] > li.said').last().scrollIntoViewIfNeeded();
    await shot(page, 'counterpart-1956-letters-390x844');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('1991 as Japan, countering again and again: each refusal names its clause, never twice in the same words', async () => {
    const { page, errors } = await openGame('renderer=canvas&fast=1&seed=3', { width: 1366, height: 768 });
    await start(page, '1991', 'japan');
    const answers: string[] = [];
    for (let turn = 0; turn < 24 && answers.length < 4; turn++) {
      await waitForTurn(page);
      if ((await probe(page)).screen === 'outcome') break;
      const propose = page.locator('[data-testid="choices"] button.choice[data-kind="propose"]');
      const position = page.locator('[data-testid="choices"] button.choice[data-kind="position"]');
      const pending = (await page.locator('[data-testid="choices"] button.choice[data-kind="accept"]').count()) > 0;
      if (pending && (await propose.count()) > 0) await choose(page, '[data-testid="choices"] button.choice[data-kind="propose"]');
      else if ((await position.count()) > 0) await choose(page, '[data-testid="choices"] button.choice[data-kind="position"]');
      else await choose(page, '[data-testid="choices"] button.choice[data-kind="consult"]');
      const said = await page.$$eval('[data-testid="dialogue"] > li.said.russia [data-testid="composed-answer"]', (els) => els.map((e) => e.textContent ?? ''));
      const last = said.at(-1) ?? '';
      if (/We have read your text|Your draft, then|We have studied your proposal/.test(last) && answers.at(-1) !== last) answers.push(last);
    }
    expect(answers.length, answers.join('\n')).toBeGreaterThanOrEqual(2);
    for (const a of answers) expect(a).toMatch(/“[^”]+”/);
    for (let i = 1; i < answers.length; i++) expect(answers[i]).not.toBe(answers[i - 1]);
    const expressions = await page.$$eval('.place-card[data-expression]', (els) => els.map((e) => e.getAttribute('data-expression')));
    expect(expressions.length).toBeGreaterThan(0);
    await expectAccessible(page, '1991 table after counter-proposals');
    await shot(page, 'counterpart-1991-counter-1366x768');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'counterpart-1991-counter-390x844');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
