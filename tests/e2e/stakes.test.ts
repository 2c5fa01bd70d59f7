// The stakes at the table in Chromium: a move that crosses the student's own
// red line says so on the move itself and asks, in a real dialog reached by
// keyboard, before it is made (Escape goes back and changes nothing); walking
// out asks too.
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, expectAccessible, openGame, probe, shot, tabTo, waitForTurn } from './helpers';

describe('red lines at the table', () => {
  afterAll(closeBrowser);

  it('1960 as Japan: a move crossing the instruction against neutrality is marked and needs a confirmation naming it', async () => {
    const { page, errors } = await openGame();
    await page.click('[data-round="1960"]');
    await page.click('input[name="side"][value="japan"]');
    await page.click('[data-testid="start"]');
    await page.click('[data-testid="begin"]');
    let crossed = false;
    for (let turn = 0; turn < 30 && !crossed; turn++) {
      await waitForTurn(page);
      if ((await probe(page)).screen === 'outcome') break;
      const marked = page.locator('[data-testid="choices"] button.choice[data-crosses="true"]');
      if ((await marked.count()) === 0) {
        // Pass until a move would cross a red line.
        const before = (await probe(page)).logLength;
        await page.locator('[data-testid="choices"] button.choice[data-kind="consult"]').click();
        await page.waitForFunction((n) => (window.__game?.logLength ?? 0) > (n ?? 0) || window.__game?.screen === 'outcome', before);
        continue;
      }
      const neutrality = 'No neutrality and no withdrawal of the American forces as the price of two small islands.';
      const button = page.locator('[data-testid="choices"] button.choice[data-crosses="true"]', { hasText: 'Neutrality' }).first();
      expect(await button.locator('[data-testid="crosses"]').allTextContents()).toContain(`Crosses your instruction: ${neutrality}`);
      const before = (await probe(page)).logLength;
      await button.focus();
      await page.keyboard.press('Enter');
      const dialog = page.locator('[data-testid="confirm-move"]');
      await dialog.waitFor();
      expect(await dialog.locator('[data-testid="confirm-move-redlines"]').textContent()).toContain(neutrality);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('confirm-move-back');
      await expectAccessible(page, 'red-line confirmation');
      await shot(page, 'confirm-red-line-1280x720');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      expect((await probe(page)).logLength).toBe(before);
      // Again, and this time go ahead by keyboard.
      await button.focus();
      await page.keyboard.press('Enter');
      await dialog.waitFor();
      await tabTo(page, '[data-testid="confirm-move-yes"]');
      await page.keyboard.press('Enter');
      await page.waitForFunction((n) => (window.__game?.logLength ?? 0) > (n ?? 0) || window.__game?.screen === 'outcome', before);
      crossed = true;
    }
    expect(crossed, 'a move crossing the red line came up').toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('walking out asks first; going back leaves the round as it was', async () => {
    const { page, errors } = await openGame();
    await page.click('[data-round="1956"]');
    await page.click('input[name="side"][value="japan"]');
    await page.click('[data-testid="start"]');
    await page.click('[data-testid="begin"]');
    for (let turn = 0; turn < 30; turn++) {
      await waitForTurn(page);
      const walk = page.locator('[data-testid="choices"] button.choice[data-kind="walk-out"]');
      if ((await walk.count()) > 0) break;
      const before = (await probe(page)).logLength;
      await page.locator('[data-testid="choices"] button.choice[data-kind="consult"]').click();
      await page.waitForFunction((n) => (window.__game?.logLength ?? 0) > (n ?? 0), before);
    }
    const before = (await probe(page)).logLength;
    await page.locator('[data-testid="choices"] button.choice[data-kind="walk-out"]').click();
    await page.locator('[data-testid="confirm-move"]').waitFor();
    expect(await page.locator('#confirm-move-title').textContent()).toBe('Walk out of the talks?');
    await page.click('[data-testid="confirm-move-back"]');
    expect((await probe(page)).screen).toBe('table');
    expect((await probe(page)).logLength).toBe(before);
    await page.locator('[data-testid="choices"] button.choice[data-kind="walk-out"]').click();
    await page.click('[data-testid="confirm-move-yes"]');
    await page.waitForFunction(() => window.__game?.screen === 'outcome', null, { timeout: 30_000 });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
