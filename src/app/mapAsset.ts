/** The shape of assets/map/islands.json (built by scripts/build-map.ts). */
export interface MapFeature {
  readonly id: 'habomai' | 'shikotan' | 'kunashiri' | 'etorofu' | 'urup' | 'hokkaido' | 'other';
  readonly kind: 'island' | 'mainland' | 'other';
  readonly bbox: readonly [number, number, number, number];
  readonly rings: readonly (readonly (readonly [number, number])[])[];
}
export interface MapAsset {
  readonly width: number;
  readonly height: number;
  readonly features: readonly MapFeature[];
  readonly labels: Readonly<Record<string, readonly [number, number]>>;
  readonly borders: Readonly<Record<string, readonly [readonly [number, number], readonly [number, number]]>>;
}
