/**
 * The table screen's DOM over the drawn room: the phase and whose turn it
 * is, the place cards and speech bubble, the map panel, the meters, and the
 * side panel with the draft document, the dialogue log (aria-live) and the
 * choices. It renders view-models and forwards the chosen action; it decides
 * nothing.
 */
import type { MapAsset } from '../../app/mapAsset';
import type { Action } from '../../engine/model/state';
import type { SourceLibrary } from '../../engine/scenario/citations';
import type { LogLineView, TableView } from '../../engine/view/viewModel';
import type { MapMode } from '../../view/bridge';
import { fill, h } from '../dom';
import { Choices } from './choices';
import { DraftDocument } from './document';
import { MapPanel } from './map';
import { Meters } from './meters';
import { RoomLabels, Speech } from './room';

export interface TableHandlers {
  readonly onChoose: (action: Action) => void;
  /** The map panel changed what it shows: redraw the map. */
  readonly onMapMode: () => void;
  readonly sources: SourceLibrary;
  readonly map: MapAsset | null;
  readonly animate: boolean;
}

/** The last spoken line of a view: who speaks now. */
export function lastSpoken(v: TableView): LogLineView | undefined {
  return [...v.log].reverse().find((l) => l.kind === 'action');
}

export class TableScreen {
  readonly root: HTMLElement;
  private readonly top = h('div', { class: 'table-top' });
  private readonly room = new RoomLabels();
  private readonly speech: Speech;
  private readonly mapPanel: MapPanel;
  private readonly meters = new Meters();
  private readonly doc = new DraftDocument();
  private readonly logList = h('ol', { 'aria-live': 'polite', 'aria-relevant': 'additions', 'data-testid': 'dialogue' });
  private readonly logBox = h('section', { class: 'log', tabindex: 0, 'aria-labelledby': 'log-h' });
  private readonly choices: Choices;
  private rendered = 0;

  constructor(handlers: TableHandlers) {
    this.speech = new Speech(handlers.animate);
    this.mapPanel = new MapPanel(handlers.map, handlers.onMapMode);
    this.choices = new Choices(handlers.onChoose, handlers.sources);
    this.logBox.append(h('h2', { id: 'log-h', class: 'sr-only' }, 'Dialogue'), this.logList);
    this.root = h(
      'section',
      { class: 'table-screen', 'aria-labelledby': 'table-title', 'data-screen': 'table' },
      h('h1', { id: 'table-title', class: 'sr-only' }, 'At the table'),
      this.top,
      this.room.root,
      this.speech.root,
      this.mapPanel.root,
      this.meters.root,
      h('aside', { class: 'side-panel', 'aria-label': 'Document, dialogue and your move' }, this.doc.root, this.logBox, this.choices.root),
    );
  }

  get mapMode(): MapMode {
    return this.mapPanel.mode;
  }

  update(v: TableView): void {
    const spoken = lastSpoken(v);
    this.renderTop(v);
    this.room.update(v, spoken?.side && spoken.speakerId ? { side: spoken.side, id: spoken.speakerId } : null);
    this.mapPanel.update(v);
    this.meters.update(v);
    this.doc.update(v);
    this.renderLog(v);
    this.choices.update(v);
  }

  private renderTop(v: TableView): void {
    const left = v.phase.movesLeft;
    fill(
      this.top,
      h(
        'div',
        { class: 'where' },
        h('p', { class: 'phase' }, v.phase.title),
        h('p', { class: 'sub' }, `Phase ${v.phase.index + 1} of ${v.phase.count} · ${left} move${left === 1 ? '' : 's'} left in this phase${v.phase.style === 'notes' ? ' · an exchange of written notes' : ''}`),
      ),
      h('p', { class: `turn-badge ${v.status !== 'negotiating' ? 'over' : v.yourTurn ? 'yours' : 'theirs'}`, role: 'status' }, v.status !== 'negotiating' ? 'Round over' : v.yourTurn ? `Your move · ${v.sides[v.you].short}` : `${v.sides[v.them].short} answering…`),
    );
  }

  private renderLog(v: TableView): void {
    const lines = v.log;
    if (lines.length < this.rendered) {
      this.logList.replaceChildren();
      this.rendered = 0;
    }
    const fresh = lines.slice(this.rendered);
    for (const l of fresh) this.logList.append(logItem(l));
    this.rendered = lines.length;
    this.logBox.scrollTop = this.logBox.scrollHeight;
    const said = [...fresh].reverse().find((l) => l.kind === 'action');
    if (said?.side) {
      const seat = this.room.seatOf(said.side, said.speakerId);
      const title = v.sides[said.side].delegation.find((d) => d.id === said.speakerId)?.title;
      this.speech.say(said.side, seat?.x ?? (said.side === 'japan' ? 200 : 600), said.speaker ?? '', title ?? v.sides[said.side].short, said.text);
    }
  }

  /** Keyboard: Escape shows the speech whole; the choices take numbers and arrows. */
  handleKey(e: KeyboardEvent): boolean {
    if (e.key === 'Escape') {
      this.speech.finish();
      return true;
    }
    return this.choices.handleKey(e);
  }

  focusFirstChoice(): void {
    this.choices.focusFirst();
  }

  dispose(): void {
    this.speech.clear();
  }
}

function logItem(l: LogLineView): HTMLElement {
  if (l.kind === 'phase') return h('li', { class: 'phase' }, l.text);
  if (l.kind === 'event') return h('li', { class: 'event' }, h('span', { class: 'tag' }, 'Outside event'), l.text);
  return h('li', { class: `said ${l.side ?? ''}` }, h('span', { class: `who ${l.side ?? ''}` }, `${l.speaker ?? ''}: `), l.text, l.reply ? h('span', { class: 'reply' }, h('span', { class: 'tag' }, 'Private reply from your capital'), l.reply) : null);
}
