// The map asset is real geography: Natural Earth 10 m, projected at build
// time. The four islands (and Urup) sit inside their known bounds, Etorofu is
// the largest, Habomai is several islets, the border lines lie in open water,
// and the committed file is exactly what the build script produces today.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMapAsset } from '../../src/map/asset';
import { BOX, buildMap, clearance, HEIGHT, pointInRing, ringArea, segmentHitsLand, serialize, WIDTH, type MapAsset, type MapFeature } from '../../scripts/build-map';

const url = new URL('../../assets/map/islands.json', import.meta.url);
const text = readFileSync(url, 'utf8');
const asset = JSON.parse(text) as MapAsset;
const get = (id: MapFeature['id']): MapFeature => {
  const f = asset.features.find((x) => x.id === id);
  if (!f) throw new Error(`no feature ${id}`);
  return f;
};
const area = (f: MapFeature) => f.rings.reduce((n, r) => n + ringArea(r), 0);
/** Tolerance on the known geographic ranges, degrees. */
const T = 0.1;
const ISLANDS = ['habomai', 'shikotan', 'kunashiri', 'etorofu'] as const;

describe('islands map asset', () => {
  it('names its public-domain source and its size', () => {
    expect(asset.source).toBe('Natural Earth 10m land via world-atlas 2.0.2 (public domain)');
    expect([asset.width, asset.height]).toEqual([WIDTH, HEIGHT]);
    expect([WIDTH, HEIGHT]).toEqual([560, 420]);
    expect(text.length).toBeLessThan(150_000);
  });

  it.each([
    ['kunashiri', [145.4, 146.6], [43.6, 44.6]],
    ['etorofu', [146.9, 148.9], [44.4, 45.6]],
    ['shikotan', [146.6, 146.9], [43.7, 43.9]],
    ['habomai', [145.9, 146.4], [43.4, 43.7]],
    ['urup', [149.4, 150.6], [45.5, 46.3]],
  ] as const)('%s lies within its known bounds', (id, lon, lat) => {
    const f = get(id);
    expect(f.kind).toBe('island');
    expect(f.bounds.lon[0]).toBeGreaterThanOrEqual(lon[0] - T);
    expect(f.bounds.lon[1]).toBeLessThanOrEqual(lon[1] + T);
    expect(f.bounds.lat[0]).toBeGreaterThanOrEqual(lat[0] - T);
    expect(f.bounds.lat[1]).toBeLessThanOrEqual(lat[1] + T);
  });

  it('Hokkaido is the mainland, including the Nemuro peninsula, and none of it is classed as an island', () => {
    const h = get('hokkaido');
    expect(h.kind).toBe('mainland');
    expect(h.bounds.lon[0]).toBeLessThanOrEqual(BOX.lon[0] + 0.01); // reaches the western edge of the frame
    expect(h.bounds.lon[1]).toBeGreaterThan(145.7); // Cape Nosappu, 145.82 E
    expect(area(h)).toBeGreaterThan(5 * Math.max(...ISLANDS.map((id) => area(get(id)))));
  });

  it('Etorofu is the largest of the four by projected area, and Habomai is several islets', () => {
    const sizes = ISLANDS.map((id) => area(get(id)));
    expect(Math.max(...sizes)).toBe(sizes[3]);
    expect(get('habomai').rings.length).toBeGreaterThanOrEqual(3);
  });

  it('every feature lies within the 560×420 viewport, with closed rings', () => {
    for (const f of asset.features) {
      const [x0, y0, x1, y1] = f.bbox;
      expect(x0).toBeGreaterThanOrEqual(0);
      expect(y0).toBeGreaterThanOrEqual(0);
      expect(x1).toBeLessThanOrEqual(WIDTH);
      expect(y1).toBeLessThanOrEqual(HEIGHT);
      for (const ring of f.rings) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[0]).toEqual(ring[ring.length - 1]);
        for (const [x, y] of ring) {
          expect(x >= x0 && x <= x1 && y >= y0 && y <= y1).toBe(true);
        }
      }
    }
  });

  it('has the four candidate border lines, each in open water between its islands', () => {
    expect(Object.keys(asset.borders).sort()).toEqual(['etorofu-urup', 'hokkaido-habomai', 'kunashiri-etorofu', 'shikotan-kunashiri']);
    const land = asset.features.flatMap((f) => f.rings);
    for (const [a, b] of Object.values(asset.borders)) {
      for (const p of [a, b]) expect(p[0] >= 0 && p[0] <= WIDTH && p[1] >= 0 && p[1] <= HEIGHT).toBe(true);
      expect(segmentHitsLand(a, b, land)).toBe(false);
      expect(clearance(a, b, land)).toBeGreaterThanOrEqual(1);
    }
  });

  it('has a label for each named feature, on the single-island ones inside the island', () => {
    for (const id of ['habomai', 'shikotan', 'kunashiri', 'etorofu', 'urup', 'hokkaido'] as const) expect(asset.labels[id]).toBeDefined();
    for (const id of ['shikotan', 'kunashiri', 'etorofu', 'urup', 'hokkaido'] as const) {
      const p = asset.labels[id];
      if (!p) throw new Error(`no label ${id}`);
      expect(get(id).rings.some((r) => pointInRing(p, r))).toBe(true);
    }
  });

  it('the game reads the committed file, and refuses one of the wrong shape with its notice', () => {
    expect(parseMapAsset(text)).toEqual({ asset, problem: null });
    const broken = (change: (a: Record<string, unknown>) => void) => {
      const copy = JSON.parse(text) as Record<string, unknown>;
      change(copy);
      return parseMapAsset(JSON.stringify(copy)).problem;
    };
    const f0 = (a: Record<string, unknown>) => (a.features as Record<string, unknown>[])[0] as Record<string, unknown>;
    for (const change of [
      (a: Record<string, unknown>) => (a.width = 0),
      (a: Record<string, unknown>) => delete a.labels,
      (a: Record<string, unknown>) => (f0(a).id = 'sakhalin'),
      (a: Record<string, unknown>) => (f0(a).bbox = [1, 2, 3]),
      (a: Record<string, unknown>) => (f0(a).rings = [[[1, 'x']]]),
      (a: Record<string, unknown>) => (a.borders = { x: [[1, 2]] }),
    ]) {
      expect(broken(change)).toContain('The map (map/islands.json) is damaged');
    }
    expect(parseMapAsset(text.slice(0, 100)).asset).toBeNull();
  });

  it('the committed file is what the build script produces', () => {
    const fresh = buildMap();
    expect(JSON.parse(JSON.stringify(fresh))).toEqual(asset);
    expect(serialize(fresh)).toBe(text);
  });
});
