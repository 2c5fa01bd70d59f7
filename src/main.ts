/**
 * Entry point: scale the 1280×720 stage to the window, start the one Phaser
 * game (Canvas or WebGL), load the round index, and reveal the overlay once
 * the first frame is drawn and the menu is ready (window.__ready).
 */
import './ui/styles.css';
import { App } from './app/app';
import { pageOptions } from './app/params';
import { RoomStore } from './view/bridge';
import { createGame } from './view/game';

const options = pageOptions();
const stage = document.getElementById('stage') as HTMLElement;
const host = document.getElementById('canvas-host') as HTMLElement;
const overlay = document.getElementById('overlay') as HTMLElement;
const bar = document.getElementById('boot-progress') as HTMLElement;
const barText = document.getElementById('boot-text') as HTMLElement;

function fit(): void {
  const scale = Math.min(window.innerWidth / 1280, window.innerHeight / 720);
  stage.style.transform = `scale(${scale})`;
}
fit();
window.addEventListener('resize', fit);

const store = new RoomStore();
const app = new App(overlay, store, options);
let sceneReady = false;
let frames = 0;
const catalog = app.loadCatalog();

const progress = (fraction: number, label: string) => {
  bar.style.width = `${Math.round(fraction * 100)}%`;
  barText.textContent = label;
};

createGame(host, options.renderer, {
  store,
  map: () => app.map,
  onProgress: progress,
  onReady: () => {
    sceneReady = true;
    void catalog.then(reveal);
  },
  onFrame: () => {
    frames++;
  },
});

function reveal(): void {
  if (!sceneReady || overlay.classList.contains('is-ready')) return;
  overlay.classList.remove('is-loading');
  overlay.classList.add('is-ready');
  overlay.removeAttribute('aria-busy');
  if (document.body.dataset.screen !== 'error') app.showMenu();
  window.__ready = performance.now();
}

declare global {
  interface Window {
    __frames?: () => number;
  }
}
window.__frames = () => frames;
