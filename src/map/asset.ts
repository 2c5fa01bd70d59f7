/**
 * The drawn map's asset (assets/map/islands.json, built by
 * scripts/build-map.ts): its shape, and reading it without trusting it.
 */
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

const IDS: readonly string[] = ['habomai', 'shikotan', 'kunashiri', 'etorofu', 'urup', 'hokkaido', 'other'];
const KINDS: readonly string[] = ['island', 'mainland', 'other'];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumbers = (v: unknown, n: number): boolean => Array.isArray(v) && v.length === n && v.every((x) => typeof x === 'number' && Number.isFinite(x));
const isPoint = (v: unknown): boolean => isNumbers(v, 2);
const isFeature = (f: unknown): boolean =>
  isObject(f) && IDS.includes(f.id as string) && KINDS.includes(f.kind as string) && isNumbers(f.bbox, 4) && Array.isArray(f.rings) && f.rings.every((r) => Array.isArray(r) && r.every(isPoint));

/**
 * Whether `data` has the asset's shape. Checked by hand, not with a zod
 * schema: the map is read while the menu is coming up, and this keeps zod
 * out of what the menu waits for.
 */
function isMapAsset(data: unknown): data is MapAsset {
  if (!isObject(data) || !isObject(data.labels) || !isObject(data.borders)) return false;
  const positive = (v: unknown) => typeof v === 'number' && v > 0 && Number.isFinite(v);
  return (
    positive(data.width) &&
    positive(data.height) &&
    Array.isArray(data.features) &&
    data.features.every(isFeature) &&
    Object.values(data.labels).every(isPoint) &&
    Object.values(data.borders).every((b) => Array.isArray(b) && b.length === 2 && b.every(isPoint))
  );
}

/** Read map/islands.json: the asset, or what is wrong with it (a truncated or damaged file is named, never thrown). */
export function parseMapAsset(text: string, file = 'map/islands.json'): { asset: MapAsset | null; problem: string | null } {
  const unusable = `The map (${file}) is damaged, so the game runs without the drawn islands; every round still works. Reload the page, or tell whoever runs the game.`;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { asset: null, problem: unusable };
  }
  return isMapAsset(data) ? { asset: data, problem: null } : { asset: null, problem: unusable };
}
