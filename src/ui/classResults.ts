/**
 * Class results: the teacher drops (or picks) many exported JSON debriefs and
 * sees, per round, how many pairs concluded or broke down and, per issue, how
 * many pairs ended on each option, with the historical option marked in
 * words. Everything happens in the page (no server). Titles and results
 * come from the game's own rounds (each pair's moves are replayed); files
 * that are not debriefs or do not replay are listed with the reason, the same
 * game dropped twice is counted once and listed, and a file whose summary
 * disagreed with its moves is listed. Under each round's spread, a table of
 * its pairs: the side or sides each played, the result, clauses as in history.
 * When it summarises (and that a slow summary never lands over a newer one)
 * is the statechart in classSummary.ts.
 */
import { classResults, roundsOf, type ClassFile, type ClassResults, type RoundResults } from '../engine/debrief/classResults';
import type { Scenario } from '../engine/model/types';
import { createActor } from 'xstate';
import { summaryMachine } from './classSummary';
import { fill, h, type Child } from './dom';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

async function readFiles(list: readonly File[]): Promise<ClassFile[]> {
  return Promise.all(
    list.map(async (f) => {
      try {
        return { name: f.name, text: await f.text() };
      } catch {
        return { name: f.name, text: '' };
      }
    }),
  );
}

/** Every counted pair of a round: the side or sides its students played, its result, clauses as in history, its file. */
function pairTable(r: RoundResults): HTMLElement {
  const caption = `Pairs in round ${r.round}: the side played and the result`;
  return h(
    'div',
    { class: 'pair-table', role: 'region', tabindex: 0, 'aria-label': caption },
    h(
      'table',
      { 'data-testid': `pairs-${r.round}` },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, ...['Pair', 'Side played', 'Result', 'Against the brief', 'As in history', 'File'].map((t) => h('th', { scope: 'col' }, t)))),
      h(
        'tbody',
        {},
        r.rows.map((p) =>
          h(
            'tr',
            { 'data-sides': p.sides.join(' ') },
            h('th', { scope: 'row' }, p.pair),
            h('td', {}, p.played),
            h('td', {}, p.ratified === null ? 'No document' : p.ratified ? 'Signed and ratified' : 'Signed, not ratified'),
            h('td', { 'data-testid': 'pair-score' }, p.scores.map((x) => `${x.name} ${x.worth} (walk-away ${x.reservation}: ${x.worth >= x.reservation ? '+' : '−'}${Math.round(Math.abs(x.worth - x.reservation) * 10) / 10})${x.kept ? '' : ', red line crossed'}`).join('; ') || '—'),

            h('td', {}, `${p.same} of ${p.compared} clauses`),
            h('td', { class: 'file' }, p.file),
          ),
        ),
      ),
    ),
  );
}

function roundSection(r: RoundResults): HTMLElement {
  const id = `round-${r.round}`;
  return h(
    'section',
    { class: 'class-round', 'aria-labelledby': id, 'data-round': r.round },
    h('h2', { id }, `${r.title} (round ${r.round})`),
    h(
      'p',
      { class: 'round-stats', 'data-testid': `stats-${r.round}` },
      `${plural(r.pairs.length, 'pair', 'pairs')} · ${r.concluded} concluded · ${r.breakdown} broke down · ${r.identical} matched the record on every clause`,
      r.versions.length > 1 ? ` · scenario versions ${r.versions.join(', ')}` : '',
    ),
    r.issues.map((issue) => {
      const max = Math.max(1, ...issue.counts.map((c) => c.count));
      return h(
        'div',
        { class: 'issue', 'data-issue': issue.issue },
        h('h3', {}, issue.title),
        h(
          'ul',
          { class: 'bars' },
          issue.counts.map((c) =>
            h(
              'li',
              { class: `bar-row${c.historical ? ' historical' : ''}`, 'data-option': c.option, 'data-count': c.count },
              h('span', { class: 'opt' }, c.label, c.historical ? h('strong', { class: 'hist-mark' }, ' — as in history') : null),
              h('span', { class: 'track', 'aria-hidden': 'true' }, h('span', { class: 'fillbar', style: `width:${((c.count / max) * 100).toFixed(1)}%` })),
              h('span', { class: 'count' }, plural(c.count, 'pair', 'pairs')),
            ),
          ),
        ),
        issue.record === null ? h('p', { class: 'note' }, 'History reached no agreement on this issue.') : null,
      );
    }),
    pairTable(r),
  );
}

/** The files listed apart: skipped ones, the same game again, summaries corrected from the moves. */
function listed(r: ClassResults): (HTMLElement | null)[] {
  const list = (id: string, title: string, intro: string | null, testid: string, rows: readonly [string, string][]) =>
    rows.length > 0
      ? h('section', { 'aria-labelledby': id, class: 'rejected' }, h('h2', { id }, title), intro ? h('p', {}, intro) : null, h('ul', { 'data-testid': testid }, rows.map(([file, why]) => h('li', {}, h('strong', {}, file), ` — ${why}`))))
      : null;
  return [
    list('duplicates-h', 'The same game more than once', 'Counted once: these files hold a game already counted (the same round, seed and moves).', 'duplicates', r.duplicates.map((d) => [d.file, d.file === d.sameAs ? 'dropped again' : `the same game as ${d.sameAs}`])),
    list('corrected-h', 'Results recomputed from the moves', 'The summary in these files did not match their own moves; they are counted as their moves give.', 'corrected', r.corrected.map((c) => [c.file, c.note])),
  ];
}

/** What the files add up to: the count read and skipped, each round's spread and pairs, the files listed apart. */
function summaryView(files: readonly ClassFile[], r: ClassResults): (Child | Child[])[] {
  const read = files.length - r.rejected.length;
  return [
    h('p', { class: 'summary', 'data-testid': 'class-summary' }, `${plural(files.length, 'file', 'files')} read: ${plural(read, 'debrief', 'debriefs')}, ${r.rejected.length} skipped${r.duplicates.length > 0 ? `, ${r.duplicates.length} counted once as the same game` : ''}.`),
    r.rounds.map(roundSection),
    ...listed(r),
    r.rejected.length > 0
      ? h(
          'section',
          { 'aria-labelledby': 'rejected-h', class: 'rejected' },
          h('h2', { id: 'rejected-h' }, 'Files skipped'),
          h('ul', { 'data-testid': 'rejected' }, r.rejected.map((x) => h('li', {}, h('strong', {}, x.file), ` — ${x.reason}`))),
        )
      : null,
  ];
}

/** The class results page; `loadRounds` fetches the game's own rounds by id (unknown ids are left out). */
export function classResultsScreen(onBack: () => void, loadRounds: (ids: readonly string[]) => Promise<ReadonlyMap<string, Scenario>>): HTMLElement {
  const results = h('div', { class: 'class-results', 'aria-live': 'polite', 'data-testid': 'class-results' });
  const summary = createActor(
    summaryMachine<File, { files: ClassFile[]; r: ClassResults }>({
      summarise: async (list) => {
        const files = await readFiles(list);
        return { files, r: classResults(files, await loadRounds(roundsOf(files))) };
      },
      showEmpty: () => fill(results, h('p', { class: 'empty' }, 'No files yet.')),
      show: ({ files, r }) => fill(results, ...summaryView(files, r)),
      showError: (e) => fill(results, h('p', { role: 'alert' }, `The files could not be summarised: ${e instanceof Error ? e.message : String(e)}`)),
    }),
  ).start();
  const add = (list: FileList | null) => summary.send({ type: 'add', files: list ? [...list] : [] });
  const input = h('input', { id: 'class-files', type: 'file', multiple: true, accept: '.json,application/json', 'data-testid': 'class-files' });
  input.addEventListener('change', () => {
    add(input.files);
    input.value = '';
  });
  const zone = h(
    'div',
    { class: 'dropzone', 'data-testid': 'dropzone' },
    h('p', {}, h('strong', {}, 'Drop the exported JSON debriefs here'), ' — as many as you like, all at once or in batches.'),
    h('p', { class: 'pick' }, h('label', { for: 'class-files' }, 'Or choose files:'), ' ', input),
  );
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('over');
    add(e.dataTransfer?.files ?? null);
  });
  return h(
    'section',
    { class: 'screen class', 'aria-labelledby': 'class-title', 'data-screen': 'class' },
    h(
      'header',
      {},
      h('div', {}, h('p', { class: 'kicker' }, 'For teachers'), h('h1', { id: 'class-title' }, 'Class results')),
      h(
        'div',
        { class: 'row' },
        h('button', { type: 'button', class: 'btn', onclick: () => summary.send({ type: 'clear' }) }, 'Clear'),
        h('button', { type: 'button', class: 'btn', onclick: onBack }, '◂ Back to the menu'),
      ),
    ),
    h('p', { class: 'lede' }, 'Each pair exports its debrief as JSON from the debrief page. Gather the files here to see the spread of outcomes across the class against the historical one. Nothing leaves this computer.'),
    zone,
    results,
  );
}
