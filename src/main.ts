/**
 * Entry point: start the app machine (app/appMachine.ts), which loads the
 * round index and shows the menu as soon as it is there (window.__ready),
 * while the one Phaser game (Canvas or WebGL) loads and boots alongside,
 * under the page, drawing into the page's windows.
 */
import './app/noEval';
import './ui/styles.css';
import type Phaser from 'phaser';
import { App } from './app/app';
import { startOffline } from './app/offline';
import type { Inspector } from './app/inspect';
import { loadRoundCode } from './app/lazy';
import { pageOptions } from './app/params';
import { RoomStore } from './view/bridge';

const options = pageOptions();
const host = document.getElementById('canvas-host') as HTMLElement;
const overlay = document.getElementById('overlay') as HTMLElement;
const bar = document.getElementById('boot-progress') as HTMLElement;
const barText = document.getElementById('boot-text') as HTMLElement;

const store = new RoomStore();
let frames = 0;

// The menu needs only the round index (preloaded by index.html). The round's
// code and Phaser, the biggest chunk, start loading once the menu is up, so
// their download and parse do not delay the first screen; the table waits
// for them.
bar.style.width = '30%';
barText.textContent = 'Loading the round index';
// With ?inspect=1 in development, the state machines' panel (never in a production build).
if (import.meta.env.DEV && options.inspect) void import('./app/inspector').then((m) => boot(m.createInspector()));
else boot(null);

/** Start the app machine: it loads the index, then puts up the menu (or a share link's round). */
function boot(inspector: Inspector | null): void {
  const started = new App(overlay, store, options, inspector);
  void started.booted().then(() => {
    reveal();
    requestAnimationFrame(() =>
      setTimeout(() => {
        // The round's code next (lazy.ts), so a click on a round does not wait for it; then Phaser, which only the table needs.
        void loadRoundCode()
          .catch(() => undefined)
          .then(() => startPhaser(started));
      }, 0),
    );
  });
  started.start();
}

let game: Promise<Phaser.Game> | null = null;
function startPhaser(shell: App): void {
  game ??= import('./view/game').then(({ createGame }) =>
    createGame(host, options.renderer, {
      store,
      map: () => shell.map,
      onReady: () => shell.sceneIsReady(),
      windowRect: (name) => overlay.querySelector(`[data-window="${name}"]`)?.getBoundingClientRect() ?? null,
      onFrame: () => {
        frames++;
      },
    }),
  );
  if (window.__frameWork) instrument(game, window.__frameWork);
}

function reveal(): void {
  if (overlay.classList.contains('is-ready')) return;
  bar.style.width = '100%';
  overlay.classList.remove('is-loading');
  overlay.classList.add('is-ready');
  overlay.removeAttribute('aria-busy');
  window.__ready = performance.now();
  startOffline(overlay);
}

declare global {
  interface Window {
    __frames?: () => number;
    /** With ?bench=1: per-frame [start of step, end of render] times (ms), for the benchmark. */
    __frameWork?: number[][];
  }
}
window.__frames = () => frames;
if (new URLSearchParams(location.search).get('bench') === '1') window.__frameWork = [];

/** With ?bench=1: record the time each frame's step and render take. */
function instrument(g: Promise<Phaser.Game>, samples: number[][]): void {
  let start = 0;
  void g.then((phaser) => {
    phaser.events.on('prestep', () => {
      start = performance.now();
    });
    phaser.events.on('postrender', () => {
      if (samples.length < 20_000) samples.push([start, performance.now()]);
    });
  });
}
