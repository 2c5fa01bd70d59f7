// Helpers for the browser tests: a page on the shared Chromium, the ready
// signal, axe-core checks (moderate, serious and critical violations fail), screenshots,
// and playing a side's historical moves by keyboard or by mouse.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { canonicalJson } from '../../src/engine/log/canonical';
import type { Scenario, SideId } from '../../src/engine/model/types';
import { historicalAction } from '../../src/engine/sim/policies';
import { ROOT } from '../../src/node/files';

let shared: Browser | undefined;

export async function browser(): Promise<Browser> {
  shared ??= await chromium.connect(inject('wsEndpoint'));
  return shared;
}

export async function closeBrowser(): Promise<void> {
  await shared?.close();
  shared = undefined;
}

export interface Opened {
  readonly page: Page;
  readonly errors: string[];
}

/** A fresh page (own context) at the game, waited until the menu is interactive. */
export async function openGame(
  query = 'renderer=canvas&fast=1&seed=7',
  viewport = { width: 1280, height: 720 },
  reducedMotion: 'reduce' | 'no-preference' = 'no-preference',
  /** Run on the page before it loads the game (to route requests the menu makes at once). */
  prepare?: (page: Page) => Promise<unknown>,
  /** The game's service worker (offline play) is blocked unless a test is about it: routed requests must reach the page's own routes. */
  serviceWorkers: 'allow' | 'block' = 'block',
): Promise<Opened> {
  const b = await browser();
  const context = await b.newContext({ viewport, reducedMotion, serviceWorkers });
  const page = await context.newPage();
  await prepare?.(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${inject('baseUrl')}?${query}`);
  // The menu shows first; the drawn stage (Phaser) follows.
  await page.waitForFunction(() => typeof window.__ready === 'number' && document.body.classList.contains('stage-ready'), null, { timeout: 30_000 });
  return { page, errors };
}

/**
 * No text cut off: no element that clips its content (outside scrolling
 * panels) hides any of it, and no text lies outside the window. Visual
 * echoes marked data-echo (the speech bubble, the source preview),
 * deliberately shortened because their full text is in the dialogue log or
 * the choice's description, are exempt.
 */
export async function expectNothingCutOff(page: Page, screen: string): Promise<void> {
  const problems = await page.evaluate(() => {
    const out: string[] = [];
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const scrolls = (v: string) => v === 'auto' || v === 'scroll';
    for (const el of document.querySelectorAll('#overlay *')) {
      if (el.closest('[data-echo], .sr-only, dialog:not([open])')) continue;
      const cs = getComputedStyle(el);
      if (cs.display === 'none' || cs.visibility === 'hidden') continue;
      const h = el as HTMLElement;
      if ((cs.overflowX !== 'visible' && !scrolls(cs.overflowX) && h.scrollWidth > h.clientWidth + 1) || (cs.overflowY !== 'visible' && !scrolls(cs.overflowY) && h.scrollHeight > h.clientHeight + 1)) out.push(`clipped: ${name(el)}`);
      const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '');
      if (!ownText) continue;
      let inScroller = false;
      for (let a = el.parentElement; a && a.id !== 'overlay'; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (scrolls(s.overflowY) || scrolls(s.overflowX)) inScroller = true;
      }
      const r = el.getBoundingClientRect();
      if (r.width === 0) continue;
      if (r.left < -1 || r.right > window.innerWidth + 1) out.push(`outside the window sideways: ${name(el)}`);
      else if (!inScroller && (r.top < -1 || r.bottom > window.innerHeight + 1)) out.push(`outside the window: ${name(el)}`);
    }
    return out;
  });
  expect(problems, `cut-off text on ${screen}`).toEqual([]);
}

const axeSource = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Run axe-core on the page as it is: no moderate, serious or critical violation allowed (minor ones pass), no rule disabled. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  // Evaluated through the DevTools protocol: an inline script tag would be refused by the game's Content Security Policy.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const r = await axe.run(document);
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)) }));
  });
  const bad = result.filter((v) => v.impact === 'moderate' || v.impact === 'serious' || v.impact === 'critical');
  expect(bad, `axe on ${screen}`).toEqual([]);
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ROOT, 'screenshots', `${name}.png`) });
}

export const probe = (page: Page) => page.evaluate(() => ({ ...window.__game }));

/** Wait until it is the player's turn (choices shown) or the round is over. */
export async function waitForTurn(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const g = window.__game;
      if (!g) return false;
      if (g.screen === 'outcome') return true;
      return g.screen === 'table' && !g.busy && document.querySelectorAll('[data-testid="choices"] button.choice').length > 0;
    },
    null,
    { timeout: 30_000 },
  );
}

/** Press Tab until the element matching `selector` has focus (keyboard-only navigation). */
export async function tabTo(page: Page, selector: string, limit = 30): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${selector} with Tab`);
}

/** Press the down arrow until the element matching `selector` has focus (the move panel's arrow keys). */
export async function arrowTo(page: Page, selector: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`could not reach ${selector} with the arrow keys`);
}

/** Answer yes when a move asks for confirmation (a red line crossed, a walk-out). */
export async function confirmIfAsked(page: Page): Promise<void> {
  const yes = page.locator('[data-testid="confirm-move-yes"]');
  if (await yes.isVisible()) await yes.click();
}

/** Play `side`'s historical sequence of a round, by keyboard or by mouse, to the outcome screen. */
export async function playHistory(page: Page, s: Scenario, side: SideId, how: 'keyboard' | 'mouse', onTurn?: (move: number) => Promise<void>): Promise<void> {
  for (const [i, entry] of s.history[side].entries()) {
    await waitForTurn(page);
    await onTurn?.(i);
    if ((await probe(page)).screen === 'outcome') throw new Error(`the round ended before historical move ${i + 1}`);
    const key = canonicalJson(historicalAction(side, entry));
    const buttons = page.locator('[data-testid="choices"] button.choice');
    const keys = await buttons.evaluateAll((els) => els.map((e) => e.getAttribute('data-action')));
    const index = keys.indexOf(key);
    expect(index, `historical move ${i + 1} (${key}) among ${keys.join(' | ')}`).toBeGreaterThanOrEqual(0);
    const before = (await probe(page)).logLength;
    if (how === 'mouse') await buttons.nth(index).click();
    else if (index < 9) await page.keyboard.press(String(index + 1));
    else {
      // Focus rests on the first choice when a turn begins; arrows walk down the panel (the proposal card's buttons included).
      await arrowTo(page, `[data-testid="choices"] button.choice[data-action='${key}']`);
      await page.keyboard.press('Enter');
    }
    await confirmIfAsked(page);
    await page.waitForFunction((n) => (window.__game?.logLength ?? 0) > (n ?? 0) || window.__game?.screen === "outcome", before);
  }
  await page.waitForFunction(() => window.__game?.screen === 'outcome', null, { timeout: 30_000 });
}
