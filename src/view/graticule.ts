/**
 * The map's graticule: the Lambert conformal conic projection the map asset
 * was made with (its parameters travel in the asset), so the meridians and
 * parallels drawn on the chart fall where the coastlines were projected.
 * The same formulas as d3-geo's geoConicConformal (tested against it).
 */
import type { MapAsset } from '../map/asset';

export interface ConicParams {
  readonly parallels: readonly [number, number];
  readonly rotate: readonly [number, number];
  readonly scale: number;
  readonly translate: readonly [number, number];
}

const RAD = Math.PI / 180;
const tany = (y: number) => Math.tan((Math.PI / 2 + y) / 2);

/** Longitude and latitude (degrees) to the asset's pixel coordinates. */
export function conicConformal(p: ConicParams): (lon: number, lat: number) => [number, number] {
  const y0 = p.parallels[0] * RAD;
  const y1 = p.parallels[1] * RAD;
  const n = y0 === y1 ? Math.sin(y0) : Math.log(Math.cos(y0) / Math.cos(y1)) / Math.log(tany(y1) / tany(y0));
  const f = (Math.cos(y0) * Math.pow(tany(y0), n)) / n;
  return (lon, lat) => {
    const x = (lon + p.rotate[0]) * RAD;
    const r = f / Math.pow(tany(lat * RAD), n);
    return [p.translate[0] + p.scale * r * Math.sin(n * x), p.translate[1] - p.scale * (f - r * Math.cos(n * x))];
  };
}

/** Meridians and parallels every whole degree across the asset's box, as polylines in asset pixels. */
export function graticule(asset: MapAsset): [number, number][][] {
  const proj = asset.projection;
  if (!proj) return [];
  const project = conicConformal(proj);
  const [lon0, lon1] = proj.fitBox.lon;
  const [lat0, lat1] = proj.fitBox.lat;
  const lines: [number, number][][] = [];
  for (let lon = Math.ceil(lon0 - 1); lon <= Math.floor(lon1 + 1); lon++) {
    const line: [number, number][] = [];
    for (let lat = lat0 - 1; lat <= lat1 + 1.001; lat += 0.25) line.push(project(lon, lat));
    lines.push(line);
  }
  for (let lat = Math.ceil(lat0 - 1); lat <= Math.floor(lat1 + 1); lat++) {
    const line: [number, number][] = [];
    for (let lon = lon0 - 1; lon <= lon1 + 1.001; lon += 0.25) line.push(project(lon, lat));
    lines.push(line);
  }
  return lines;
}
