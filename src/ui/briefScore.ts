/**
 * The score against the brief on the outcome screen (`data-testid="brief-score"`):
 * a side's scoring sheet — each issue's clause and its worth to the side
 * beside its weight and the real document's, the whole document against the
 * walk-away point (reservation) and the real document, each red line kept or
 * crossed, and what the principals at home said. Against the computer the
 * student's own sheet is shown, and the computer's may be opened after the
 * round as a debrief aid. In hot-seat play each delegation opens its own
 * sheet behind its own button: a sheet is built only on that click and the
 * other's is removed, so neither side's values nor red lines are in the page
 * until asked for.
 */
import type { BriefScore } from '../engine/stakes/briefScore';
import type { SideId } from '../engine/model/types';
import { h } from './dom';

const fmt = (n: number) => String(Math.round(n * 10) / 10);
const signed = (n: number) => (Math.round(n * 10) === 0 ? '±0' : `${n > 0 ? '+' : '−'}${fmt(Math.abs(n))}`);

/** The lead of the outcome for one side: the verdict, the red lines crossed by name, and what home said. */
export function briefLead(b: BriefScore): HTMLElement {
  return h('span', { class: `lead grade-${b.grade}`, 'data-testid': 'brief-lead' }, h('strong', {}, b.verdict), ...b.lead.map((line) => h('span', { class: 'lead-line' }, line)));
}

/** One side's scoring sheet. */
export function briefScoreSheet(b: BriefScore, whose: 'yours' | 'theirs' = 'yours'): HTMLElement {
  const you = whose === 'yours' ? 'you' : b.sideName;
  return h(
    'section',
    { class: `brief-score grade-${b.grade}`, 'data-testid': 'brief-score', 'data-side': b.side, 'aria-labelledby': `score-h-${b.side}` },
    h('h2', { id: `score-h-${b.side}` }, whose === 'yours' ? `Your score against the brief: ${b.sideName}` : `${b.sideName}’s score against its brief (the computer’s side)`),
    h('p', { class: 'verdict', 'data-testid': 'brief-verdict' }, b.verdict),
    h(
      'dl',
      { class: 'score-totals' },
      h('dt', {}, `Worth of the result to ${you}`),
      h('dd', { 'data-testid': 'score-worth' }, fmt(b.worth)),
      h('dt', {}, 'Walk-away point (reservation)'),
      h('dd', { 'data-testid': 'score-reservation' }, `${fmt(b.reservation)} (${signed(b.worth - b.reservation)})`),
      b.tutorial ? null : h('dt', {}, `The real document, to ${you}`),
      b.tutorial ? null : h('dd', { 'data-testid': 'score-record-worth' }, `${fmt(b.recordWorth)} (${signed(b.worth - b.recordWorth)})`),
      h('dt', {}, 'At home'),
      h('dd', { 'data-testid': 'score-ratified' }, b.ratified === null ? 'Nothing was signed, so nothing went home.' : (b.ratification ?? '')),
    ),
    h(
      'div',
      { class: 'sheet-scroll' },
      h(
        'table',
        { class: 'score-sheet', 'data-testid': 'score-sheet' },
        h('caption', {}, `Scoring sheet: each issue’s worth to ${you} (0–100), weighted by how much ${whose === 'yours' ? 'your side cares' : 'it cares'} about it (0–10)`),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Issue'), h('th', { scope: 'col' }, 'Weight'), h('th', { scope: 'col' }, 'Result reached'), h('th', { scope: 'col' }, 'Worth'), b.tutorial ? null : h('th', { scope: 'col' }, 'The real document'), b.tutorial ? null : h('th', { scope: 'col' }, 'Worth'))),
        h(
          'tbody',
          {},
          b.rows.map((r) =>
            h(
              'tr',
              { 'data-issue': r.issue },
              h('th', { scope: 'row' }, r.title),
              h('td', { 'data-weight': String(r.weight), 'data-label': 'Weight' }, fmt(r.weight)),
              h('td', { 'data-label': 'Result reached' }, r.yours.open ? `${r.yours.label} (left open)` : r.yours.label),
              h('td', { 'data-value': String(r.yours.value), 'data-label': 'Worth' }, fmt(r.yours.value)),
              b.tutorial ? null : h('td', { 'data-label': 'The real document' }, r.record?.label ?? '—'),
              b.tutorial ? null : h('td', { 'data-label': 'Its worth' }, r.record ? fmt(r.record.value) : '—'),
            ),
          ),
        ),
      ),
    ),
    h('h3', {}, whose === 'yours' ? 'Your instructions: what you may not give up' : 'Its instructions: what it may not give up'),
    h('ul', { class: 'score-redlines' }, b.redLines.map((r) => h('li', { class: r.kept ? 'kept' : 'crossed', 'data-kept': String(r.kept) }, h('strong', {}, r.kept ? '✓ Kept: ' : '✗ Crossed: '), r.text))),
  );
}

/**
 * The score section. `mine`: the student's side against the computer (its
 * sheet shown, the computer's behind a debrief button); null in hot-seat,
 * where each delegation's sheet is behind its own button.
 */
export function briefScoreSection(mine: SideId | null, names: Readonly<Record<SideId, string>>, build: (side: SideId) => BriefScore): HTMLElement {
  const slot = h('div', { class: 'score-slot', 'aria-live': 'polite' });
  const button = (side: SideId, text: string, whose: 'yours' | 'theirs') => {
    const b = h('button', { type: 'button', class: 'btn', 'data-testid': `show-score-${side}`, 'aria-expanded': 'false' }, text);
    b.addEventListener('click', () => {
      const open = b.getAttribute('aria-expanded') === 'true';
      for (const x of b.parentElement?.querySelectorAll('button') ?? []) x.setAttribute('aria-expanded', 'false');
      slot.replaceChildren(...(open ? [] : [briefScoreSheet(build(side), whose)]));
      b.setAttribute('aria-expanded', String(!open));
    });
    return b;
  };
  if (mine) {
    const theirs: SideId = mine === 'japan' ? 'russia' : 'japan';
    const row = h('div', { class: 'row' }, button(theirs, `Show ${names[theirs]}’s sheet (the computer’s side)`, 'theirs'));
    return h(
      'div',
      { class: 'brief-scores' },
      briefScoreSheet(build(mine)),
      h('section', { class: 'brief-score-choice', 'aria-labelledby': 'score-other-h' }, h('h2', { id: 'score-other-h' }, 'For the debrief: the other side’s sheet'), h('p', {}, `How the same document scores for ${names[theirs]}, from its own brief: what it could not give up and what it valued.`), row, slot),
    );
  }
  const row = h(
    'div',
    { class: 'row' },
    (['japan', 'russia'] as const).map((side) => button(side, `Show the ${names[side]} delegation’s score`, 'yours')),
  );
  return h(
    'section',
    { class: 'brief-score-choice', 'aria-labelledby': 'score-choice-h', 'data-testid': 'score-choice' },
    h('h2', { id: 'score-choice-h' }, 'Each delegation’s score against its brief'),
    h('p', {}, 'Each score uses that delegation’s private brief: its values, walk-away point and red lines. Open yours when the other delegation is not looking; pressing the button again hides it.'),
    row,
    slot,
  );
}
