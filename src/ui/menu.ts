/**
 * The menu: a card per round from the round index (date, place, who sat at the
 * table, the stake), the side, the mode (a list from the data), and the way to
 * the credits and sources.
 */
import type { Catalog } from '../engine/scenario/catalog';
import type { SideId } from '../engine/model/types';
import { h } from './dom';

export interface MenuChoice {
  round: string;
  side: SideId;
  mode: string;
}

export function menuScreen(catalog: Catalog, initial: MenuChoice, onStart: (c: MenuChoice) => void, onCredits: () => void): HTMLElement {
  const choice = { ...initial };
  const cards = catalog.rounds.map((r) => {
    const b = h(
      'button',
      { type: 'button', class: 'card', 'aria-pressed': String(r.id === choice.round), 'data-round': r.id },
      h('span', { class: 'title' }, r.title),
      h('span', { class: 'meta' }, `${r.date} · ${r.place}`),
      h('span', { class: 'meta' }, r.table),
      h('span', { class: 'stake' }, r.stake),
    );
    b.addEventListener('click', () => {
      choice.round = r.id;
      for (const c of cards) c.setAttribute('aria-pressed', String(c === b));
    });
    return b;
  });
  const radio = (name: string, value: string, label: string, desc: string | null, checked: boolean, onPick: () => void) =>
    h(
      'label',
      {},
      h('input', { type: 'radio', name, value, checked, onchange: onPick }),
      h('span', {}, label, desc ? h('span', { class: 'desc' }, desc) : null),
    );
  return h(
    'section',
    { class: 'screen', 'aria-labelledby': 'menu-title', 'data-screen': 'menu' },
    h(
      'header',
      {},
      h(
        'div',
        {},
        h('p', { class: 'kicker' }, 'A classroom negotiation game · 1956–2000'),
        h('h1', { id: 'menu-title' }, 'The Kuril negotiations'),
        h('p', { class: 'lede' }, 'Sit at the table of the Japan–USSR/Russia peace-treaty talks over Habomai, Shikotan, Kunashiri/Kunashir and Etorofu/Iturup. Read your private brief, negotiate with positions taken from the record, and compare your document with the one really signed.'),
      ),
      h('button', { type: 'button', class: 'btn', onclick: onCredits }, 'Credits and sources'),
    ),
    h('h2', { id: 'rounds-h' }, 'Choose a round'),
    h('ul', { class: 'cards', 'aria-labelledby': 'rounds-h' }, cards.map((c) => h('li', {}, c))),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Choose your side'),
      h(
        'div',
        { class: 'choice-row' },
        radio('side', 'japan', 'Japan', 'Tokyo’s delegation', choice.side === 'japan', () => (choice.side = 'japan')),
        radio('side', 'russia', 'The Soviet Union / Russia', 'Moscow’s delegation', choice.side === 'russia', () => (choice.side = 'russia')),
      ),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Mode'),
      h('div', { class: 'choice-row' }, catalog.modes.map((m) => radio('mode', m.id, m.label, m.description, m.id === choice.mode, () => (choice.mode = m.id)))),
    ),
    h('div', { class: 'row menu-foot' }, h('button', { type: 'button', class: 'btn primary', 'data-testid': 'start', onclick: () => onStart({ ...choice }) }, 'Read your brief')),
  );
}
