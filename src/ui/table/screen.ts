/**
 * The table screen: the phase and whose turn it is, the drawn room with its
 * place cards and speech bubble, the map panel, the meters, and the side
 * panel with the draft document, the dialogue log (aria-live) and the
 * choices (with the practice round's guide, which draws no map). Side by side on a wide page, one column on a narrow one (the room
 * a short banner, the moves right under it); see styles.css. It renders
 * view-models and forwards the chosen action; it decides nothing.
 */
import type { MapAsset } from '../../map/asset';
import type { Action } from '../../engine/model/state';
import type { SourceLibrary } from '../../engine/scenario/citations';
import { COMPOSED, type LogLineView, type TableView } from '../../engine/view/viewModel';
import type { MapMode } from '../../view/bridge';
import { ROOM } from '../../view/layout';
import { fill, h } from '../dom';
import { campaignDecisions, decisionList, type EarlierRound } from '../decisions';
import type { Tutorial } from '../tutorial';
import { Choices } from './choices';
import { DraftDocument } from './document';
import { MapPanel } from './map';
import { Meters } from './meters';
import { RoomLabels, Speech } from './room';

export interface TableHandlers {
  readonly onChoose: (action: Action) => void;
  /** Rewind to just before decision `index` of this round, on a new branch. */
  readonly onRewind: (index: number) => void;
  /** In a campaign: the rounds played before this one, whose decisions the log lists too. */
  readonly earlier?: { readonly rounds: readonly EarlierRound[]; readonly title: string };
  /** The branch being played, by name. */
  readonly branch: string;
  readonly onBranches: () => void;
  /** The campaign's timeline (null outside a campaign). */
  readonly onTimeline: (() => void) | null;
  /** Said once when the table opens (e.g. after a rewind). */
  readonly notice?: string;
  /** The map panel changed what it shows: redraw the map. */
  readonly onMapMode: () => void;
  readonly sources: SourceLibrary;
  readonly map: MapAsset | null;
  readonly animate: boolean;
  /** The practice round's guide (null in the real rounds); a guided round shows no map. */
  readonly tutorial: Tutorial | null;
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
  /** The decision log: a panel over the room (the room is only a picture), opened from the dialogue's head. */
  private readonly decisionsList = h('div', { class: 'decisions-scroll', tabindex: 0, 'aria-label': 'Decisions so far' });
  private readonly decisionsPanel: HTMLElement;
  private readonly decisionsToggle: HTMLButtonElement;
  private decisionsKey = '';
  private last: TableView | null = null;
  private readonly choices: Choices;
  private rendered = 0;
  private readonly handlers: TableHandlers;

  constructor(handlers: TableHandlers) {
    this.speech = new Speech(handlers.animate);
    this.mapPanel = new MapPanel(handlers.map, handlers.onMapMode);
    this.choices = new Choices((a, kind) => {
      handlers.tutorial?.made(kind);
      handlers.onChoose(a);
    }, handlers.sources);
    this.decisionsToggle = h('button', { type: 'button', class: 'btn small', 'aria-expanded': 'false', 'aria-controls': 'decision-panel', 'data-testid': 'open-decisions', onclick: () => this.toggleDecisions() }, 'Decision log');
    this.decisionsPanel = h(
      'section',
      { class: 'decision-panel', id: 'decision-panel', 'aria-labelledby': 'decisions-h', hidden: true, 'data-testid': 'decision-panel' },
      h(
        'header',
        {},
        h('div', {}, h('h2', { id: 'decisions-h' }, 'Decision log'), h('p', { class: 'sub' }, `Branch: ${handlers.branch}. Every move so far with its source. Rewind to any of your decisions to branch from there; this branch is kept.`)),
        h('div', { class: 'row' }, h('button', { type: 'button', class: 'btn small', 'data-testid': 'open-branches', onclick: handlers.onBranches }, 'Branches'), handlers.onTimeline ? h('button', { type: 'button', class: 'btn small', 'data-testid': 'open-timeline', onclick: handlers.onTimeline }, 'Timeline') : null, h('button', { type: 'button', class: 'btn small', 'data-testid': 'close-decisions', onclick: () => this.toggleDecisions(false) }, 'Close')),
      ),
      this.decisionsList,
    );
    this.logBox.append(
      h('div', { class: 'log-head' }, h('h2', { id: 'log-h' }, 'Dialogue'), h('span', { class: 'branch-name', 'data-testid': 'branch-name' }, handlers.branch), this.decisionsToggle),
      this.logList,
    );
    if (handlers.notice) this.logList.before(h('p', { class: 'table-notice', role: 'status', 'data-testid': 'table-notice' }, handlers.notice));
    this.handlers = handlers;
    this.root = h(
      'section',
      { class: `table-screen${handlers.animate ? '' : ' still'}`, 'aria-labelledby': 'table-title', 'data-screen': 'table' },
      h('h1', { id: 'table-title', class: 'sr-only' }, 'At the table'),
      this.top,
      this.room.root,
      this.speech.root,
      h('aside', { class: 'side-panel', 'aria-label': 'Document, dialogue and your move' }, this.doc.root, this.logBox, this.choices.root),
      h('div', { class: 'table-lower' }, handlers.tutorial ? null : this.mapPanel.root, this.meters.root),
      this.decisionsPanel,
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
    this.last = v;
    this.renderDecisions(v);
    this.choices.update(v);
    this.handlers.tutorial?.show(this.choices.root);
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

  /** Open or close the decision log over the room. */
  private toggleDecisions(open = this.decisionsPanel.hidden): void {
    this.decisionsPanel.hidden = !open;
    this.decisionsToggle.setAttribute('aria-expanded', String(open));
    if (open && this.last) {
      this.decisionsKey = '';
      this.renderDecisions(this.last);
      this.decisionsList.focus();
    } else if (!open) this.decisionsToggle.focus();
  }

  private renderDecisions(v: TableView): void {
    this.decisionsToggle.textContent = `Decision log (${v.decisions.length + (this.handlers.earlier?.rounds.reduce((n, r) => n + r.decisions.length, 0) ?? 0)})`;
    if (this.decisionsPanel.hidden) return;
    const key = `${v.decisions.length}|${v.yourTurn}`;
    if (key === this.decisionsKey) return;
    this.decisionsKey = key;
    // Rewinding waits for one's own turn, so the computer is never cut off mid-answer.
    const list = decisionList(v.decisions, this.handlers.sources, v.yourTurn ? this.handlers.onRewind : null, v.you);
    const earlier = this.handlers.earlier;
    fill(this.decisionsList, earlier && earlier.rounds.length > 0 ? campaignDecisions(earlier.rounds, { title: earlier.title, list }, this.handlers.sources, v.yourTurn, v.you) : list);
    this.decisionsList.scrollTop = this.decisionsList.scrollHeight;
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
      this.speech.say(said.side, seat?.x ?? (said.side === 'japan' ? ROOM.width / 4 : (ROOM.width * 3) / 4), said.speaker ?? '', title ?? v.sides[said.side].short, said.text);
    }
  }

  /** Keyboard: Escape shows the speech whole; the choices take numbers and arrows. */
  handleKey(e: KeyboardEvent): boolean {
    if (e.key === 'Escape') {
      if (!this.decisionsPanel.hidden) this.toggleDecisions(false);
      else this.speech.finish();
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
  const notes = l.notes.length > 0 ? h('ul', { class: 'meter-notes', 'aria-label': 'How the meters moved' }, l.notes.map((n) => h('li', {}, n))) : null;
  if (l.kind === 'event') return h('li', { class: 'event' }, h('span', { class: 'tag' }, 'Outside event'), l.text, notes);
  // A composed answer leads the line, marked as the game's own words; the scripted line or move follows.
  const rest = l.answer ? l.text.slice(l.answer.length).trimStart() : l.text;
  return h(
    'li',
    { class: `said ${l.side ?? ''}`, ...(l.mood ? { 'data-mood': l.mood } : {}) },
    h('span', { class: `who ${l.side ?? ''}` }, l.speaker ?? '', l.moodWords ? h('span', { class: 'sr-only' }, ` (${l.moodWords})`) : null, ': '),
    l.answer ? h('span', { class: 'answer', 'data-testid': 'composed-answer' }, h('span', { class: 'composed', title: COMPOSED.kind === 'background' ? COMPOSED.note : '' }, 'Reply composed by the game'), l.answer) : null,
    l.answer && rest ? ' ' : null,
    rest,
    notes,
    l.reply ? h('span', { class: 'reply' }, h('span', { class: 'tag' }, 'Private reply from your capital'), l.reply) : null,
  );
}
