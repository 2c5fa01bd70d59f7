/**
 * The campaign's timeline: your history beside the real one, year by year.
 * Between rounds, what history did and whether it still could in your world;
 * for each round, your result clause by clause against the record, the world
 * it opened in where that differed from history's, what caused each
 * difference, and what really happened, with the sources.
 */
import type { SourceLibrary } from '../engine/scenario/citations';
import type { RoundRowView, TimelineRow } from '../engine/view/history';
import { h } from './dom';
import { ICON } from './outcome';
import { citationList } from './reader';

export interface TimelineActions {
  readonly complete: boolean;
  readonly branch: string;
  readonly back: () => void;
  readonly branches: () => void;
  readonly menu: () => void;
}

/** Your clauses against the record; a round with no document at all says so once. */
function clauseList(r: RoundRowView): HTMLElement | null {
  if (r.clauses.length === 0) return null;
  if (r.clauses.every((c) => c.yours === null && c.comparison === 'missing')) {
    return h('p', { class: 'tl-none' }, `None of the record's ${r.clauses.length} clauses: the round ended without a document.`);
  }
  return h(
    'ul',
    { class: 'tl-clauses' },
    r.clauses.map((c) =>
      h('li', { 'data-comparison': c.comparison }, h('span', { class: 'ct' }, `${c.title}: `), c.yours ?? h('em', {}, 'not in your document'), ' ', h('span', { class: `status ${c.comparison}` }, h('span', { class: 'icon', 'aria-hidden': 'true' }, ICON[c.comparison]), c.words)),
    ),
  );
}

function roundRow(r: RoundRowView, sources: SourceLibrary): HTMLElement {
  const asHistory = r.played && r.distance === 0 && r.startedFrom.length === 0;
  return h(
    'li',
    { class: `tl-row round${r.played ? '' : ' unplayed'}${asHistory ? ' same' : ''}`, 'data-round': r.round, 'data-testid': 'timeline-round' },
    h('p', { class: 'tl-year' }, String(r.year)),
    h(
      'div',
      { class: 'tl-body' },
      h('h2', {}, r.title),
      r.startedFrom.length > 0
        ? h(
            'div',
            { class: 'tl-diverged', 'data-testid': 'divergences' },
            h('h3', {}, 'This round opened in a different world'),
            h(
              'ul',
              {},
              r.startedFrom.map((d) => h('li', { 'data-what': d.what }, h('strong', {}, `${d.yours}`), ` — in history: ${d.history}.`, d.because ? h('span', { class: 'because' }, ` Because ${d.because}.`) : null)),
            ),
            r.notes.map((n) => h('div', { class: 'tl-note' }, h('p', {}, h('strong', {}, `${n.title}. `), n.text), h('p', { class: 'really' }, h('strong', {}, 'What really happened: '), n.history), citationList(n.citations, sources, n.title))),
          )
        : null,
      h(
        'div',
        { class: 'tl-cols' },
        h(
          'div',
          { class: 'tl-yours' },
          h('h3', {}, 'Your history'),
          r.played ? h('p', { class: 'tl-status' }, r.yours ?? '') : h('p', { class: 'tl-status none' }, 'Not played yet on this branch'),
          clauseList(r),
        ),
        h('div', { class: 'tl-history' }, h('h3', {}, 'What really happened'), h('p', { class: 'tl-status' }, r.historyOutcome === 'concluded' ? 'A document was signed' : 'No joint document'), h('p', {}, r.history), citationList(r.citations, sources, `${r.year} record`)),
      ),
    ),
  );
}

export function timelineScreen(rows: readonly TimelineRow[], sources: SourceLibrary, actions: TimelineActions): HTMLElement {
  const rounds = rows.filter((r): r is RoundRowView => r.kind === 'round');
  const played = rounds.filter((r) => r.finished);
  const same = played.filter((r) => r.distance === 0 && r.startedFrom.length === 0).length;
  const open = rounds.some((r) => r.played && !r.finished);
  return h(
    'section',
    { class: 'screen timeline', 'aria-labelledby': 'timeline-title', 'data-screen': 'timeline' },
    h(
      'header',
      {},
      h('div', {}, h('p', { class: 'kicker' }, `Campaign ${rounds[0]?.year ?? ''}–${rounds[rounds.length - 1]?.year ?? ''} · ${actions.branch}`), h('h1', { id: 'timeline-title', tabindex: -1 }, actions.complete ? 'Your history is written' : 'Your history so far')),
      h('div', { class: 'row' }, h('button', { type: 'button', class: 'btn', 'data-testid': 'timeline-back', onclick: actions.back }, 'Back'), h('button', { type: 'button', class: 'btn', onclick: actions.branches }, 'Branches'), h('button', { type: 'button', class: 'btn', onclick: actions.menu }, 'Menu')),
    ),
    h('p', { class: 'lede', 'data-testid': 'timeline-summary' }, `${played.length} of ${rounds.length} rounds played${open ? ', one under way' : ''}. ${same} went exactly as in history; ${played.length - same} took another road. Each row sets your history beside the real one.`),
    h(
      'ol',
      { class: 'tl', 'data-testid': 'timeline' },
      rows.map((row) =>
        row.kind === 'round'
          ? roundRow(row, sources)
          : h(
              'li',
              { class: `tl-row interlude${row.happened ? '' : ' not-happened'}`, 'data-interlude': row.id },
              h('p', { class: 'tl-year' }, row.date.slice(0, 4)),
              h(
                'div',
                { class: 'tl-body' },
                h('h2', {}, row.title),
                h(
                  'div',
                  { class: 'tl-cols' },
                  h('div', { class: 'tl-yours' }, h('h3', {}, 'Your history'), h('p', {}, row.happened ? 'This happened in your history too.' : `This did not happen in your history.${row.otherwise ? ` ${row.otherwise}` : ''}`)),
                  h('div', { class: 'tl-history' }, h('h3', {}, 'What really happened'), h('p', {}, row.text), citationList(row.citations, sources, row.title)),
                ),
              ),
            ),
      ),
    ),
  );
}
