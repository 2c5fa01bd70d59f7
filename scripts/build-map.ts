/**
 * Builds assets/map/islands.json from Natural Earth 1:10m land (public domain,
 * via the world-atlas package): the polygons around the four islands,
 * projected once at build time to a 560×420 viewport (lon 143.2–150.8 E, lat 42.7–46.4 N), classified by
 * geographic bounds, with label points and candidate border lines.
 * Deterministic: the same input gives the same bytes. Run: npm run map
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { geoConicConformal, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';

export const WIDTH = 560;
export const HEIGHT = 420;
const BOX = { lon: [143.2, 150.8], lat: [42.7, 46.4] } as const;

export type FeatureId = 'habomai' | 'shikotan' | 'kunashiri' | 'etorofu' | 'urup' | 'hokkaido' | 'other';
export interface MapFeature {
  id: FeatureId;
  kind: 'island' | 'mainland' | 'other';
  bounds: { lon: [number, number]; lat: [number, number] };
  bbox: [number, number, number, number];
  rings: [number, number][][];
}
export interface MapAsset {
  source: string;
  projection: { name: string; parallels: [number, number]; rotate: [number, number]; box: typeof BOX };
  width: number;
  height: number;
  features: MapFeature[];
  labels: Record<string, [number, number]>;
  borders: Record<string, [[number, number], [number, number]]>;
}

/** Candidate border lines (lon/lat end points in the water between islands). */
const BORDERS: Record<string, [[number, number], [number, number]]> = {
  // Hokkaido's Nemuro peninsula | Habomai: the status-quo line through the Goyomai strait.
  'hokkaido-habomai': [[145.8, 43.5], [145.9, 43.3]],
  // Habomai and Shikotan | Kunashiri: the line a two-island settlement would draw.
  'shikotan-kunashiri': [[145.7, 43.58], [147.2, 43.98]],
  // Kunashiri | Etorofu: the Catherine (Ekaterina) strait.
  'kunashiri-etorofu': [[146.75, 44.25], [146.7, 44.6]],
  // Etorofu | Urup: the 1855 Shimoda line, the Kawana proposal (De Vries / Friza strait).
  'etorofu-urup': [[149.1, 45.3], [149.25, 45.85]],
};

function classify(lon: [number, number], lat: [number, number]): FeatureId {
  const [x0, x1] = lon;
  const [y0, y1] = lat;
  const cy = (y0 + y1) / 2;
  if (x0 < 143 && x1 > 143 && y0 > 41 && y0 < 42.5 && y1 < 46) return 'hokkaido';
  if (x0 >= 145.85 && x1 <= 146.45 && y0 >= 43.35 && y1 <= 43.72) return 'habomai';
  if (x0 >= 146.55 && x1 <= 147.0 && cy < 44) return 'shikotan';
  if (x0 >= 145.3 && x1 <= 146.7 && cy > 43.6 && y1 - y0 > 0.5) return 'kunashiri';
  if (x0 >= 146.8 && x1 <= 149.0 && cy > 44.2 && x1 - x0 > 1) return 'etorofu';
  if (x0 >= 149.3 && x1 <= 150.7 && cy > 45.3 && x1 - x0 > 0.6) return 'urup';
  return 'other';
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Clip a ring to the viewport (Sutherland–Hodgman against each edge). */
function clipRing(ring: [number, number][]): [number, number][] {
  const edges: [(p: [number, number]) => boolean, (a: [number, number], b: [number, number]) => [number, number]][] = [
    [(p) => p[0] >= 0, (a, b) => [0, a[1] + ((b[1] - a[1]) * (0 - a[0])) / (b[0] - a[0])]],
    [(p) => p[0] <= WIDTH, (a, b) => [WIDTH, a[1] + ((b[1] - a[1]) * (WIDTH - a[0])) / (b[0] - a[0])]],
    [(p) => p[1] >= 0, (a, b) => [a[0] + ((b[0] - a[0]) * (0 - a[1])) / (b[1] - a[1]), 0]],
    [(p) => p[1] <= HEIGHT, (a, b) => [a[0] + ((b[0] - a[0]) * (HEIGHT - a[1])) / (b[1] - a[1]), HEIGHT]],
  ];
  let out = ring;
  for (const [inside, cross] of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i] as [number, number];
      const prev = input[(i + input.length - 1) % input.length] as [number, number];
      if (inside(cur)) {
        if (!inside(prev)) out.push(cross(prev, cur));
        out.push(cur);
      } else if (inside(prev)) out.push(cross(prev, cur));
    }
  }
  return out.map(([x, y]) => [round1(x), round1(y)]);
}

export function buildMap(): MapAsset {
  const path = fileURLToPath(new URL('../node_modules/world-atlas/land-10m.json', import.meta.url));
  const topo = JSON.parse(readFileSync(path, 'utf8')) as Topology<{ land: GeometryCollection }>;
  const land = feature(topo, topo.objects.land);
  const polygons: [number, number][][][] = [];
  for (const f of land.features) {
    const g = f.geometry;
    if (g.type === 'Polygon') polygons.push(g.coordinates as [number, number][][]);
    else if (g.type === 'MultiPolygon') for (const p of g.coordinates) polygons.push(p as [number, number][][]);
  }
  const inBox = polygons.filter((poly) =>
    (poly[0] ?? []).some(([lon, lat]) => lon >= BOX.lon[0] && lon <= BOX.lon[1] && lat >= BOX.lat[0] && lat <= BOX.lat[1]),
  );
  const projection: GeoProjection = geoConicConformal()
    .parallels([43, 46])
    .rotate([-146, 0])
    .fitExtent(
      [
        [16, 16],
        [WIDTH - 16, HEIGHT - 16],
      ],
      {
        type: 'MultiPoint',
        coordinates: [
          [BOX.lon[0], BOX.lat[0]],
          [BOX.lon[1], BOX.lat[0]],
          [BOX.lon[1], BOX.lat[1]],
          [BOX.lon[0], BOX.lat[1]],
        ],
      },
    );
  const project = ([lon, lat]: [number, number]): [number, number] => {
    const p = projection([lon, lat]) ?? [0, 0];
    return [round1(p[0]), round1(p[1])];
  };
  const features = new Map<FeatureId, MapFeature>();
  for (const poly of inBox) {
    const outer = poly[0] ?? [];
    const lons = outer.map((p) => p[0]);
    const lats = outer.map((p) => p[1]);
    const lon: [number, number] = [Math.min(...lons), Math.max(...lons)];
    const lat: [number, number] = [Math.min(...lats), Math.max(...lats)];
    const id = classify(lon, lat);
    const rings = poly.map((ring) => {
      const pts: [number, number][] = [];
      for (const p of ring) {
        const q = project(p);
        const last = pts[pts.length - 1];
        if (!last || last[0] !== q[0] || last[1] !== q[1]) pts.push(q);
      }
      return pts;
    });
    const clipped = rings.map(clipRing).filter((r) => r.length >= 3);
    if (clipped.length === 0) continue;
    const xs = clipped.flat().map((p) => p[0]);
    const ys = clipped.flat().map((p) => p[1]);
    const existing = features.get(id);
    const entry: MapFeature = existing ?? {
      id,
      kind: id === 'hokkaido' ? 'mainland' : id === 'other' ? 'other' : 'island',
      bounds: { lon, lat },
      bbox: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)],
      rings: [],
    };
    entry.bounds = { lon: [Math.min(entry.bounds.lon[0], lon[0]), Math.max(entry.bounds.lon[1], lon[1])], lat: [Math.min(entry.bounds.lat[0], lat[0]), Math.max(entry.bounds.lat[1], lat[1])] };
    entry.bbox = [Math.min(entry.bbox[0], ...xs), Math.min(entry.bbox[1], ...ys), Math.max(entry.bbox[2], ...xs), Math.max(entry.bbox[3], ...ys)];
    entry.rings.push(...clipped);
    features.set(id, entry);
  }
  const order: FeatureId[] = ['other', 'hokkaido', 'urup', 'etorofu', 'kunashiri', 'shikotan', 'habomai'];
  const list = order.map((id) => features.get(id)).filter((f): f is MapFeature => f !== undefined);
  const labels: Record<string, [number, number]> = {};
  for (const f of list) if (f.id !== 'other') labels[f.id] = [round1((f.bbox[0] + f.bbox[2]) / 2), round1((f.bbox[1] + f.bbox[3]) / 2)];
  const borders: MapAsset['borders'] = {};
  for (const [name, [a, b]] of Object.entries(BORDERS)) borders[name] = [project(a), project(b)];
  return {
    source: 'Natural Earth 1:10m land via world-atlas 2.0.2 (public domain)',
    projection: { name: 'conic conformal', parallels: [43, 46], rotate: [-146, 0], box: BOX },
    width: WIDTH,
    height: HEIGHT,
    features: list,
    labels,
    borders,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const asset = buildMap();
  const out = fileURLToPath(new URL('../assets/map/islands.json', import.meta.url));
  writeFileSync(out, `${JSON.stringify(asset)}\n`);
  for (const f of asset.features) console.log(f.id.padEnd(10), String(f.rings.length).padStart(4), 'rings', 'lon', f.bounds.lon.map((n) => n.toFixed(2)).join('–'), 'lat', f.bounds.lat.map((n) => n.toFixed(2)).join('–'));
  console.log(`wrote ${out}`);
}
