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
