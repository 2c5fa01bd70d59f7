// The device checks of the size matrix: on the page as it is now, nothing
// scrolls sideways, nothing is cut off, no text is drawn below 12px (moves
// and dialogue at 16px or more), every control is a 44px touch target, and
// the screen's main action lies inside the window's width.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectNothingCutOff } from './helpers';

export async function expectFitsDevice(page: Page, screen: string, mainAction: string): Promise<void> {
  await expectNothingCutOff(page, screen);
  const problems = await page.evaluate((main) => {
    const out: string[] = [];
    const seen = (el: Element) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || el.closest('.sr-only, [hidden], dialog:not([open])')) return null;
      const cs = getComputedStyle(el);
      return cs.visibility === 'hidden' ? null : r;
    };
    const name = (el: Element) => `${el.tagName.toLowerCase()}.${String(el.getAttribute('class') ?? '').trim().split(/\s+/).join('.')} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    const root = document.documentElement;
    if (root.scrollWidth > window.innerWidth + 1) out.push(`the page scrolls sideways (${root.scrollWidth} > ${window.innerWidth})`);
    for (const el of document.querySelectorAll('#overlay *')) {
      const cs = getComputedStyle(el);
      const h = el as HTMLElement;
      if ((cs.overflowX === 'auto' || cs.overflowX === 'scroll') && h.scrollWidth > h.clientWidth + 1 && seen(el)) out.push(`scrolls sideways: ${name(el)}`);
      const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '');
      // Text in an SVG is drawn at the SVG's scale (its width over its viewBox's).
      const svg = el.closest('svg');
      const scale = svg && svg.viewBox.baseVal.width > 0 ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1;
      const size = parseFloat(cs.fontSize) * scale;
      if (ownText && seen(el) && size < 12 - 0.01) out.push(`text at ${size.toFixed(1)}px: ${name(el)}`);
    }
    for (const el of document.querySelectorAll('#overlay .choice .lbl, #overlay [data-testid="dialogue"] li')) {
      if (seen(el) && parseFloat(getComputedStyle(el).fontSize) < 16) out.push(`move or dialogue below 16px: ${name(el)}`);
    }
    for (const el of document.querySelectorAll('#overlay button, #overlay select, #overlay summary, #overlay input:not([type="radio"]):not([type="checkbox"]):not(.sr-only), #overlay label:has(> input[type="radio"]), #overlay label:has(input.sr-only)')) {
      const r = seen(el);
      if (r && (r.width < 43.5 || r.height < 43.5)) out.push(`touch target ${Math.round(r.width)}×${Math.round(r.height)}: ${name(el)}`);
    }
    const action = document.querySelector(main);
    const r = action ? seen(action) : null;
    if (!r) out.push(`the main action ${main} is not shown`);
    else if (r.left < -1 || r.right > window.innerWidth + 1) out.push(`the main action ${main} lies outside the window's width`);
    return out;
  }, mainAction);
  expect(problems, `${screen} at ${await page.evaluate(() => `${window.innerWidth}×${window.innerHeight}`)}`).toEqual([]);
}
