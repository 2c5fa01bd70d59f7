/**
 * The outcome: the player's document beside the real one, clause by clause,
 * each marked with the comparison in words, colour and a symbol (colour is
 * never the only signal), with the record's sources; the meters against
 * history; what happened next; the contested points. Island names show both
 * sides' forms here, as this screen is shared.
 */
import type { SourceLibrary } from '../engine/scenario/citations';
import type { Comparison } from '../engine/model/outcome';
import type { OutcomeView } from '../engine/view/viewModel';
import { h } from './dom';
import { dateRange } from './format';
import { citationList } from './reader';

const ICON: Readonly<Record<Comparison, string>> = {
  same: '=',
  'better-for-japan': '▲J',
  'better-for-russia': '▲R',
  'not-in-record': '+',
  missing: '−',
};

export interface OutcomeActions {
  readonly replay: () => void;
  readonly switchSides: () => void;
  readonly next: (() => void) | null;
  readonly menu: () => void;
}

export function outcomeScreen(o: OutcomeView, sources: SourceLibrary, actions: OutcomeActions): HTMLElement {
  return h(
    'section',
    { class: 'screen', 'aria-labelledby': 'outcome-title', 'data-screen': 'outcome' },
    h(
      'header',
      { class: 'outcome-head' },
      h('div', {}, h('p', { class: 'kicker' }, `Outcome · ${o.round.place} · ${dateRange(o.round.date, o.round.endDate)}`), h('h1', { id: 'outcome-title' }, o.round.title), h('p', { class: 'lede', 'data-testid': 'headline' }, o.headline)),
      h(
        'div',
        { class: 'row' },
        h('button', { type: 'button', class: 'btn', onclick: actions.replay }, 'Replay'),
        h('button', { type: 'button', class: 'btn', onclick: actions.switchSides }, 'Switch sides'),
        actions.next ? h('button', { type: 'button', class: 'btn primary', onclick: actions.next }, 'Next round') : null,
        h('button', { type: 'button', class: 'btn', onclick: actions.menu }, 'Menu'),
      ),
    ),
    h('h2', { id: 'compare-h' }, 'Your document and the real one'),
    h(
      'table',
      { class: 'compare', 'data-testid': 'record-comparison', 'aria-labelledby': 'compare-h' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Clause'), h('th', { scope: 'col' }, 'Your document'), h('th', { scope: 'col' }, 'What was really agreed'), h('th', { scope: 'col' }, 'Compared with history'))),
      h(
        'tbody',
        {},
        o.clauses.map((c) =>
          h(
            'tr',
            { 'data-issue': c.issue, 'data-comparison': c.comparison },
            h('th', { scope: 'row' }, c.title, c.declaredBy ? h('div', { class: 'cites' }, `Declared by ${c.declaredBy}`) : null),
            h('td', {}, c.yours ?? h('em', {}, 'Not in your document')),
            h('td', {}, c.record ?? h('em', {}, 'Not in the historical document'), citationList(c.citations, sources, c.title)),
            h('td', {}, h('span', { class: `status ${c.comparison}` }, h('span', { class: 'icon', 'aria-hidden': 'true' }, ICON[c.comparison]), c.words)),
          ),
        ),
      ),
    ),
    h(
      'div',
      { class: 'two-col' },
      h(
        'section',
        { 'aria-labelledby': 'meters-h' },
        h('h2', { id: 'meters-h' }, 'Meters against history'),
        h(
          'div',
          { class: 'meter-compare' },
          o.meters.map((m) =>
            h(
              'div',
              { class: 'm' },
              h('div', {}, `${m.label}: yours ${m.value}, history ${m.historical}`),
              h('div', { class: 'bars', 'aria-hidden': 'true' }, h('span', { class: 'yours', style: `width:${m.value}%` }), h('span', { class: 'hist', style: `left:${m.historical}%` })),
            ),
          ),
        ),
        h('h2', {}, 'The islands'),
        h('ul', {}, o.islands.map((i) => h('li', {}, i.both, ' ', h('span', { class: 'native' }, `(${i.native})`)))),
      ),
      h(
        'section',
        { 'aria-labelledby': 'next-h' },
        h('h2', { id: 'next-h' }, 'What happened next'),
        h('p', {}, o.summary),
        h('ul', {}, o.next.map((n) => h('li', {}, n.text, citationList(n.citations, sources, 'what happened next')))),
      ),
    ),
    o.contested.length > 0 ? h('h2', {}, 'Contested points') : null,
    o.contested.map((c) =>
      h(
        'div',
        { class: 'contested' },
        h('h3', {}, c.title),
        h('p', {}, h('strong', {}, 'Japan’s reading: '), c.japan),
        h('p', {}, h('strong', {}, 'The Soviet/Russian reading: '), c.russia),
        c.historiansDisagree ? h('p', { class: 'hd' }, `Historians disagree: ${c.historiansDisagree}`) : null,
        citationList(c.citations, sources, c.title),
      ),
    ),
    h('h2', {}, 'Questions for discussion'),
    h('ol', {}, o.questions.map((q) => h('li', {}, q))),
  );
}
