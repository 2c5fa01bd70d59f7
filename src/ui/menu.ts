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
  /** Resume the play saved in a slot (or see its outcome again, if it has ended). */
  readonly resume: (slot: SlotName) => void;
  /** Discard the play saved in a slot. */
  readonly discard: (slot: SlotName) => void;
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
  /** The round (the campaign's last round) has ended: there is nothing to resume, only its outcome to see again. */
  readonly ended: boolean;
}

/** The save slots the menu offers: the campaign and the last single round. */
export type SlotName = 'campaign' | 'round';
export type SavedSlots = Partial<Readonly<Record<SlotName, SavedRound>>>;

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

const SLOT_WORDS: Readonly<Record<SlotName, { readonly resume: string; readonly ended: string; readonly test: string }>> = {
  round: { resume: 'Resume your round', ended: 'Your last round (finished)', test: '' },
  campaign: { resume: 'Resume your campaign', ended: 'Your campaign (finished)', test: '-campaign' },
};

/** One slot's panel: Resume (or See the outcome again, for a round that has ended) and Discard. */
function slotPanel(slot: SlotName, saved: SavedRound, actions: MenuActions): HTMLElement {
  const w = SLOT_WORDS[slot];
  const id = `saved-${slot}-h`;
  return h(
    'div',
    { class: `resume ${slot}`, 'data-testid': slot === 'round' ? 'resume-panel' : 'campaign-panel', 'data-ended': String(saved.ended), role: 'group', 'aria-labelledby': id },
    h('h2', { id }, saved.ended ? w.ended : w.resume),
    h('p', { class: 'resume-what' }, ...what(saved)),
    h(
      'div',
      { class: 'row' },
      h('button', { type: 'button', class: 'btn primary small', 'data-testid': `resume${w.test}`, onclick: () => actions.resume(slot) }, saved.ended ? 'See the outcome again' : 'Resume'),
      h('button', { type: 'button', class: 'btn small', 'data-testid': `discard${w.test}`, onclick: () => actions.discard(slot) }, 'Discard'),
    ),
  );
}

/** The saved plays (the campaign, the last single round) and the messages about saves (a damaged autosave, a bad file or share link). */
function savesPanel(saved: SavedSlots, notices: readonly string[], actions: MenuActions, kept: SavedRound | null): HTMLElement | null {
  const slots = (['campaign', 'round'] as const).flatMap((slot) => {
    const s = saved[slot];
    return s ? [slotPanel(slot, s, actions)] : [];
  });
  if (slots.length === 0 && !kept && notices.length === 0) return null;
  return h(
    'section',
    { class: 'saved', 'aria-labelledby': 'saved-h', 'data-testid': 'saved' },
    h('h2', { id: 'saved-h', class: 'sr-only' }, 'Saved games'),
    notices.length > 0 ? h('div', { class: 'save-notice', role: 'alert', 'data-testid': 'save-notice' }, notices.map((n) => h('p', {}, n))) : null,
    slots,
    kept ? keptPanel(kept, actions) : null,
  );
}

/** What a side is called in the chosen round's year, or across the campaign's rounds ("the Soviet Union, then Russia"). */
export function sideName(catalog: Catalog, choice: MenuChoice, side: SideId): { name: string; delegation: string } {
  const campaign = catalog.rounds.filter((r) => r.id !== 'practice');
  const cards = choice.mode === 'campaign' ? campaign : catalog.rounds.filter((r) => r.id === choice.round);
  const names = [...new Set(cards.map((c) => c.sides[side].name))];
  const first = cards[0]?.sides[side];
  const name = names.join(', then ') || (side === 'japan' ? 'Japan' : 'the Soviet Union / Russia');
  return { name: name.charAt(0).toUpperCase() + name.slice(1), delegation: first?.delegation ?? '' };
}

export function menuScreen(catalog: Catalog, initial: MenuChoice, map: MapAsset | null, actions: MenuActions, saved: SavedSlots = {}, notices: readonly string[] = [], kept: SavedRound | null = null): HTMLElement {
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
      nameSides();
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
  const sideLabels = { japan: h('span', { class: 'lbl' }), russia: h('span', { class: 'lbl' }) };
  const sideDescs = { japan: h('span', { class: 'desc' }), russia: h('span', { class: 'desc' }) };
  /** The side radios say what each side was called in the chosen round's year. */
  const nameSides = () => {
    for (const side of ['japan', 'russia'] as const) {
      const n = sideName(catalog, choice, side);
      sideLabels[side].textContent = n.name;
      sideDescs[side].textContent = n.delegation;
    }
  };
  const sideRadio = (side: SideId) =>
    h('label', { class: `option side-${side}` }, h('input', { type: 'radio', name: 'side', value: side, checked: choice.side === side, onchange: () => (choice.side = side) }), h('span', {}, sideLabels[side], sideDescs[side]));
  nameSides();
  const pickMode = (id: string) => {
    choice.mode = id;
    start.textContent = startLabel();
    modeNote.textContent = describeMode(id);
    nameSides();
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
        h('fieldset', {}, h('legend', {}, 'Your side'), h('div', { class: 'choice-row' }, sideRadio('japan'), sideRadio('russia'))),
        h('fieldset', {}, h('legend', {}, 'Mode'), h('div', { class: 'choice-row modes' }, catalog.modes.map((m) => radio('mode', m.id, m.label, null, m.id === choice.mode, () => pickMode(m.id))))),
        modeNote,
        start,
      ),
    ),
  );
}
