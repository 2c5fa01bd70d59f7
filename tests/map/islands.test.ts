// The map asset is real geography: Natural Earth 10 m, projected at build
// time. The four islands (and Urup) sit inside their known bounds, Etorofu is
// the largest, Habomai is several islets, and the committed file is what the
// build script produces today.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildMap, HEIGHT, WIDTH, type MapAsset } from '../../scripts/build-map';

const asset = JSON.parse(readFileSync(new URL('../../assets/map/islands.json', import.meta.url), 'utf8')) as MapAsset;
const get = (id: string) => {
  const f = asset.features.find((x) => x.id === id);
  if (!f) throw new Error(`no feature ${id}`);
  return f;
};
const area = (ring: [number, number][]) =>
  Math.abs(ring.reduce((n, [x, y], i) => {
    const [x2, y2] = ring[(i + 1) % ring.length] ?? [x, y];
    return n + x * y2 - x2 * y;
  }, 0)) / 2;
const T = 0.1;

describe('islands map asset', () => {
  it.each([
    ['kunashiri', [145.4, 146.6], [43.6, 44.6]],
    ['etorofu', [146.9, 148.9], [44.4, 45.6]],
    ['shikotan', [146.6, 146.9], [43.7, 43.9]],
    ['habomai', [145.9, 146.4], [43.4, 43.7]],
    ['urup', [149.4, 150.6], [45.5, 46.3]],
  ] as const)('%s lies within its known bounds', (id, lon, lat) => {
    const f = get(id);
    expect(f.bounds.lon[0]).toBeGreaterThanOrEqual(lon[0] - T);
    expect(f.bounds.lon[1]).toBeLessThanOrEqual(lon[1] + T);
    expect(f.bounds.lat[0]).toBeGreaterThanOrEqual(lat[0] - T);
    expect(f.bounds.lat[1]).toBeLessThanOrEqual(lat[1] + T);
    const [x0, y0, x1, y1] = f.bbox;
    expect(x0).toBeGreaterThanOrEqual(0);
    expect(y0).toBeGreaterThanOrEqual(0);
    expect(x1).toBeLessThanOrEqual(WIDTH);
    expect(y1).toBeLessThanOrEqual(HEIGHT);
  });
  it('Etorofu is the largest of the four, and Habomai is several islets', () => {
    const sizes = ['habomai', 'shikotan', 'kunashiri', 'etorofu'].map((id) => get(id).rings.reduce((n, r) => n + area(r), 0));
    expect(Math.max(...sizes)).toBe(sizes[3]);
    expect(get('habomai').rings.length).toBeGreaterThanOrEqual(3);
  });
  it('has the candidate border lines and labels', () => {
    expect(Object.keys(asset.borders).sort()).toEqual(['etorofu-urup', 'hokkaido-habomai', 'kunashiri-etorofu', 'shikotan-kunashiri']);
    for (const id of ['habomai', 'shikotan', 'kunashiri', 'etorofu', 'urup', 'hokkaido']) expect(asset.labels[id]).toBeDefined();
  });
  it('the committed file is what the build script produces', () => {
    expect(JSON.parse(JSON.stringify(buildMap()))).toEqual(asset);
  });
});
