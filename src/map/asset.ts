/**
 * The drawn map's asset (assets/map/islands.json, built by
 * scripts/build-map.ts): its shape, and reading it without trusting it.
 */
import { z } from 'zod';

/** The shape of assets/map/islands.json (built by scripts/build-map.ts). */
export interface MapFeature {
  readonly id: 'habomai' | 'shikotan' | 'kunashiri' | 'etorofu' | 'urup' | 'hokkaido' | 'other';
  readonly kind: 'island' | 'mainland' | 'other';
  readonly bbox: readonly [number, number, number, number];
  readonly rings: readonly (readonly (readonly [number, number])[])[];
}
export interface MapAsset {
  /** How the coastlines were projected (lon/lat in degrees → pixels), so other lines can be drawn to match. */
  readonly projection?: {
    readonly name: string;
    readonly parallels: readonly [number, number];
    readonly rotate: readonly [number, number];
    readonly scale: number;
    readonly translate: readonly [number, number];
    readonly fitBox: { readonly lon: readonly [number, number]; readonly lat: readonly [number, number] };
  };
  readonly width: number;
  readonly height: number;
  readonly features: readonly MapFeature[];
  readonly labels: Readonly<Record<string, readonly [number, number]>>;
  readonly borders: Readonly<Record<string, readonly [readonly [number, number], readonly [number, number]]>>;
}

const Point = z.tuple([z.number(), z.number()]);
const MapAssetSchema = z.object({
  width: z.number().positive(),
  height: z.number().positive(),
  features: z.array(z.object({ id: z.enum(['habomai', 'shikotan', 'kunashiri', 'etorofu', 'urup', 'hokkaido', 'other']), kind: z.enum(['island', 'mainland', 'other']), bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]), rings: z.array(z.array(Point)) })),
  labels: z.record(z.string(), Point),
  borders: z.record(z.string(), z.tuple([Point, Point])),
});

/** Read map/islands.json: the asset, or what is wrong with it (a truncated or damaged file is named, never thrown). */
export function parseMapAsset(text: string, file = 'map/islands.json'): { asset: MapAsset | null; problem: string | null } {
  const unusable = `The map (${file}) is damaged, so the game runs without the drawn islands; every round still works. Reload the page, or tell whoever runs the game.`;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { asset: null, problem: unusable };
  }
  return MapAssetSchema.safeParse(data).success ? { asset: data as MapAsset, problem: null } : { asset: null, problem: unusable };
}
