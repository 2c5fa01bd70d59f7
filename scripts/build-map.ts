/**
 * Builds assets/map/islands.json from Natural Earth 1:10m land (public domain,
 * via the world-atlas package): every land polygon that reaches into the box
 * lon 143.2–150.8 E, lat 42.7–46.4 N (eastern Hokkaido, the four disputed islands,
 * Urup, and the edges of Honshu and Sakhalin), projected once at build time
 * with a conformal conic fitted to a 560×420 px viewport, classified by
 * geographic bounds, with label points and candidate border lines.
 *
 * Simplification: coordinates rounded to 0.1 px, consecutive duplicates
 * dropped, specks under MIN_AREA px² dropped, rings clipped to the viewport.
 * Deterministic: the same input gives the same bytes. Run: npm run map
 * (writes the file and prints per-class ring counts and lon/lat bounds).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { geoConicConformal } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export const WIDTH = 560;
export const HEIGHT = 420;
/** Padding between the fitted box and the viewport edge, px. */
const PAD = 16;
/** The geographic frame of the map, degrees. */
export const BOX = { lon: [143.2, 150.8], lat: [42.7, 46.4] } as const;
/** Geometry is first cut to the box grown by this many degrees, then clipped to the viewport in px. */
const MARGIN = 1.5;
/** Conic parallels near 1/6 and 5/6 of the box's latitude span; central meridian at its middle. */
const PARALLELS: [number, number] = [43.3, 45.8];
const ROTATE: [number, number] = [-(BOX.lon[0] + BOX.lon[1]) / 2, 0];
/** Rings smaller than this (px², after projection) are dropped as specks. */
const MIN_AREA = 0.5;
export const SOURCE = 'Natural Earth 10m land via world-atlas 2.0.2 (public domain)';

type Pt = [number, number];
export type FeatureId = 'habomai' | 'shikotan' | 'kunashiri' | 'etorofu' | 'urup' | 'hokkaido' | 'other';
export type BorderId = 'hokkaido-habomai' | 'shikotan-kunashiri' | 'kunashiri-etorofu' | 'etorofu-urup';
export interface MapFeature {
  id: FeatureId;
  kind: 'island' | 'mainland' | 'other';
  /** Geographic bounds of the feature's land inside BOX, degrees (4 decimals). */
  bounds: { lon: [number, number]; lat: [number, number] };
  /** Projected bounds [x0, y0, x1, y1], px. */
  bbox: [number, number, number, number];
  /** Closed rings (first point repeated last), px, y down. */
  rings: Pt[][];
}
export interface MapAsset {
  source: string;
  projection: {
    name: 'geoConicConformal';
    parallels: [number, number];
    rotate: [number, number];
    scale: number;
    translate: [number, number];
    fitBox: { lon: readonly [number, number]; lat: readonly [number, number] };
    padding: number;
  };
  width: number;
  height: number;
  features: MapFeature[];
  labels: Partial<Record<Exclude<FeatureId, 'other'>, Pt>>;
  borders: Record<BorderId, [Pt, Pt]>;
}

/**
 * Candidate border lines, each two lon/lat points in open water (checked at
 * build time: neither end on land, and the segment crosses no land ring).
 */
export const BORDERS: Record<BorderId, [Pt, Pt]> = {
  // Hokkaido (Nemuro peninsula, Cape Nosappu 145.82 E 43.39 N) | Habomai (Suisho islet 145.86 E):
  // the status-quo line, through the Goyomai strait.
  'hokkaido-habomai': [
    [145.77, 43.54],
    [145.95, 43.25],
  ],
  // Habomai and Shikotan | Kunashiri: the line a two-island settlement (1956 declaration) would draw,
  // from the south end of the Nemuro strait, under Kunashiri's south coast, out east past Shikotan.
  'shikotan-kunashiri': [
    [145.62, 43.57],
    [147.1, 44.05],
  ],
  // Kunashiri | Etorofu: across the Catherine (Yekaterina) strait.
  'kunashiri-etorofu': [
    [146.78, 44.25],
    [146.66, 44.62],
  ],
  // Etorofu | Urup: the 1855 Shimoda treaty line (and the 1998 Kawana proposal), across the Vries (Friza) strait.
  'etorofu-urup': [
    [149.05, 45.3],
    [149.3, 45.85],
  ],
};

interface Bounds {
  lon: [number, number];
  lat: [number, number];
}

/**
 * Classify one land polygon by the geographic bounds of its outer ring.
 * Natural Earth 10m values (outer-ring bounds) for reference:
 *   Hokkaido 139.77–145.82 E, 41.40–45.52 N; Notsuke spit (a sand spit of Hokkaido, detached in the data) 145.20–145.36 E, 43.52–43.61 N;
 *   Habomai: Suisho 145.86–145.95, Taraku 146.03–146.11, Shibotsu 146.08–146.23, Harukaru/Yuri 146.27–146.36 E, all 43.40–43.65 N;
 *   Shikotan 146.60–146.94 E, 43.71–43.88 N; Kunashiri 145.41–146.57 E, 43.65–44.51 N;
 *   Etorofu 146.86–148.86 E, 44.42–45.53 N; Urup 149.44–150.57 E, 45.58–46.23 N.
 */
export function classify({ lon: [x0, x1], lat: [y0, y1] }: Bounds): FeatureId {
  const cy = (y0 + y1) / 2;
  if (x0 < 141 && x1 > 145 && y0 > 41 && y0 < 42 && y1 < 46) return 'hokkaido';
  if (x0 >= 145.15 && x1 <= 145.4 && y0 >= 43.45 && y1 <= 43.65) return 'hokkaido'; // Notsuke spit
  if (x0 >= 145.85 && x1 <= 146.45 && y0 >= 43.35 && y1 <= 43.7) return 'habomai';
  if (x0 >= 146.55 && x1 <= 147.0 && cy > 43.6 && cy < 44) return 'shikotan';
  if (x0 >= 145.35 && x1 <= 146.7 && y0 > 43.6 && y1 - y0 > 0.5) return 'kunashiri';
  if (x0 >= 146.8 && x1 <= 149.0 && cy > 44.2 && x1 - x0 > 1) return 'etorofu';
  if (x0 >= 149.3 && x1 <= 150.7 && cy > 45.3 && x1 - x0 > 0.6) return 'urup';
  return 'other';
}

const KIND: Record<FeatureId, MapFeature['kind']> = {
  habomai: 'island',
  shikotan: 'island',
  kunashiri: 'island',
  etorofu: 'island',
  urup: 'island',
  hokkaido: 'mainland',
  other: 'other',
};
/** Drawing order: background land first, the disputed islands last. */
const ORDER: FeatureId[] = ['other', 'hokkaido', 'urup', 'etorofu', 'kunashiri', 'shikotan', 'habomai'];

const roundTo = (n: number, d: number) => {
  const f = 10 ** d;
  const r = Math.round(n * f) / f;
  return r === 0 ? 0 : r; // no -0 in the JSON
};
const r1 = (n: number) => roundTo(n, 1);

/** Sutherland–Hodgman clip of a ring (open or closed) to an axis-aligned rectangle; returns an open ring. */
function clipRect(ring: Pt[], x0: number, y0: number, x1: number, y1: number): Pt[] {
  const edges: [(p: Pt) => boolean, (a: Pt, b: Pt) => Pt][] = [
    [(p) => p[0] >= x0, (a, b) => [x0, a[1] + ((b[1] - a[1]) * (x0 - a[0])) / (b[0] - a[0])]],
    [(p) => p[0] <= x1, (a, b) => [x1, a[1] + ((b[1] - a[1]) * (x1 - a[0])) / (b[0] - a[0])]],
    [(p) => p[1] >= y0, (a, b) => [a[0] + ((b[0] - a[0]) * (y0 - a[1])) / (b[1] - a[1]), y0]],
    [(p) => p[1] <= y1, (a, b) => [a[0] + ((b[0] - a[0]) * (y1 - a[1])) / (b[1] - a[1]), y1]],
  ];
  let out = ring;
  for (const [inside, cross] of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i] as Pt;
      const prev = input[(i + input.length - 1) % input.length] as Pt;
      if (inside(cur)) {
        if (!inside(prev)) out.push(cross(prev, cur));
        out.push(cur);
      } else if (inside(prev)) out.push(cross(prev, cur));
    }
  }
  return out;
}

/** Shoelace area (absolute) of an open or closed ring. */
export function ringArea(ring: readonly (readonly [number, number])[]): number {
  let s = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i] as readonly [number, number];
    const b = ring[(i + 1) % ring.length] as readonly [number, number];
    s += a[0] * b[1] - b[0] * a[1];
  }
  return Math.abs(s) / 2;
}

/** Round to 0.1 px, drop consecutive (and wrap-around) duplicates, and close the ring. */
function tidy(ring: Pt[]): Pt[] {
  const pts: Pt[] = [];
  for (const [x, y] of ring) {
    const q: Pt = [r1(x), r1(y)];
    const last = pts[pts.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) pts.push(q);
  }
  while (pts.length > 1) {
    const first = pts[0] as Pt;
    const last = pts[pts.length - 1] as Pt;
    if (first[0] === last[0] && first[1] === last[1]) pts.pop();
    else break;
  }
  if (pts.length < 3) return [];
  const first = pts[0] as Pt;
  return [...pts, [first[0], first[1]]];
}

function boundsOf(points: Pt[]): Bounds {
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  for (const [x, y] of points) {
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  return { lon: [x0, x1], lat: [y0, y1] };
}

function segmentsCross(a: Pt, b: Pt, c: Pt, d: Pt): boolean {
  const orient = (p: Pt, q: Pt, r: Pt) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  return o1 !== o2 && o3 !== o4;
}

export function pointInRing([x, y]: Pt, ring: readonly (readonly [number, number])[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as readonly [number, number];
    const [xj, yj] = ring[j] as readonly [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Does the segment a–b touch land (an end inside a ring, or crossing a ring's edge)? */
export function segmentHitsLand(a: Pt, b: Pt, rings: readonly Pt[][]): boolean {
  for (const ring of rings) {
    if (pointInRing(a, ring) || pointInRing(b, ring)) return true;
    for (let i = 0; i + 1 < ring.length; i++) if (segmentsCross(a, b, ring[i] as Pt, ring[i + 1] as Pt)) return true;
  }
  return false;
}

/** Smallest distance (px) from the segment a–b to any vertex of the rings. */
export function clearance(a: Pt, b: Pt, rings: readonly Pt[][]): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let min = Infinity;
  for (const ring of rings) {
    for (const [x, y] of ring) {
      const t = Math.max(0, Math.min(1, ((x - a[0]) * dx + (y - a[1]) * dy) / (dx * dx + dy * dy)));
      min = Math.min(min, Math.hypot(x - a[0] - t * dx, y - a[1] - t * dy));
    }
  }
  return min;
}
/** Every border line stays at least this far (px) from any coastline vertex. */
export const MIN_CLEARANCE = 1;

/** Area-weighted centroid of a feature's rings (px). */
function centroid(rings: Pt[][]): Pt {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [x0, y0] = ring[i] as Pt;
      const [x1, y1] = ring[i + 1] as Pt;
      const k = x0 * y1 - x1 * y0;
      a += k;
      cx += (x0 + x1) * k;
      cy += (y0 + y1) * k;
    }
  }
  return [r1(cx / (3 * a)), r1(cy / (3 * a))];
}

function loadPolygons(): Pt[][][] {
  const path = fileURLToPath(new URL('../node_modules/world-atlas/land-10m.json', import.meta.url));
  const topo = JSON.parse(readFileSync(path, 'utf8')) as Topology<{ land: GeometryCollection }>;
  const land = feature(topo, topo.objects.land);
  const polygons: Pt[][][] = [];
  for (const f of land.features) {
    const g = f.geometry;
    if (g.type === 'Polygon') polygons.push(g.coordinates as Pt[][]);
    else if (g.type === 'MultiPolygon') for (const p of g.coordinates) polygons.push(p as Pt[][]);
  }
  return polygons;
}

export function buildMap(): MapAsset {
  // Fit the whole box (edges sampled every 0.25°, since parallels are arcs under a conic) into the padded viewport.
  const outline: Pt[] = [];
  for (let lon = BOX.lon[0]; lon <= BOX.lon[1] + 1e-9; lon += 0.25) outline.push([lon, BOX.lat[0]], [lon, BOX.lat[1]]);
  for (let lat = BOX.lat[0]; lat <= BOX.lat[1] + 1e-9; lat += 0.25) outline.push([BOX.lon[0], lat], [BOX.lon[1], lat]);
  const projection = geoConicConformal()
    .parallels(PARALLELS)
    .rotate(ROTATE)
    .fitExtent(
      [
        [PAD, PAD],
        [WIDTH - PAD, HEIGHT - PAD],
      ],
      { type: 'MultiPoint', coordinates: outline },
    );
  const project = (p: Pt): Pt => {
    const q = projection(p);
    if (!q) throw new Error(`cannot project ${p.join(',')}`);
    return q;
  };

  const groups = new Map<FeatureId, { rings: Pt[][]; geo: Pt[] }>();
  for (const poly of loadPolygons()) {
    const outer = poly[0] ?? [];
    // Keep the polygon only if some of its land lies inside the box itself.
    const inBox = clipRect(outer, BOX.lon[0], BOX.lat[0], BOX.lon[1], BOX.lat[1]);
    if (ringArea(inBox) <= 0) continue;
    const id = classify(boundsOf(outer));
    const rings: Pt[][] = [];
    for (const ring of poly) {
      const geo = clipRect(ring, BOX.lon[0] - MARGIN, BOX.lat[0] - MARGIN, BOX.lon[1] + MARGIN, BOX.lat[1] + MARGIN);
      if (geo.length < 3) continue;
      const px = tidy(clipRect(geo.map(project), 0, 0, WIDTH, HEIGHT));
      if (px.length > 0 && ringArea(px) >= MIN_AREA) rings.push(px);
    }
    if (rings.length === 0) continue;
    const group = groups.get(id) ?? { rings: [], geo: [] };
    group.rings.push(...rings);
    group.geo.push(...inBox);
    groups.set(id, group);
  }

  const features: MapFeature[] = [];
  const labels: MapAsset['labels'] = {};
  for (const id of ORDER) {
    const group = groups.get(id);
    if (!group) continue;
    const geo = boundsOf(group.geo);
    const px = boundsOf(group.rings.flat());
    features.push({
      id,
      kind: KIND[id],
      bounds: { lon: [roundTo(geo.lon[0], 4), roundTo(geo.lon[1], 4)], lat: [roundTo(geo.lat[0], 4), roundTo(geo.lat[1], 4)] },
      bbox: [px.lon[0], px.lat[0], px.lon[1], px.lat[1]],
      rings: group.rings,
    });
    if (id !== 'other') labels[id] = centroid(group.rings);
  }

  const land = features.flatMap((f) => f.rings);
  const borders = {} as MapAsset['borders'];
  for (const [name, [a, b]] of Object.entries(BORDERS) as [BorderId, [Pt, Pt]][]) {
    const pa = project(a);
    const pb = project(b);
    const seg: [Pt, Pt] = [
      [r1(pa[0]), r1(pa[1])],
      [r1(pb[0]), r1(pb[1])],
    ];
    if (segmentHitsLand(seg[0], seg[1], land) || clearance(seg[0], seg[1], land) < MIN_CLEARANCE) {
      throw new Error(`border ${name} (${a.join(' ')} → ${b.join(' ')}) touches land`);
    }
    borders[name] = seg;
  }

  return {
    source: SOURCE,
    projection: {
      name: 'geoConicConformal',
      parallels: PARALLELS,
      rotate: ROTATE,
      scale: roundTo(projection.scale(), 4),
      translate: [roundTo(projection.translate()[0], 4), roundTo(projection.translate()[1], 4)],
      fitBox: BOX,
      padding: PAD,
    },
    width: WIDTH,
    height: HEIGHT,
    features,
    labels,
    borders,
  };
}

/** The file's exact bytes. */
export const serialize = (asset: MapAsset): string => `${JSON.stringify(asset)}\n`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const asset = buildMap();
  const out = fileURLToPath(new URL('../assets/map/islands.json', import.meta.url));
  const text = serialize(asset);
  writeFileSync(out, text);
  for (const f of asset.features) {
    const area = f.rings.reduce((n, r) => n + ringArea(r), 0);
    console.log(
      f.id.padEnd(10),
      `${String(f.rings.length).padStart(3)} rings`,
      `${String(f.rings.reduce((n, r) => n + r.length, 0)).padStart(5)} pts`,
      `lon ${f.bounds.lon.map((n) => n.toFixed(3)).join('–')}`,
      `lat ${f.bounds.lat.map((n) => n.toFixed(3)).join('–')}`,
      `area ${area.toFixed(0)} px²`,
    );
  }
  const land = asset.features.flatMap((f) => f.rings);
  for (const [name, [a, b]] of Object.entries(asset.borders)) console.log(`border ${name.padEnd(18)} ${JSON.stringify([a, b])} clearance ${clearance(a, b, land).toFixed(1)} px`);
  console.log(`labels ${JSON.stringify(asset.labels)}`);
  console.log(`wrote ${out} (${text.length} bytes)`);
}
