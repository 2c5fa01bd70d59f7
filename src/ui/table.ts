/**
 * The table screen's DOM: the phase and whose turn it is, name tags over the
 * drawn delegations, the speech bubble (typed out, skippable), island names
 * over the map, the meters, the draft document, the dialogue log (aria-live)
 * and the choices as buttons with their sources. It renders view-models and
 * forwards the chosen action; it decides nothing.
 */
import type { MapAsset } from '../app/mapAsset';
import type { Action } from '../engine/model/state';
import type { SourceLibrary } from '../engine/scenario/citations';
import type { ChoiceView, LogLineView, TableView } from '../engine/view/viewModel';
import { MAP_BOX, mapPoint, seats } from '../view/layout';
import { fill, h } from './dom';
import { citationLine, openReader } from './reader';

const FATE_LEGEND: [string, string][] = [
  ['#3f7cc0', 'Japan'],
  ['#9cc3ea', 'Japan after a treaty'],
  ['#c96a52', 'USSR / Russia'],
  ['#d8cdb6', 'Not settled'],
];

export interface TableHandlers {
  readonly onChoose: (action: Action) => void;
  readonly sources: SourceLibrary;
  readonly map: MapAsset | null;
  readonly animate: boolean;
}

export class TableScreen {
  readonly root: HTMLElement;
  private readonly top = h('div', { class: 'table-top' });
  private readonly labels = h('div', {});
  private readonly speech = h('div', { class: 'speech', 'aria-hidden': 'true' });
  private readonly mapLabels = h('div', { class: 'map-box' });
  private readonly meters = h('div', { class: 'meters', role: 'group', 'aria-label': 'Meters' });
  private readonly doc = h('div', { class: 'doc' });
  private readonly logList = h('ol', { 'aria-live': 'polite', 'aria-relevant': 'additions', 'data-testid': 'dialogue' });
  private readonly logBox = h('div', { class: 'log', tabindex: 0, 'aria-labelledby': 'log-h' });
  private readonly choiceBox = h('div', { class: 'choices-wrap' });
  /** The source of the focused or hovered choice, in a fixed place so nothing moves under the pointer. */
  private readonly preview = h('p', { class: 'cite-preview', 'aria-hidden': 'true' });
  private rendered = 0;
  private typing: { timer: number; finish: () => void } | null = null;
  private lastChoicesKey = '';

  constructor(private readonly handlers: TableHandlers) {
    this.logBox.append(h('h2', { id: 'log-h', class: 'sr-only' }, 'Dialogue'), this.logList);
    this.root = h(
      'section',
      { 'aria-labelledby': 'table-title', 'data-screen': 'table' },
      h('h1', { id: 'table-title', class: 'sr-only' }, 'At the table'),
      this.top,
      this.labels,
      this.speech,
      this.mapLabels,
      this.meters,
      h('aside', { class: 'side-panel', 'aria-label': 'Document, dialogue and your move' }, h('div', { class: 'panel-section' }, h('h2', { id: 'doc-h' }, 'Draft joint document'), this.doc), this.logBox, this.choiceBox),
    );
  }

  /** Render a view; `speaker` is the log line to voice in the bubble, if any. */
  update(v: TableView): void {
    this.renderTop(v);
    this.renderLabels(v);
    this.renderMapLabels(v);
    this.renderMeters(v);
    this.renderDoc(v);
    this.renderLog(v.log, v);
    this.renderChoices(v);
  }

  private renderTop(v: TableView): void {
    const mine = v.sides[v.you].short;
    const theirs = v.sides[v.them].short;
    fill(
      this.top,
      h(
        'div',
        {},
        h('div', { class: 'phase' }, v.phase.title),
        h('div', { class: 'sub' }, `${v.round.title} · phase ${v.phase.index + 1} of ${v.phase.count} · ${v.phase.movesLeft} move${v.phase.movesLeft === 1 ? '' : 's'} left${v.phase.style === 'notes' ? ' · written notes' : ''}`),
      ),
      h('div', { class: `turn-badge ${v.yourTurn ? 'yours' : 'theirs'}`, role: 'status' }, v.status !== 'negotiating' ? 'Round over' : v.yourTurn ? `Your move · ${mine}` : `${theirs} answering…`),
    );
  }

  private renderLabels(v: TableView): void {
    const layout = seats({ japan: v.sides.japan.delegation, russia: v.sides.russia.delegation });
    const last = [...v.log].reverse().find((l) => l.kind === 'action');
    const people = (side: 'japan' | 'russia') => v.sides[side].delegation.map((p) => `${p.name}, ${p.title}`).join('; ');
    fill(
      this.labels,
      h('div', { class: 'side-caption japan' }, v.sides.japan.name),
      h('div', { class: 'side-caption russia' }, v.sides.russia.name),
      h('p', { class: 'sr-only' }, `At the table for ${v.sides.japan.name}: ${people('japan')}. For ${v.sides.russia.name}: ${people('russia')}.`),
      layout.map((s, i) => {
        const p = v.sides[s.side].delegation.find((d) => d.id === s.id);
        const speaking = last?.side === s.side && last.speaker === p?.name;
        const crowded = v.sides[s.side].delegation.length > 3;
        return h('div', { class: `figure-label ${s.side}${speaking ? ' speaking' : ''}`, 'aria-hidden': 'true', style: `left:${s.x}px;top:${s.y + 40 + (crowded && i % 2 ? 30 : 0)}px` }, h('span', { class: 'n' }, p?.name ?? s.id));
      }),
    );
  }

  private renderMapLabels(v: TableView): void {
    const asset = this.handlers.map;
    const names = new Map(v.islands.map((i) => [i.id, i.name]));
    fill(
      this.mapLabels,
      h('div', { class: 'map-title' }, v.pending ? 'The map: what is on the table now' : 'The map: what is agreed so far'),
      asset
        ? Object.entries(asset.labels).map(([id, [x, y]]) => {
            const [px, py] = mapPoint(x, y);
            const name = names.get(id as never) ?? (id === 'urup' ? (v.you === 'japan' ? 'Uruppu (Urup)' : 'Urup') : id === 'hokkaido' ? 'Hokkaido' : id);
            return h('span', { class: 'map-label', style: `left:${px - MAP_BOX.x}px;top:${py - MAP_BOX.y}px` }, name);
          })
        : h('p', {}, 'Map unavailable'),
      h('div', { class: 'map-legend' }, FATE_LEGEND.map(([color, label]) => h('span', {}, h('span', { class: 'swatch', style: `background:${color}` }), label))),
    );
  }

  private renderMeters(v: TableView): void {
    fill(
      this.meters,
      v.meters.map((m) =>
        h(
          'div',
          { class: 'meter' },
          h('div', { class: 'lbl' }, h('span', { id: `meter-${m.id}` }, m.label), h('span', {}, `${m.value} / 100`)),
          h('div', { class: 'bar', role: 'meter', 'aria-labelledby': `meter-${m.id}`, 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': m.value }, h('span', { style: `width:${m.value}%` })),
        ),
      ),
    );
  }

  private renderDoc(v: TableView): void {
    fill(
      this.doc,
      h(
        'ol',
        { 'aria-labelledby': 'doc-h', 'data-testid': 'draft-document' },
        v.agreed.map((c) => h('li', { class: 'agreed' }, h('strong', {}, `${c.title}: `), c.clause)),
        v.open.map((o) =>
          h('li', { class: 'open' }, h('strong', {}, `${o.title}${o.required ? ' (required)' : ''}: `), 'open', o.yours ? ` — you: ${o.yours.label}` : '', o.theirs ? ` — they: ${o.theirs.label}` : ''),
        ),
      ),
      v.pending
        ? h('div', { class: 'pending', 'data-testid': 'pending' }, h('strong', {}, v.pending.yours ? 'Your proposal on the table: ' : `${v.sides[v.pending.from].short} proposes: `), v.pending.clauses.map((c) => `${c.title}: ${c.label}`).join(' · '))
        : null,
      v.signed.length > 0 ? h('p', {}, `Signed by: ${v.signed.map((s) => v.sides[s].short).join(', ')}`) : null,
    );
  }

  private renderLog(lines: readonly LogLineView[], v: TableView): void {
    if (lines.length < this.rendered) {
      this.logList.replaceChildren();
      this.rendered = 0;
    }
    for (const l of lines.slice(this.rendered)) this.logList.append(this.logItem(l));
    const fresh = lines.slice(this.rendered);
    this.rendered = lines.length;
    this.logBox.scrollTop = this.logBox.scrollHeight;
    const spoken = [...fresh].reverse().find((l) => l.kind === 'action');
    if (spoken) this.say(spoken, v);
  }

  private logItem(l: LogLineView): HTMLElement {
    if (l.kind === 'phase') return h('li', { class: 'phase' }, l.text);
    if (l.kind === 'event') return h('li', { class: 'event' }, `Event — ${l.text}`);
    return h('li', {}, h('span', { class: `who ${l.side ?? ''}` }, `${l.speaker ?? ''}: `), l.text, l.reply ? h('span', { class: 'reply' }, `Private reply: ${l.reply}`) : null);
  }

  /** Type the line into the speech bubble; Skip, Escape or a click shows it whole. */
  private say(l: LogLineView, v: TableView): void {
    this.finishTyping();
    const title = l.side ? v.sides[l.side].delegation.find((d) => d.name === l.speaker)?.title : undefined;
    const who = h('div', { class: `who ${l.side ?? ''}` }, `${l.speaker ?? ''} — ${title ?? (l.side ? v.sides[l.side].short : '')}`);
    const text = h('div', {});
    const full = l.text;
    fill(this.speech, who, text);
    if (!this.handlers.animate || full.length < 4) {
      text.textContent = full;
      return;
    }
    let shown = 0;
    const skip = h('button', { type: 'button', class: 'skip', tabindex: -1, 'aria-hidden': 'true' }, 'Skip ▸');
    const finish = () => {
      window.clearInterval(this.typing?.timer);
      this.typing = null;
      text.textContent = full;
      skip.remove();
    };
    skip.addEventListener('click', finish);
    this.speech.append(skip);
    const timer = window.setInterval(() => {
      shown = Math.min(full.length, shown + 3);
      text.textContent = full.slice(0, shown);
      if (shown >= full.length) finish();
    }, 16);
    this.typing = { timer, finish };
  }

  finishTyping(): void {
    this.typing?.finish();
  }

  private renderChoices(v: TableView): void {
    const key = `${v.yourTurn}|${v.choices.map((c) => c.key).join('|')}|${v.status}`;
    if (key === this.lastChoicesKey) return;
    this.lastChoicesKey = key;
    if (v.status !== 'negotiating') {
      fill(this.choiceBox, h('p', { class: 'waiting' }, 'The round is over.'));
      return;
    }
    if (!v.yourTurn) {
      fill(this.choiceBox, h('h2', {}, 'Your move'), h('p', { class: 'waiting', role: 'status' }, `Waiting for the ${v.sides[v.them].short} delegation…`), h('ul', { class: 'choices', 'data-testid': 'choices', 'aria-label': 'Your choices' }));
      return;
    }
    const list = h('ul', { class: 'choices', 'data-testid': 'choices', 'aria-label': 'Your choices' }, v.choices.map((c, i) => this.choiceItem(c, i)));
    this.preview.textContent = 'Focus or point at a move to see its source.';
    fill(this.choiceBox, h('h2', { id: 'choices-h' }, 'Your move ', h('span', { class: 'sub' }, '(keys 1–9, arrows, Enter)')), this.preview, list);
  }

  private choiceItem(c: ChoiceView, i: number): HTMLElement {
    const n = i + 1;
    const citeId = `cite-${i}`;
    const first = c.citations[0];
    const showSource = () => {
      this.preview.textContent = first ? `Source: ${citationLine(first)}` : 'No source for this move.';
    };
    return h(
      'li',
      {},
      h(
        'button',
        { type: 'button', class: 'choice', 'data-action': c.key, 'data-kind': c.kind, 'aria-describedby': first ? citeId : null, onclick: () => this.handlers.onChoose(c.action), onfocus: showSource, onmouseenter: showSource },
        h('span', { class: 'kind' }, c.kind.replace('-', ' ')),
        h('span', { class: 'k', 'aria-hidden': 'true' }, n <= 9 ? `${n}.` : ''),
        c.label,
        c.detail ? h('span', { class: 'd' }, c.detail) : null,
      ),
      first ? h('button', { type: 'button', class: 'src-btn', 'aria-label': `Source for choice ${n}`, onclick: () => openReader(first, this.handlers.sources), onfocus: showSource, onmouseenter: showSource }, 'Source') : h('span', {}),
      first ? h('span', { class: 'sr-only', id: citeId }, `Source: ${citationLine(first)}`) : null,
    );
  }

  /** Keyboard: 1–9 choose, arrows move between choices, Escape finishes the speech. */
  handleKey(e: KeyboardEvent): boolean {
    if (e.key === 'Escape') {
      this.finishTyping();
      return true;
    }
    const buttons = [...this.choiceBox.querySelectorAll<HTMLButtonElement>('button.choice')];
    if (/^[1-9]$/.test(e.key) && !e.altKey && !e.ctrlKey && !e.metaKey) {
      const b = buttons[Number(e.key) - 1];
      if (b) {
        b.focus();
        b.click();
        return true;
      }
    }
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (buttons.length === 0) return false;
      const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
      const next = at === -1 ? 0 : (at + (e.key === 'ArrowDown' ? 1 : buttons.length - 1)) % buttons.length;
      buttons[next]?.focus();
      return true;
    }
    return false;
  }

  focusFirstChoice(): void {
    this.choiceBox.querySelector<HTMLButtonElement>('button.choice')?.focus();
  }

  dispose(): void {
    this.finishTyping();
  }
}
