/**
 * Draws the game's icons from its own map (assets/map/islands.json): the
 * four disputed islands in gold on the sea, with Hokkaido's coast, on a
 * square cropped around them; PNGs at 192 and 512 pixels, and a 512 maskable
 * one whose picture keeps to the central safe circle. Writes assets/icons/.
 * Run with `npx tsx scripts/build-icons.ts` after the map changes. Plain
 * Node: an anti-aliased scanline fill and a small PNG writer (zlib).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import type { MapAsset } from '../src/map/asset';
import { ROOT } from '../src/node/files';

type Rgb = readonly [number, number, number];
const SEA: Rgb = [0x2b, 0x5a, 0x7d];
const LAND: Rgb = [0xea, 0xe0, 0xc8];
const ISLAND: Rgb = [0xe0, 0xb8, 0x4c];
const OTHER: Rgb = [0x9f, 0xb4, 0xc2];
const FOUR = new Set(['habomai', 'shikotan', 'kunashiri', 'etorofu']);
const SUPER = 4;

/** The square of the map to show: around the four islands, with room for Hokkaido's coast. */
function frame(asset: MapAsset, pad: number): { x: number; y: number; size: number } {
  const boxes = asset.features.filter((f) => FOUR.has(f.id)).map((f) => f.bbox);
  const x0 = Math.min(...boxes.map((b) => b[0]));
  const y0 = Math.min(...boxes.map((b) => b[1]));
  const x1 = Math.max(...boxes.map((b) => b[2]));
  const y1 = Math.max(...boxes.map((b) => b[3]));
  const size = Math.max(x1 - x0, y1 - y0) * (1 + pad);
  return { x: (x0 + x1) / 2 - size / 2 - size * 0.06, y: (y0 + y1) / 2 - size / 2 + size * 0.04, size };
}

/** Coverage (0–1) of each pixel by a set of rings (even–odd), sampled SUPER×SUPER per pixel. */
function coverage(rings: readonly (readonly (readonly [number, number])[])[], px: number, map: (p: readonly [number, number]) => [number, number]): Float32Array {
  const n = px * SUPER;
  const hits = new Uint16Array(px * px);
  const edges = rings.flatMap((ring) => ring.map((p, i) => [map(p), map(ring[(i + 1) % ring.length] as [number, number])] as const));
  for (let sy = 0; sy < n; sy++) {
    const y = sy + 0.5;
    const xs: number[] = [];
    for (const [[ax, ay], [bx, by]] of edges) if (ay <= y !== by <= y) xs.push(ax + ((y - ay) / (by - ay)) * (bx - ax));
    xs.sort((a, b) => a - b);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      const from = Math.max(0, Math.ceil((xs[k] as number) - 0.5));
      const to = Math.min(n - 1, Math.floor((xs[k + 1] as number) - 0.5));
      const row = Math.floor(sy / SUPER) * px;
      for (let sx = from; sx <= to; sx++) {
        const i = row + Math.floor(sx / SUPER);
        hits[i] = (hits[i] ?? 0) + 1;
      }
    }
  }
  return Float32Array.from(hits, (v) => v / (SUPER * SUPER));
}

function draw(asset: MapAsset, px: number, maskable: boolean): Buffer {
  // A maskable icon may be cut to a circle of 80% of its width: the picture keeps inside it.
  const view = frame(asset, maskable ? 0.75 : 0.32);
  const scale = (px * SUPER) / view.size;
  const map = (p: readonly [number, number]): [number, number] => [(p[0] - view.x) * scale, (p[1] - view.y) * scale];
  const rgb = new Uint8Array(px * px * 3);
  for (let i = 0; i < px * px; i++) rgb.set(SEA, i * 3);
  const paint = (ids: (id: string) => boolean, colour: Rgb) => {
    const cov = coverage(asset.features.filter((f) => ids(f.id)).flatMap((f) => f.rings), px, map);
    cov.forEach((c, i) => {
      if (c > 0) for (let k = 0; k < 3; k++) rgb[i * 3 + k] = Math.round((rgb[i * 3 + k] as number) * (1 - c) + (colour[k] as number) * c);
    });
  };
  paint((id) => id === 'other' || id === 'urup', OTHER);
  paint((id) => id === 'hokkaido', LAND);
  paint((id) => FOUR.has(id), ISLAND);
  return png(px, rgb);
}

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(b: Buffer): number {
  let c = 0xffffffff;
  for (const byte of b) c = (CRC[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}
/** An 8-bit RGB PNG. */
function png(px: number, rgb: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(px, 0);
  header.writeUInt32BE(px, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.alloc(px * (px * 3 + 1));
  for (let y = 0; y < px; y++) raw.set(rgb.subarray(y * px * 3, (y + 1) * px * 3), y * (px * 3 + 1) + 1);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const asset = JSON.parse(readFileSync(join(ROOT, 'assets/map/islands.json'), 'utf8')) as MapAsset;
const out = join(ROOT, 'assets/icons');
mkdirSync(out, { recursive: true });
for (const [name, px, maskable] of [['icon-192.png', 192, false], ['icon-512.png', 512, false], ['icon-maskable-512.png', 512, true]] as const) {
  writeFileSync(join(out, name), draw(asset, px, maskable));
  console.log(`wrote assets/icons/${name}`);
}
