/**
 * The table's map panel around the drawn map: what it shows (now, agreed, your
 * positions, theirs) as a row of toggle buttons above it, over it the island
 * names in this side's own forms with each island's fate in words, the
 * legend below, and the same in a sentence for screen readers.
 */
import type { MapAsset } from '../../map/asset';
import type { TableView } from '../../engine/view/viewModel';
import { tableMapPicture, type MapMode } from '../../view/bridge';
import { MAP_BOX } from '../../view/layout';
import { fill, h } from '../dom';
import { fateLabels, mapLabels, mapLegend, mapSummary } from '../mapLabels';

const MODES: readonly { mode: MapMode; label: string; unagreed: string; describe: (v: TableView) => string }[] = [
  { mode: 'now', label: 'Now', unagreed: 'proposed', describe: (v) => (v.pending ? 'Agreed so far, with the proposal on the table' : 'Agreed so far (no proposal on the table)') },
  { mode: 'agreed', label: 'Agreed', unagreed: 'proposed', describe: () => 'Only what both sides have agreed' },
  { mode: 'yours', label: 'Yours', unagreed: 'yours', describe: () => 'Your delegation’s stated positions' },
  { mode: 'theirs', label: 'Theirs', unagreed: 'theirs', describe: (v) => `The ${v.sides[v.them].short} delegation’s stated positions` },
];

export class MapPanel {
  readonly root = h('section', { class: 'map-box', 'aria-labelledby': 'map-h' });
  private readonly caption = h('p', { class: 'map-caption' });
  /** Where the map is drawn (the canvas shows through), with the names over it. */
  private readonly layer = h('div', { class: 'map-window', 'data-window': 'map' });
  private readonly legend = h('div', { class: 'legend-box' });
  private readonly summary = h('p', { class: 'sr-only', 'aria-live': 'off' });
  private readonly buttons: HTMLButtonElement[];
  private current: MapMode = 'now';
  private last: TableView | null = null;

  constructor(
    private readonly asset: MapAsset | null,
    private readonly onMode: () => void,
  ) {
    this.buttons = MODES.map((m) =>
      h('button', { type: 'button', class: 'seg', 'aria-pressed': String(m.mode === this.current), 'data-map-mode': m.mode, onclick: () => this.pick(m.mode) }, m.label),
    );
    this.root.append(h('div', { class: 'map-head' }, h('h2', { id: 'map-h' }, 'Map'), h('div', { class: 'segs', role: 'group', 'aria-label': 'What the map shows' }, this.buttons)), this.caption, this.layer, this.legend, this.summary);
  }

  get mode(): MapMode {
    return this.current;
  }

  private pick(mode: MapMode): void {
    this.current = mode;
    for (const b of this.buttons) b.setAttribute('aria-pressed', String(b.getAttribute('data-map-mode') === mode));
    if (this.last) this.update(this.last);
    this.onMode();
  }

  update(v: TableView): void {
    this.last = v;
    const picture = tableMapPicture(v.map, this.current);
    const russia = v.sides.russia.short;
    const mode = MODES.find((m) => m.mode === this.current) ?? MODES[0];
    this.caption.textContent = mode?.describe(v) ?? '';
    if (!this.asset) {
      fill(this.layer, h('p', { class: 'map-missing' }, 'The map could not be loaded.'));
      return;
    }
    fill(this.layer, mapLabels(this.asset, MAP_BOX, fateLabels(v.islands, picture, russia, v.you === 'japan' ? 'Uruppu' : 'Urup', mode?.unagreed)));
    fill(this.legend, mapLegend(picture, russia));
    this.summary.textContent = `The map shows: ${mapSummary(v.islands, picture, russia, mode?.unagreed)}`;
  }
}
