/**
 * Lighthouse 12.2 (performance, accessibility, best practices; the desktop
 * preset, as a classroom Chromebook or laptop) on three screens of the built
 * game: the menu, the table (a share link of a 1956 round a few moves in,
 * which opens at the table) and the outcome (a share link of a finished
 * 1956 round). Chromium is Debian's, launched by Playwright with a remote
 * debugging port that Lighthouse drives. Scores are 0–100.
 */
import { chromium } from 'playwright-core';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { appendAction, newPlay } from '../src/engine/campaign/play';
import { encodeShare, makeSave } from '../src/engine/log/save';
import { historical } from '../src/engine/sim/policies';
import { runNegotiation } from '../src/engine/sim/run';
import { loadRound } from '../src/node/files';

export interface LighthouseScores {
  readonly performance: number;
  readonly accessibility: number;
  readonly best_practices: number;
}

/** Share links for the table (the first `moves` moves of 1956 as Japan) and the outcome (all of them). */
function links(moves: number): { table: string; outcome: string } {
  const s = loadRound('1956');
  const run = runNegotiation(s, { seed: 7, side: 'japan', policy: historical(0) });
  const link = (n: number) => {
    let play = newPlay('round', ['1956'], { japan: 'human', russia: 'computer' }, 7, { 1956: s.version });
    for (const a of run.actions.slice(0, n)) play = appendAction(play, a);
    return `#replay=${encodeShare(makeSave(play))}`;
  };
  return { table: link(moves), outcome: link(run.actions.length) };
}

export async function measureLighthouse(chromiumPath: string, args: readonly string[], url: string, port = 9339): Promise<Record<'menu' | 'table' | 'outcome', LighthouseScores>> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: [...args, `--remote-debugging-port=${port}`] });
  const { table, outcome } = links(4);
  const pages = { menu: `${url}?renderer=canvas`, table: `${url}?renderer=canvas${table}`, outcome: `${url}?renderer=canvas${outcome}` };
  const out: Partial<Record<'menu' | 'table' | 'outcome', LighthouseScores>> = {};
  try {
    for (const [name, page] of Object.entries(pages) as ['menu' | 'table' | 'outcome', string][]) {
      const result = await lighthouse(page, { port, logLevel: 'error', output: 'json', onlyCategories: ['performance', 'accessibility', 'best-practices'] }, desktopConfig);
      if (!result) throw new Error(`Lighthouse returned nothing for the ${name}`);
      const c = result.lhr.categories;
      const score = (id: string) => Math.round((c[id]?.score ?? 0) * 100);
      out[name] = { performance: score('performance'), accessibility: score('accessibility'), best_practices: score('best-practices') };
      const failing = Object.values(result.lhr.audits).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual');
      console.log(`lighthouse ${name}: ${JSON.stringify(out[name])}${failing.length ? ` — below 0.9: ${failing.map((a) => `${a.id} ${a.score}${a.displayValue ? ` (${a.displayValue})` : ''}`).join(', ')}` : ''}`);
    }
  } finally {
    await browser.close();
  }
  return out as Record<'menu' | 'table' | 'outcome', LighthouseScores>;
}
