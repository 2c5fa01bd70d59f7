/**
 * The menu: a card per round from the round index (date, place, who sat at
 * the table, the stake), the side, the mode (a list from the data), the way
 * to the credits and sources, the teacher guide and the class results, and
 * beside them the names over the drawn sea chart of the islands.
 */
import type { MapAsset } from '../map/asset';
import type { SideId } from '../engine/model/types';
import type { Catalog } from '../engine/scenario/catalog';
import { MENU_MAP } from '../view/layout';
import { h } from './dom';
import { mapLabels, type MapLabel } from './mapLabels';

export interface MenuChoice {
  round: string;
  side: SideId;
  mode: string;
}

/**
 * The chart's names. The menu is shared by both sides, so it gives both
 * sides' names and both scripts; it shows before any round file is loaded,
 * so the names are here rather than from a round.
 */
const CHART: readonly MapLabel[] = [
  { id: 'habomai', name: 'Habomai', native: '歯舞群島 · Хабомаи' },
  { id: 'shikotan', name: 'Shikotan', native: '色丹島 · Шикотан' },
  { id: 'kunashiri', name: 'Kunashiri / Kunashir', native: '国後島 · Кунашир' },
  { id: 'etorofu', name: 'Etorofu / Iturup', native: '択捉島 · Итуруп' },
  { id: 'urup', name: 'Urup', native: '得撫島 · Уруп' },
  { id: 'hokkaido', name: 'Hokkaido', native: '北海道' },
];

export interface MenuActions {
  readonly start: (choice: MenuChoice) => void;
  readonly credits: () => void;
  readonly guide: () => void;
  readonly classResults: () => void;
  /** Resume the autosaved round. */
  readonly resume: () => void;
  /** Discard the autosaved round. */
  readonly discard: () => void;
  /** Replay a save file chosen by the player. */
  readonly openFile: (file: File) => void;
  /** A round the player is looking at (hovered, focused or chosen): fetch its data ahead of the click. */
  readonly prefetch: (round: string) => void;
  /** Put the round kept aside (while a shared one was opened) back in the autosave. */
  readonly resumeKept: () => void;
  readonly discardKept: () => void;
}

/** The autosaved round, as the menu describes it. */
export interface SavedRound {
  readonly title: string;
  readonly side: string;
  readonly moves: number;
  readonly branches: number;
}

const what = (r: SavedRound) => [h('strong', {}, r.title), ` · you play ${r.side} · ${r.moves} ${r.moves === 1 ? 'move' : 'moves'} saved${r.branches > 1 ? ` · ${r.branches} branches` : ''}`];

/** The student's own round, kept aside while a shared one was opened. */
const keptPanel = (kept: SavedRound, actions: MenuActions): HTMLElement =>
  h(
    'div',
    { class: 'resume kept', 'data-testid': 'kept-panel', role: 'group', 'aria-labelledby': 'kept-h' },
    h('h2', { id: 'kept-h' }, 'Your own round'),
    h('p', { class: 'resume-what' }, 'Kept aside when you opened a shared round: ', ...what(kept)),
    h(
      'div',
      { class: 'row' },
      h('button', { type: 'button', class: 'btn small', 'data-testid': 'resume-kept', onclick: actions.resumeKept }, 'Make it my saved round again'),
      h('button', { type: 'button', class: 'btn small', 'data-testid': 'discard-kept', onclick: actions.discardKept }, 'Discard it'),
    ),
  );

/** The resume panel and the messages about saves (a damaged autosave, a bad file or share link). */
function savesPanel(saved: SavedRound | null, notices: readonly string[], actions: MenuActions, kept: SavedRound | null): HTMLElement | null {
  if (!saved && !kept && notices.length === 0) return null;
  return h(
    'section',
    { class: 'saved', 'aria-labelledby': 'saved-h', 'data-testid': 'saved' },
    notices.length > 0 ? h('div', { class: 'save-notice', role: 'alert', 'data-testid': 'save-notice' }, notices.map((n) => h('p', {}, n))) : null,
    saved
      ? h(
          'div',
          { class: 'resume', 'data-testid': 'resume-panel' },
          h('h2', { id: 'saved-h' }, 'Resume your round'),
          h('p', { class: 'resume-what' }, ...what(saved)),
          h(
            'div',
            { class: 'row' },
            h('button', { type: 'button', class: 'btn primary small', 'data-testid': 'resume', onclick: actions.resume }, 'Resume'),
            h('button', { type: 'button', class: 'btn small', 'data-testid': 'discard', onclick: actions.discard }, 'Discard'),
          ),
        )
      : h('h2', { id: 'saved-h', class: 'sr-only' }, 'Saved rounds'),
    kept ? keptPanel(kept, actions) : null,
  );
}

export function menuScreen(catalog: Catalog, initial: MenuChoice, map: MapAsset | null, actions: MenuActions, saved: SavedRound | null = null, notices: readonly string[] = [], kept: SavedRound | null = null): HTMLElement {
  const choice = { ...initial };
  const file = h('input', { id: 'save-file', type: 'file', accept: '.json,application/json', class: 'sr-only', 'data-testid': 'save-file' });
  file.addEventListener('change', () => {
    const f = file.files?.[0];
    if (f) actions.openFile(f);
  });
  const cards = catalog.rounds.map((r) => {
    const b = h(
      'button',
      { type: 'button', class: 'card', 'aria-pressed': String(r.id === choice.round), 'data-round': r.id },
      r.id === 'practice' ? h('span', { class: 'tag' }, 'Start here: 5-minute practice') : null,
      h('span', { class: 'title' }, r.title),
      h('span', { class: 'meta' }, h('span', { class: 'date' }, r.date), ` · ${r.place}`),
      h('span', { class: 'who' }, r.table),
      h('span', { class: 'stake' }, r.stake),
    );
    const ahead = () => actions.prefetch(r.id);
    b.addEventListener('pointerenter', ahead);
    b.addEventListener('focus', ahead);
    b.addEventListener('click', () => {
      choice.round = r.id;
      for (const c of cards) c.setAttribute('aria-pressed', String(c === b));
      // Choosing one round means playing it alone: the campaign always starts at 1956.
      if (choice.mode === 'campaign') {
        const single = b.closest('.screen')?.querySelector<HTMLInputElement>('input[name="mode"][value="computer"]');
        if (single) single.checked = true;
        pickMode('computer');
      }
    });
    return b;
  });
  const radio = (name: string, value: string, label: string, desc: string | null, checked: boolean, onPick: () => void) =>
    h('label', { class: `option ${name}-${value}` }, h('input', { type: 'radio', name, value, checked, onchange: onPick }), h('span', {}, h('span', { class: 'lbl' }, label), desc ? h('span', { class: 'desc' }, desc) : null));
  const startLabel = () => (choice.mode === 'campaign' ? 'Begin the campaign at 1956 ▸' : 'Read your brief ▸');
  const start = h('button', { type: 'button', class: 'btn primary start', 'data-testid': 'start', onclick: () => actions.start({ ...choice }) }, startLabel());
  const campaignIds = catalog.rounds.map((r) => r.id).filter((id) => id !== 'practice');
  const CAMPAIGN_NOTE = ` The rounds ${campaignIds.slice(0, -1).join(', ')} and ${campaignIds[campaignIds.length - 1] ?? ''} in order: what you sign carries into the next.`;
  const describeMode = (id: string) => `${catalog.modes.find((m) => m.id === id)?.description ?? ''}${id === 'campaign' ? CAMPAIGN_NOTE : ''}`;
  const modeNote = h('p', { class: 'mode-note', id: 'mode-note', 'data-testid': 'mode-note', 'aria-live': 'polite' }, describeMode(choice.mode));
  const pickMode = (id: string) => {
    choice.mode = id;
    start.textContent = startLabel();
    modeNote.textContent = describeMode(id);
  };
  return h(
    'section',
    { class: 'screen menu', 'aria-labelledby': 'menu-title', 'data-screen': 'menu' },
    h(
      'div',
      { class: 'menu-main' },
      h('p', { class: 'kicker' }, 'A classroom negotiation game · 1956–2000'),
      h('h1', { id: 'menu-title' }, 'The Kuril negotiations'),
      h('p', { class: 'lede' }, 'Sit at the table of the Japan–USSR/Russia peace-treaty talks. Read your private brief, negotiate with positions taken from the record, and compare your document with the one really signed.'),
      savesPanel(saved, notices, actions, kept),
      h('h2', { id: 'rounds-h' }, 'Choose a round'),
      h('ul', { class: 'cards', 'aria-labelledby': 'rounds-h' }, cards.map((c) => h('li', {}, c))),
      h('h2', { id: 'how-h' }, 'How a round works'),
      h(
        'ol',
        { class: 'how', 'aria-labelledby': 'how-h' },
        h('li', {}, h('strong', {}, 'Brief. '), 'Read your delegation’s private instructions and the documents behind them.'),
        h('li', {}, h('strong', {}, 'Negotiate. '), 'State positions, propose, concede, consult your capital — or walk out.'),
        h('li', {}, h('strong', {}, 'Compare. '), 'Set your document beside the real one, clause by clause, with the sources.'),
      ),
      h('h2', { id: 'teachers-h', class: 'teachers-h' }, 'For teachers'),
      h(
        'div',
        { class: 'row teachers', role: 'group', 'aria-labelledby': 'teachers-h' },
        h('button', { type: 'button', class: 'btn small', 'data-testid': 'teacher-guide', onclick: actions.guide }, 'Teacher guide'),
        h('button', { type: 'button', class: 'btn small', 'data-testid': 'class-results', onclick: actions.classResults }, 'Class results'),
      ),
      h('h2', { id: 'files-h', class: 'teachers-h' }, 'Saved games'),
      h('div', { class: 'row teachers', role: 'group', 'aria-labelledby': 'files-h' }, h('label', { class: 'btn small file-btn', 'data-testid': 'open-save' }, 'Open a save file', file), h('span', { class: 'file-hint' }, 'A .json file exported from the outcome screen')),
    ),
    h(
      'div',
      { class: 'menu-side' },
      h('div', { class: 'chart-head' }, h('h2', {}, 'The islands'), h('button', { type: 'button', class: 'btn small', onclick: actions.credits }, 'Sources and credits')),
      h('div', { class: 'chart-window', 'data-window': 'chart' }, map ? mapLabels(map, MENU_MAP, CHART) : null),
      h(
        'div',
        { class: 'pickers' },
        h('fieldset', {}, h('legend', {}, 'Your side'), h('div', { class: 'choice-row' }, radio('side', 'japan', 'Japan', 'Tokyo’s delegation', choice.side === 'japan', () => (choice.side = 'japan')), radio('side', 'russia', 'The Soviet Union / Russia', 'Moscow’s delegation', choice.side === 'russia', () => (choice.side = 'russia')))),
        h('fieldset', {}, h('legend', {}, 'Mode'), h('div', { class: 'choice-row modes' }, catalog.modes.map((m) => radio('mode', m.id, m.label, null, m.id === choice.mode, () => pickMode(m.id))))),
        modeNote,
        start,
      ),
    ),
  );
}
