// The chart's meridians and parallels use the projection the map asset was
// built with: the browser's own formulas agree with d3-geo's to a hundredth
// of a pixel, so a graticule line falls where the coastlines were drawn.
import { readFileSync } from 'node:fs';
import { geoConicConformal } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import type { MapAsset } from '../../src/map/asset';
import { conicConformal, graticule } from '../../src/view/graticule';

const asset = JSON.parse(readFileSync(new URL('../../assets/map/islands.json', import.meta.url), 'utf8')) as MapAsset;

describe('graticule', () => {
  it('projects like d3-geo with the asset’s parameters', () => {
    const p = asset.projection;
    if (!p) throw new Error('the map asset carries no projection');
    const d3 = geoConicConformal().parallels([...p.parallels]).rotate([...p.rotate]).scale(p.scale).translate([...p.translate]);
    const mine = conicConformal(p);
    for (const [lon, lat] of [
      [145.8, 43.5],
      [147.9, 45.2],
      [150.5, 46.2],
      [143.5, 42.9],
    ] as const) {
      const [x, y] = mine(lon, lat);
      const [dx, dy] = d3([lon, lat]) ?? [NaN, NaN];
      expect(x).toBeCloseTo(dx, 2);
      expect(y).toBeCloseTo(dy, 2);
    }
  });

  it('crosses the map with whole-degree lines', () => {
    const lines = graticule(asset);
    expect(lines.length).toBeGreaterThanOrEqual(10);
    const inside = lines.filter((l) => l.some(([x, y]) => x > 0 && x < asset.width && y > 0 && y < asset.height));
    expect(inside.length).toBeGreaterThanOrEqual(8);
  });
});
