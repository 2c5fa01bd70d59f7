// The move panel in Chromium. The other side's proposal stands on top as a
// card that sets it against the student's draft clause by clause, and its
// Reject, Counter and Accept answer it from the keyboard; every move of the
// panel is reached by Tab and by the arrow keys alone. Screenshots of the
// card at phone, tablet and laptop sizes, with axe and the device checks.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { MOVE_GROUPS } from '../../src/engine/view/choices';
import { closeBrowser, expectAccessible, openGame, probe, shot, waitForTurn } from './helpers';
import { expectFitsDevice } from './layout';

const moved = (page: Page, before: number) => page.waitForFunction((n) => (window.__game?.logLength ?? 0) > (n ?? 0) || window.__game?.screen === 'outcome', before);

/** Play `selector`'s move by keyboard (focus it, Enter) and wait for the answer. */
async function play(page: Page, selector: string): Promise<void> {
  const before = (await probe(page)).logLength ?? 0;
  await page.locator(selector).first().focus();
  await page.keyboard.press('Enter');
  await moved(page, before);
  await waitForTurn(page);
}

/** Consult home until the other side's proposal is on the table. */
async function untilProposal(page: Page): Promise<void> {
  for (let i = 0; i < 14; i++) {
    if (await page.locator('[data-testid="proposal-card"]').isVisible()) return;
    await play(page, '[data-testid="choices"] button.choice[data-kind="consult"]');
  }
  throw new Error('no proposal came to the table');
}

describe('the move panel', () => {
  afterAll(closeBrowser);

  it('practice as the North: the proposal card shows the differing clauses, and Reject, Counter and Accept answer it', async () => {
    const { page, errors } = await openGame();
    await page.click('[data-round="practice"]');
    await page.click('[data-testid="start"]');
    await page.click('[data-testid="begin"]');
    await waitForTurn(page);
    // A stated position makes a draft for the card to compare with.
    await play(page, '[data-testid="choices"] .group-position button.choice');
    await untilProposal(page);
    const card = page.locator('[data-testid="proposal-card"]');
    const rows = card.locator('[data-testid="proposal-clause"]');
    expect(await rows.count()).toBeGreaterThan(0);
    const differing = card.locator('[data-testid="proposal-clause"][data-same="false"]');
    const n = await differing.count();
    expect(n).toBeGreaterThan(0);
    expect(await card.locator('h3').textContent()).toContain(`${n} clause${n === 1 ? '' : 's'} differ`);
    for (const text of await differing.allTextContents()) expect(text).toMatch(/Differs.*Theirs: .+Yours: .+/);
    for (const [w, h] of [[390, 844], [820, 1180], [1366, 768]] as const) {
      await page.setViewportSize({ width: w, height: h });
      await card.scrollIntoViewIfNeeded();
      await shot(page, `proposal-card-${w}x${h}`);
      await expectAccessible(page, `proposal card at ${w}×${h}`);
      await expectFitsDevice(page, `table with a proposal card at ${w}×${h}`, '[data-testid="proposal-card"] button.choice');
    }
    await page.setViewportSize({ width: 1280, height: 720 });

    // Reject (R) takes the student to the moves that set it aside; nothing is played.
    const before = (await probe(page)).logLength ?? 0;
    await page.keyboard.press('r');
    expect(await page.evaluate(() => !!document.activeElement?.closest('[data-testid="move-groups"]'))).toBe(true);
    expect((await probe(page)).logLength).toBe(before);
    // Counter (C) tables the student's draft: the card goes, the proposal on the table is theirs now.
    const counter = await card.locator('button.choice[data-role="counter"]').getAttribute('data-action');
    expect(counter).toContain('"type":"propose"');
    await page.keyboard.press('c');
    await moved(page, before);
    await waitForTurn(page);
    await page.waitForSelector('[data-testid="pending"]');
    expect(await page.locator('[data-testid="dialogue"] li').last().textContent()).not.toBe('');
    // When a proposal of theirs is back, Accept (A) agrees its clauses.
    await untilProposal(page);
    const agreed = await page.locator('.doc li.agreed').count();
    const clauses = await card.locator('[data-testid="proposal-clause"]').evaluateAll((els) => els.filter((e) => !e.querySelector('.theirs')?.textContent?.includes('not in their proposal')).length);
    const b = (await probe(page)).logLength ?? 0;
    await page.keyboard.press('a');
    const confirm = page.locator('[data-testid="confirm-move-yes"]');
    if (await confirm.isVisible()) await confirm.click();
    await moved(page, b);
    await page.waitForFunction((n) => document.querySelectorAll('.doc li.agreed').length >= n || window.__game?.screen === 'outcome', agreed + clauses);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('1956 as Japan: every move of the panel is reached by Tab and by the arrow keys, the groups by ← →, and Enter plays it', async () => {
    const { page, errors } = await openGame();
    await page.click('[data-round="1956"]');
    await page.click('[data-testid="start"]');
    await page.click('[data-testid="begin"]');
    await waitForTurn(page);
    const all = await page.locator('[data-testid="choices"] button.choice').evaluateAll((els) => els.map((e) => e.getAttribute('data-action')));
    expect(all.length).toBeGreaterThan(9);
    // Groups by kind, under headings, walk-out last.
    const groups = await page.locator('[data-testid="move-groups"] [data-group]').evaluateAll((els) => els.map((e) => e.getAttribute('data-group')));
    expect(groups.length).toBeGreaterThan(2);
    const order = MOVE_GROUPS.map((g) => g.id);
    expect(groups.map((g) => order.indexOf(g ?? ''))).toEqual(groups.map((g) => order.indexOf(g ?? '')).sort((a, b) => a - b));
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-action') ?? null);
    // Tab: from the first move, every move comes in turn (their source buttons between).
    await page.locator('[data-testid="choices"] button.choice').first().focus();
    const byTab = new Set<string>();
    for (let i = 0; i < all.length * 2 + 4; i++) {
      const k = await focused();
      if (k) byTab.add(k);
      await page.keyboard.press('Tab');
    }
    expect([...byTab].sort()).toEqual([...all].sort() as string[]);
    // Arrows: down through every move and round to the first again.
    await page.locator('[data-testid="choices"] button.choice').first().focus();
    const byArrow: (string | null)[] = [];
    for (let i = 0; i < all.length; i++) {
      byArrow.push(await focused());
      await page.keyboard.press('ArrowDown');
    }
    expect(byArrow).toEqual(all);
    expect(await focused()).toBe(all[0]);
    // Right arrow: the first move of each group in turn.
    for (const g of groups.slice(1)) {
      await page.keyboard.press('ArrowRight');
      expect(await page.evaluate(() => document.activeElement?.closest('[data-group]')?.getAttribute('data-group'))).toBe(g);
    }
    // Enter on the focused move plays it.
    const before = (await probe(page)).logLength ?? 0;
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="confirm-move-yes"]').or(page.locator('[data-testid="choices"]')).first().waitFor();
    if (await page.locator('[data-testid="confirm-move-yes"]').isVisible()) await page.keyboard.press('Escape');
    else await moved(page, before);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
