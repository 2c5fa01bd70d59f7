/**
 * Page options from the URL: `?renderer=canvas|webgl` picks Phaser's
 * renderer (tests use canvas), `?fast=1` skips animations and delays (tests),
 * the system's reduced-motion preference shortens them for everyone, and
 * `?inspect=1` shows the state machines' panel (development builds only).
 */
export interface PageOptions {
  readonly renderer: 'auto' | 'canvas' | 'webgl';
  readonly fast: boolean;
  readonly reducedMotion: boolean;
  /** A fixed seed for the computer (otherwise a fresh one per round). */
  readonly seed: number | null;
  /** The development inspector (honoured only under `import.meta.env.DEV`, see main.ts). */
  readonly inspect: boolean;
}

export function pageOptions(search = location.search): PageOptions {
  const q = new URLSearchParams(search);
  const r = q.get('renderer');
  return {
    renderer: r === 'canvas' || r === 'webgl' ? r : 'auto',
    fast: q.get('fast') === '1',
    reducedMotion: typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches,
    inspect: q.get('inspect') === '1',
    seed: /^\d{1,9}$/.test(q.get('seed') ?? '') ? Number(q.get('seed')) : null,
  };
}
