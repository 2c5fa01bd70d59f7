/**
 * Names over a drawn map, in the DOM so they stay sharp, translatable and
 * legible: each island's name and, once it has one, its fate in words (so
 * colour is never the only signal; an unnamed fate is "not settled", as the
 * legend says), placed beside the island so that close
 * neighbours (Habomai, Shikotan) do not collide; and the legend.
 */
import type { MapAsset } from '../map/asset';
import type { IslandFate, IslandId } from '../engine/model/types';
import type { MapPicture } from '../view/bridge';
import { boxPercent, mapPoint, type Box } from '../view/layout';
import { css, FATE, fateWords, UNSETTLED } from '../view/palette';
import { h } from './dom';

/** Where a label sits relative to its point: centred, or to one side. */
const ANCHOR: Readonly<Record<string, 'center' | 'right' | 'below' | 'left'>> = {
  shikotan: 'right',
  habomai: 'below',
  kunashiri: 'left',
};

export interface MapLabel {
  readonly id: string;
  readonly name: string;
  readonly native?: string;
  readonly fate?: string;
}

/** The names over a map drawn in `box`: a layer to lay over the box's window, each name placed by its fraction of the box. */
export function mapLabels(asset: MapAsset, box: Box, labels: readonly MapLabel[]): HTMLElement {
  return h(
    'div',
    { class: 'map-labels', 'aria-hidden': 'true' },
    labels.map((l) => {
      const at = asset.labels[l.id];
      if (!at) return null;
      const [x, y] = boxPercent(box, ...mapPoint(box, at[0], at[1], asset.width, asset.height));
      return h(
        'span',
        { class: `map-label at-${ANCHOR[l.id] ?? 'center'}${l.fate ? ' has-fate' : ''}`, style: `left:${x.toFixed(2)}%;top:${y.toFixed(2)}%`, 'data-island': l.id },
        h('span', { class: 'nm' }, l.name),
        l.native ? h('span', { class: 'nt' }, l.native) : null,
        l.fate ? h('span', { class: 'ft' }, l.fate) : null,
      );
    }),
  );
}

/** Labels for the four islands from a map picture, plus Urup and Hokkaido as plain names. */
export function fateLabels(islands: readonly { id: IslandId; name: string }[], map: MapPicture | null, russiaShort: string, urup: string, unagreed = 'proposed'): MapLabel[] {
  const proposed = new Set(map?.proposed ?? []);
  return [
    ...islands.map((i) => {
      const fate = map?.fates[i.id];
      return { id: i.id, name: i.name, ...(map && fate ? { fate: `${fateWords(fate, russiaShort)}${proposed.has(i.id) ? ` (${unagreed})` : ''}` } : {}) };
    }),
    { id: 'urup', name: urup },
    { id: 'hokkaido', name: 'Hokkaido' },
  ];
}

/** The legend for what a map shows: the fates present, unsettled islands, a proposal, a border. */
export function mapLegend(map: MapPicture, russiaShort: string): HTMLElement {
  const fates = new Set<IslandFate | undefined>((['habomai', 'shikotan', 'kunashiri', 'etorofu'] as const).map((id) => map.fates[id]));
  const order: (IslandFate | undefined)[] = ['japan', 'japan-after-treaty', 'joint', 'disputed', 'russia', undefined];
  return h(
    'div',
    { class: 'map-legend', 'aria-hidden': 'true' },
    order.filter((f) => fates.has(f)).map((f) => h('span', {}, h('span', { class: 'swatch', style: `background:${css(f ? FATE[f] : UNSETTLED)}` }), fateWords(f, russiaShort))),
    map.proposed.length > 0 ? h('span', {}, h('span', { class: 'swatch pale' }), 'Paler: not agreed') : null,
    map.border ? h('span', {}, h('span', { class: 'swatch line' }), 'Border') : null,
  );
}

/** The map in words, for people who cannot see it. */
export function mapSummary(islands: readonly { id: IslandId; name: string }[], map: MapPicture, russiaShort: string, unagreed = 'proposed'): string {
  const proposed = new Set(map.proposed);
  return islands.map((i) => `${i.name}: ${fateWords(map.fates[i.id], russiaShort)}${proposed.has(i.id) ? ` (${unagreed})` : ''}`).join('; ') + '.';
}
