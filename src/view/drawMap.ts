/**
 * Drawing the islands map into a Phaser Graphics: sea with its graticule, coasts with a shallow
 * water halo, each of the four islands coloured by its fate (proposed ones
 * paler), and the border line the fates imply.
 * The same function serves the menu's chart, the table and the outcome.
 */
import type Phaser from 'phaser';
import type { MapAsset } from '../map/asset';
import type { IslandId } from '../engine/model/types';
import type { MapPicture } from './bridge';
import { graticule } from './graticule';
import { mapPoint, mapScale, type Box } from './layout';
import { BORDER_LINE, COAST, FATE, INK, LAND, SEA, SEA_DEEP, UNSETTLED } from './palette';

const ISLANDS: ReadonlySet<string> = new Set(['habomai', 'shikotan', 'kunashiri', 'etorofu']);

type Pt = readonly [number, number];

function trace(g: Phaser.GameObjects.Graphics, box: Box, asset: MapAsset, ring: readonly Pt[]): void {
  g.beginPath();
  ring.forEach(([x, y], i) => {
    const [px, py] = mapPoint(box, x, y, asset.width, asset.height);
    if (i === 0) g.moveTo(px, py);
    else g.lineTo(px, py);
  });
  g.closePath();
}

function dashed(g: Phaser.GameObjects.Graphics, pts: readonly Pt[], dash: number, gap: number): void {
  let on = true;
  let left = dash;
  for (let i = 1; i < pts.length; i++) {
    let [x1, y1] = pts[i - 1] as Pt;
    const [x2, y2] = pts[i] as Pt;
    let len = Math.hypot(x2 - x1, y2 - y1);
    while (len > 0) {
      const step = Math.min(left, len);
      const t = step / len;
      const nx = x1 + (x2 - x1) * t;
      const ny = y1 + (y2 - y1) * t;
      if (on) g.lineBetween(x1, y1, nx, ny);
      x1 = nx;
      y1 = ny;
      len -= step;
      left -= step;
      if (left <= 0) {
        on = !on;
        left = on ? dash : gap;
      }
    }
  }
}

export interface MapStyle {
  /** Draw the four islands in their fates (false: a plain chart, as on the menu). */
  readonly fates: boolean;
  readonly frame: boolean;
}

export function drawMap(g: Phaser.GameObjects.Graphics, asset: MapAsset, box: Box, picture: MapPicture | null, style: MapStyle): void {
  const s = mapScale(box, asset.width, asset.height);
  const w = asset.width * s;
  const h = asset.height * s;
  if (style.frame) {
    g.fillStyle(0xf2ead8, 1).fillRect(box.x - 5, box.y - 5, w + 10, h + 10);
    g.lineStyle(1.5, COAST, 1).strokeRect(box.x - 5, box.y - 5, w + 10, h + 10);
  }
  g.fillStyle(SEA, 1).fillRect(box.x, box.y, w, h);
  g.lineStyle(1, SEA_DEEP, 1).strokeRect(box.x, box.y, w, h);
  // Meridians and parallels, whole degrees, clipped to the map.
  g.lineStyle(1, 0x98b3c1, 0.75);
  const inside = ([x, y]: Pt) => x >= 0 && y >= 0 && x <= asset.width && y <= asset.height;
  for (const line of graticule(asset)) {
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1] as Pt;
      const b = line[i] as Pt;
      if (!inside(a) || !inside(b)) continue;
      const [x1, y1] = mapPoint(box, a[0], a[1], asset.width, asset.height);
      const [x2, y2] = mapPoint(box, b[0], b[1], asset.width, asset.height);
      g.lineBetween(x1, y1, x2, y2);
    }
  }
  // Shallow water: soft bands around every coast.
  for (const [width, alpha] of [
    [10, 0.25],
    [5, 0.45],
  ] as const) {
    g.lineStyle(width * Math.max(0.6, s), 0xe4eef0, alpha);
    for (const f of asset.features) {
      for (const ring of f.rings) {
        trace(g, box, asset, ring);
        g.strokePath();
      }
    }
  }
  const proposed = new Set<IslandId>(picture?.proposed ?? []);
  for (const f of asset.features) {
    const island = ISLANDS.has(f.id) ? (f.id as IslandId) : null;
    const fate = island && style.fates ? picture?.fates[island] : undefined;
    const color = island ? (fate ? FATE[fate] : style.fates ? UNSETTLED : LAND) : LAND;
    const pale = island !== null && proposed.has(island);
    for (const ring of f.rings) {
      trace(g, box, asset, ring);
      if (pale) g.fillStyle(LAND, 1).fillPath();
      g.fillStyle(color, pale ? 0.55 : 1).fillPath();
      g.lineStyle(pale ? 1.5 : 1, COAST, pale ? 0.6 : 0.9).strokePath();
    }
  }
  const line = picture?.border ? asset.borders[picture.border] : undefined;
  if (line) {
    g.lineStyle(3, BORDER_LINE, 1);
    dashed(g, [mapPoint(box, line[0][0], line[0][1], asset.width, asset.height), mapPoint(box, line[1][0], line[1][1], asset.width, asset.height)], 9, 5);
  }
}

/** A compass rose for the chart: a north arrow in ink. */
export function drawCompass(g: Phaser.GameObjects.Graphics, x: number, y: number, r: number): void {
  g.lineStyle(1, COAST, 0.8).strokeCircle(x, y, r);
  g.lineStyle(1, COAST, 0.5).strokeCircle(x, y, r * 0.72);
  g.fillStyle(INK, 0.85).fillTriangle(x, y - r * 1.25, x - r * 0.28, y, x + r * 0.28, y);
  g.fillStyle(0xfffdf8, 1).fillTriangle(x, y + r * 1.05, x - r * 0.28, y, x + r * 0.28, y);
  g.lineStyle(1, INK, 0.85).strokeTriangle(x, y + r * 1.05, x - r * 0.28, y, x + r * 0.28, y);
  g.lineStyle(1, COAST, 0.7).lineBetween(x - r * 1.1, y, x + r * 1.1, y);
}
