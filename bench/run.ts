/**
 * `npm run bench`: builds the game and a bare Phaser page with the same Vite
 * config, then measures in headless Chromium on loopback — load time against
 * the bare page (alternating cold loads, medians), bytes for the menu, frame
 * intervals and work while dialogue animates, heap growth over 20 scripted
 * playthroughs — and the simulator's throughput per round on one core and
 * on all, with what an event costs (bench/simulator.ts). Prints a table and
 * writes bench/results.json. Not part of `npm test`. `--only simulator`
 * measures the simulator alone and updates its fields in the results;
 * `--only classLoad` runs the class server's load run alone
 * (bench/classLoad.ts: 30 classes × 30 students on two processes with Redis
 * and PostgreSQL, one killed mid-run; BENCH_CLASSES=n for fewer classes) and
 * updates its `class_load` field.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { canonicalJson } from '../src/engine/log/canonical';
import { historicalAction } from '../src/engine/sim/policies';
import { loadRound, ROOT, scenarioFiles } from '../src/node/files';
import { measureClassLoad, type ClassLoadBench } from './classLoad';
import { measureLighthouse } from './lighthouse';
import { measureRoundStart } from './roundStart';
import { measureSimulator, type SimulatorBench } from './simulator';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const LOADS = 7;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? 0;
};
const round1 = (n: number) => Math.round(n * 10) / 10;

async function serve(outDir: string): Promise<PreviewServer> {
  return preview({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), configLoader: 'runner', logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false } });
}

async function buildAll(): Promise<void> {
  await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), configLoader: 'runner', logLevel: 'warn' });
  await build({ root: join(ROOT, 'bench/bare'), configFile: join(ROOT, 'vite.config.ts'), configLoader: 'runner', mode: 'bench-bare', logLevel: 'warn', build: { outDir: join(ROOT, '.bench/bare'), emptyOutDir: true } });
}

/** One cold load of the game: navigation to the first round button visible, enabled and answering a click. */
async function loadGame(browser: Browser, url: string): Promise<{ ms: number; responses: { url: string; body: Buffer }[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const responses: { url: string; body: Buffer }[] = [];
  page.on('response', (r) => {
    void r.body().then((body) => responses.push({ url: r.url(), body }), () => undefined);
  });
  await page.goto(`${url}?renderer=canvas`, { waitUntil: 'commit' });
  await page.waitForFunction(() => {
    const b = document.querySelector<HTMLButtonElement>('[data-round]');
    return !!b && b.offsetParent !== null && !b.disabled && getComputedStyle(b).visibility === 'visible';
  }, null, { polling: 'raf', timeout: 30_000 });
  const ms = await page.evaluate(() => {
    const b = document.querySelectorAll<HTMLButtonElement>('[data-round]');
    const target = b[b.length - 1] as HTMLButtonElement;
    target.click();
    if (target.getAttribute('aria-pressed') !== 'true') throw new Error('the round button did not answer');
    return performance.now();
  });
  // Everything the start of the page fetches (Phaser loads alongside the menu).
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => (window.__frames?.() ?? 0) > 0, null, { timeout: 30_000 });
  await page.waitForTimeout(50);
  await context.close();
  return { ms, responses };
}

async function loadBare(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(`${url}?renderer=canvas`, { waitUntil: 'commit' });
  await page.waitForFunction(() => typeof (window as unknown as { __ready?: number }).__ready === 'number', null, { polling: 'raf', timeout: 30_000 });
  const ms = await page.evaluate(() => performance.now());
  await context.close();
  return ms;
}

async function waitTurn(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__game?.screen === 'outcome' || (window.__game?.screen === 'table' && !window.__game.busy && document.querySelectorAll('[data-testid="choices"] button.choice').length > 0), null, { timeout: 30_000 });
}

/**
 * Scripted playthroughs driven inside the page (menu → 1956 as Japan along its
 * historical moves → outcome → menu), so the harness's own polling does not
 * add garbage to the heap being measured.
 */
const DRIVER = `(keys, times) => new Promise((resolve, reject) => {
  let played = 0, step = 0, phase = 'menu';
  const q = (s) => document.querySelector(s);
  const started = performance.now();
  const tick = () => {
    const g = window.__game;
    if (performance.now() - started > 120000) { reject(new Error('playthrough timed out')); return; }
    // Starting over the last round's save asks first (nothing is overwritten silently); a red line asks too.
    const yes = q('dialog[open] [data-testid="confirm-lose-yes"], dialog[open] [data-testid="confirm-move-yes"]');
    if (yes) { yes.click(); setTimeout(tick, 5); return; }
    if (phase === 'menu' && g.screen === 'menu') { q('[data-round="1956"]').click(); q('input[name="side"][value="japan"]').click(); q('[data-testid="start"]').click(); phase = 'brief'; }
    else if (phase === 'brief' && g.screen === 'briefing') { q('[data-testid="begin"]').click(); phase = 'table'; step = 0; }
    else if (phase === 'table' && g.screen === 'table' && !g.busy) { const b = q('[data-testid="choices"] button.choice[data-action=' + JSON.stringify(keys[step]) + ']'); if (b) { b.click(); step++; } }
    else if (g.screen === 'outcome') { [...document.querySelectorAll('button')].find((b) => b.textContent === 'Menu').click(); played++; phase = 'menu'; if (played === times) { resolve(played); return; } }
    setTimeout(tick, 5);
  };
  tick();
})`;

const playthroughs = (page: Page, keys: string[], times: number) => page.evaluate(`(${DRIVER})(${JSON.stringify(keys)}, ${times})`);

/** The simulator's rows of the results table. */
function simulatorRows(sim: SimulatorBench): [string, string, string, boolean][] {
  const floor: [string, string, string, boolean][] = [['XState floor: one transition of a bare two-state machine', `${sim.xstate_floor_us} µs`, '', true]];
  return floor.concat(...Object.entries(sim.sims_per_s).map(([r, n]): [string, string, string, boolean][] => {
    const all = sim.sims_per_s_all[r] ?? 0;
    const e = sim.event_cost_us[r];
    return [
      [`simulator, round ${r}: one core / ${sim.sims_threads_all} cores`, `${n.toLocaleString('en')} / ${all.toLocaleString('en')} negotiations/s`, '≥ 10,000/s per core', n >= 10_000],
      [`  per event, round ${r}: XState / rules / computer`, e ? `${e.xstate_us} / ${e.rules_us} / ${e.decide_us} µs` : '—', '', true],
    ];
  }));
}

/** `--only simulator [--runs N]`: measure the simulator alone and update its fields of bench/results.json. */
function simulatorOnly(): void {
  const t0 = performance.now();
  const at = process.argv.indexOf('--runs');
  const runs = at >= 0 ? Number(process.argv[at + 1]) : 20_000;
  if (!Number.isSafeInteger(runs) || runs < 1) throw new Error(`bench: --runs takes a whole number of negotiations, not ${JSON.stringify(process.argv[at + 1] ?? '')}`);
  const sim = measureSimulator(scenarioFiles().map((f) => basename(f, '.yaml')), runs);
  const file = join(ROOT, 'bench', 'results.json');
  const before = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  writeFileSync(file, `${JSON.stringify({ ...before, ...sim }, null, 2)}\n`);
  for (const [a, b, c] of simulatorRows(sim)) console.log(`${a.padEnd(58)}${b.padEnd(36)}${c}`);
  console.log(`\nupdated the simulator's fields of bench/results.json (${round1((performance.now() - t0) / 1000)} s)`);
}

/** The class load run's rows of the results table. */
function classLoadRows(c: ClassLoadBench): [string, string, string, boolean][] {
  const clean = c.acknowledged_moves_lost === 0 && c.acknowledged_moves_doubled === 0 && c.seats_whose_last_table_differs_from_the_log === 0;
  return [
    [`class server: ${c.classes} classes × 30 (${c.pairs} pairs), 2 processes`, `${c.moves_per_second} moves/s, round trip p50 ${c.rtt_p50_ms} / p95 ${c.rtt_p95_ms} ms`, 'p95 ≤ 250 ms', c.rtt_p95_ms <= 250],
    ['  before the kill', `${c.moves_per_second_before_kill} moves/s, round trip p95 ${c.rtt_p95_ms_before_kill} ms`, '', true],
    ['  server memory (largest process)', `${c.server_rss_mb_max} MB`, '', true],
    ['  one process killed mid-run: all its games moving again', c.resumed_all_after_s === null ? 'no' : `after ${c.resumed_all_after_s} s (${c.reconnections} reconnections; ${c.games_unfinished} games unfinished at the deadline)`, 'all games finish', c.games_unfinished === 0 && c.resumed_all_after_s !== null],
    ['  moves lost / doubled / tables unlike the log', `${c.acknowledged_moves_lost} / ${c.acknowledged_moves_doubled} / ${c.seats_whose_last_table_differs_from_the_log}`, '0 / 0 / 0', clean],
  ];
}

const benchClasses = () => Number(process.env.BENCH_CLASSES ?? 30);

/** `--only classLoad`: the class server's load run alone, into the `class_load` field of bench/results.json. */
async function classLoadOnly(): Promise<void> {
  const t0 = performance.now();
  const c = await measureClassLoad(benchClasses());
  const file = join(ROOT, 'bench', 'results.json');
  const before = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  writeFileSync(file, `${JSON.stringify({ ...before, class_load: { ...c, when: new Date().toISOString() } }, null, 2)}\n`);
  for (const [a, b, t, ok] of classLoadRows(c)) console.log(`${a.padEnd(64)}${b.padEnd(52)}${t.padEnd(18)}${ok ? 'yes' : 'NO'}`);
  console.log(`\nupdated class_load in bench/results.json (${round1((performance.now() - t0) / 1000)} s)`);
}

async function main(): Promise<void> {
  const t0 = performance.now();
  console.log('building the game and the bare Phaser page…');
  await buildAll();
  const game = await serve(join(ROOT, 'dist'));
  const bare = await serve(join(ROOT, '.bench/bare'));
  const gameUrl = game.resolvedUrls?.local[0] ?? '';
  const bareUrl = bare.resolvedUrls?.local[0] ?? '';
  const tmp = join(ROOT, '.tmp', 'bench-chromium');
  mkdirSync(tmp, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, env: { ...process.env, TMPDIR: tmp } });

  // 1–2. Load time (alternating, cold contexts) and bytes for the menu.
  const gameLoads: number[] = [];
  const bareLoads: number[] = [];
  let menuResponses: { url: string; body: Buffer }[] = [];
  await loadGame(browser, gameUrl);
  await loadBare(browser, bareUrl);
  for (let i = 0; i < LOADS; i++) {
    const g = await loadGame(browser, gameUrl);
    gameLoads.push(g.ms);
    menuResponses = g.responses;
    bareLoads.push(await loadBare(browser, bareUrl));
  }
  const js = menuResponses.filter((r) => r.url.endsWith('.js'));
  const sum = (xs: { body: Buffer }[], gz: boolean) => xs.reduce((n, r) => n + (gz ? gzipSync(r.body, { level: 9 }).length : r.body.length), 0);
  const phaser = js.filter((r) => basename(r.url).startsWith('phaser'));
  // Round data: a round's own file and the source documents (the map is the menu's chart too).
  const roundDataAtMenu = menuResponses.some((r) => /rounds\/(\d{4}|practice|sources)\.json/.test(r.url));
  const dataAtMenu = menuResponses.filter((r) => !r.url.endsWith('.js') && !r.url.endsWith('.css') && !r.url.endsWith('/') && !r.url.includes('?')).map((r) => new URL(r.url).pathname);

  // 3. Frames while dialogue animates at the table.
  const framePage = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await framePage.goto(`${gameUrl}?renderer=canvas&bench=1&seed=3`);
  await framePage.waitForFunction(() => typeof window.__ready === 'number');
  await framePage.click('[data-round="1956"]');
  await framePage.click('[data-testid="start"]');
  await framePage.click('[data-testid="begin"]');
  await waitTurn(framePage);
  // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
  const rafIntervals = (await framePage.evaluate(`new Promise((resolve) => {
    const stamps = [];
    const startAt = performance.now();
    let clicks = 0;
    (window.__frameWork || []).length = 0;
    requestAnimationFrame(function tick(t) {
      stamps.push(t);
      const button = document.querySelector('[data-testid="choices"] button.choice');
      if (button && !(window.__game && window.__game.busy) && clicks < 6) { clicks++; button.click(); }
      if (t - startAt < 5000) requestAnimationFrame(tick);
      else resolve(stamps.slice(1).map((s, i) => s - stamps[i]));
    });
  })`)) as number[];
  const work = (await framePage.evaluate(() => window.__frameWork ?? [])).map(([a, b]) => (b ?? 0) - (a ?? 0));
  await framePage.close();

  // 4. Memory over 20 playthroughs in one page.
  const s = loadRound('1956');
  const keys = s.history.japan.map((h) => canonicalJson(historicalAction('japan', h)));
  const memPage = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const cdp = await memPage.context().newCDPSession(memPage);
  await memPage.goto(`${gameUrl}?renderer=canvas&fast=1&seed=5`);
  await memPage.waitForFunction(() => typeof window.__ready === 'number');
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
  };
  await playthroughs(memPage, keys, 1);
  const heap1 = await heap();
  await playthroughs(memPage, keys, 19);
  const heap20 = await heap();
  // Steady state: 20 more, to tell a leak (growth goes on) from V8 tiering up hot code (it levels off).
  await playthroughs(memPage, keys, 20);
  const heap40 = await heap();
  await memPage.close();

  // 5. Round start: from "Read your brief" to the brief, from "Go to the table" to the first move.
  const roundIds = scenarioFiles().map((f) => basename(f, '.yaml'));
  const roundStart = await measureRoundStart(browser, gameUrl, roundIds);
  // WebGL as a browser without ?renderer picks it (here drawn in software by SwiftShader): median of 3.
  const roundStartWebgl = await measureRoundStart(browser, gameUrl, roundIds, 3, 'webgl');
  await browser.close();

  // 6. Lighthouse on the menu, the table and the outcome (its own Chromium, one page at a time).
  const lh = await measureLighthouse(CHROMIUM, ARGS, gameUrl);
  await new Promise<void>((r) => game.httpServer.close(() => r()));
  await new Promise<void>((r) => bare.httpServer.close(() => r()));

  // 7. Simulator throughput per round (one core, then every core) and the cost of an event.
  const sims = measureSimulator(scenarioFiles().map((f) => basename(f, '.yaml')));

  // 8. The class server under load: two processes, Redis, PostgreSQL, one process killed mid-run.
  const classLoad = await measureClassLoad(benchClasses());

  const over25 = rafIntervals.filter((x) => x > 25).length;
  const results = {
    load_ms: round1(median(gameLoads)),
    bare_load_ms: round1(median(bareLoads)),
    load_ratio: Math.round((median(gameLoads) / median(bareLoads)) * 100) / 100,
    load_samples: { game: gameLoads.map(round1), bare: bareLoads.map(round1) },
    js_raw_bytes: sum(js, false),
    js_gzip_bytes: sum(js, true),
    total_raw_bytes: sum(menuResponses, false),
    total_gzip_bytes: sum(menuResponses, true),
    phaser_raw_bytes: sum(phaser, false),
    phaser_gzip_bytes: sum(phaser, true),
    round_data_at_menu: roundDataAtMenu,
    data_at_menu: dataAtMenu,
    frame_p50_ms: round1(pct(rafIntervals, 50)),
    frame_p95_ms: round1(pct(rafIntervals, 95)),
    frames_over_25ms_share: Math.round((over25 / Math.max(1, rafIntervals.length)) * 1000) / 1000,
    frame_count: rafIntervals.length,
    frame_work_p50_ms: round1(pct(work, 50)),
    frame_work_p95_ms: round1(pct(work, 95)),
    heap_after_1: heap1,
    heap_after_20: heap20,
    heap_growth: Math.round((heap20 / heap1) * 1000) / 1000,
    heap_after_40: heap40,
    heap_growth_steady: Math.round((heap40 / heap20) * 1000) / 1000,
    round_start_ms: roundStart,
    round_start_ms_webgl: roundStartWebgl,
    lighthouse: lh,
    ...sims,
    class_load: classLoad,
    bench_seconds: round1((performance.now() - t0) / 1000),
  };
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  const rows: [string, string, string, boolean][] = [
    ['load (menu interactive), median of 7', `${results.load_ms} ms (bare Phaser ${results.bare_load_ms} ms)`, '≤ 1000 ms', results.load_ms <= 1000],
    ['load ratio game / bare', String(results.load_ratio), '≤ 1.25', results.load_ratio <= 1.25],
    ['JS for the menu, gzip', `${kb(results.js_gzip_bytes)} (raw ${kb(results.js_raw_bytes)})`, '≤ 350 kB', results.js_gzip_bytes <= 350 * 1024],
    ['Phaser’s share, gzip (only the modules the game uses)', `${kb(results.phaser_gzip_bytes)} (raw ${kb(results.phaser_raw_bytes)})`, '', true],
    ['all bytes for the menu, gzip', `${kb(results.total_gzip_bytes)} (raw ${kb(results.total_raw_bytes)})`, '', true],
    ['round data fetched at the menu (ahead of the click)', String(results.round_data_at_menu), '', true],
    ...Object.entries(roundStart).map(([r, t]): [string, string, string, boolean] => [`round ${r}: brief / table after the click`, `${t.brief} / ${t.table} ms`, '≤ 300 / 300 ms', t.brief <= 300 && t.table <= 300]),
    ...Object.entries(roundStartWebgl).map(([r, t]): [string, string, string, boolean] => [`round ${r} in WebGL (software): brief / table`, `${t.brief} / ${t.table} ms`, '≤ 300 / 300 ms', t.brief <= 300 && t.table <= 300]),
    ['frame interval p50 / p95', `${results.frame_p50_ms} / ${results.frame_p95_ms} ms`, 'p95 ≤ 17.5 ms', results.frame_p95_ms <= 17.5],
    ['frames over 25 ms', `${(results.frames_over_25ms_share * 100).toFixed(1)} % of ${results.frame_count}`, '≤ 1 %', results.frames_over_25ms_share <= 0.01],
    ['work per frame p50 / p95', `${results.frame_work_p50_ms} / ${results.frame_work_p95_ms} ms`, 'p95 ≤ 8 ms', results.frame_work_p95_ms <= 8],
    ['heap after 1 / 20 playthroughs', `${kb(heap1)} / ${kb(heap20)} (×${results.heap_growth})`, '≤ ×1.10', results.heap_growth <= 1.1],
    ['heap after 20 / 40 (steady state)', `${kb(heap20)} / ${kb(heap40)} (×${results.heap_growth_steady})`, '(no leak: ≈ ×1.0)', results.heap_growth_steady <= 1.03],
    ...Object.entries(lh).map(([screen, l]): [string, string, string, boolean] => [`Lighthouse ${screen}: performance / accessibility / best practices`, `${l.performance} / ${l.accessibility} / ${l.best_practices}`, '≥ 90 / 95 / 95', l.performance >= 90 && l.accessibility >= 95 && l.best_practices >= 95]),
    ...simulatorRows(sims),
    ...classLoadRows(classLoad),
  ];
  const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => String(r[i]).length), 8) + 2);
  console.log(`\n${'measure'.padEnd(w[0] ?? 0)}${'result'.padEnd(w[1] ?? 0)}${'target'.padEnd(w[2] ?? 0)}met`);
  for (const [a, b, c, ok] of rows) console.log(`${a.padEnd(w[0] ?? 0)}${b.padEnd(w[1] ?? 0)}${c.padEnd(w[2] ?? 0)}${ok ? 'yes' : 'NO'}`);
  console.log(`\nwrote bench/results.json (${results.bench_seconds} s)`);
}

const only = process.argv.indexOf('--only');
const section = only >= 0 ? process.argv[only + 1] : undefined;
if (only >= 0 && section !== 'simulator' && section !== 'classLoad') throw new Error(`bench: --only takes "simulator" or "classLoad", not ${JSON.stringify(section ?? '')}`);
if (section === 'simulator') simulatorOnly();
else if (section === 'classLoad') await classLoadOnly();
else await main();
// The load run's client sockets and timers would keep node alive.
process.exit(0);
