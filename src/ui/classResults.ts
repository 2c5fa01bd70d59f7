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
 */
import { classResults, roundsOf, type ClassFile, type ClassResults, type RoundResults } from '../engine/debrief/classResults';
import type { Scenario } from '../engine/model/types';
import { fill, h } from './dom';

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
      h('thead', {}, h('tr', {}, ...['Pair', 'Side played', 'Result', 'As in history', 'File'].map((t) => h('th', { scope: 'col' }, t)))),
      h(
        'tbody',
        {},
        r.rows.map((p) =>
          h(
            'tr',
            { 'data-sides': p.sides.join(' ') },
            h('th', { scope: 'row' }, p.pair),
            h('td', {}, p.played),
            h('td', {}, p.status === 'concluded' ? 'Signed' : 'No document'),
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

/** The class results page; `loadRounds` fetches the game's own rounds by id (unknown ids are left out). */
export function classResultsScreen(onBack: () => void, loadRounds: (ids: readonly string[]) => Promise<ReadonlyMap<string, Scenario>>): HTMLElement {
  let files: ClassFile[] = [];
  let generation = 0;
  const results = h('div', { class: 'class-results', 'aria-live': 'polite', 'data-testid': 'class-results' });
  const render = async () => {
    const mine = ++generation;
    try {
      if (files.length === 0) {
        fill(results, h('p', { class: 'empty' }, 'No files yet.'));
        return;
      }
      const rounds = await loadRounds(roundsOf(files));
      if (mine !== generation) return;
      const r = classResults(files, rounds);
      const read = files.length - r.rejected.length;
      fill(
        results,
        h('p', { class: 'summary', 'data-testid': 'class-summary' }, `${plural(files.length, 'file', 'files')} read: ${plural(read, 'debrief', 'debriefs')}, ${r.rejected.length} skipped${r.duplicates.length > 0 ? `, ${r.duplicates.length} counted once as the same game` : ''}.`),
        r.rounds.map(roundSection),
        listed(r),
        r.rejected.length > 0
          ? h(
              'section',
              { 'aria-labelledby': 'rejected-h', class: 'rejected' },
              h('h2', { id: 'rejected-h' }, 'Files skipped'),
              h('ul', { 'data-testid': 'rejected' }, r.rejected.map((x) => h('li', {}, h('strong', {}, x.file), ` — ${x.reason}`))),
            )
          : null,
      );
    } catch (e) {
      fill(results, h('p', { role: 'alert' }, `The files could not be summarised: ${(e as Error).message}`));
    }
  };
  const add = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    files = files.concat(await readFiles([...list]));
    await render();
  };
  const input = h('input', { id: 'class-files', type: 'file', multiple: true, accept: '.json,application/json', 'data-testid': 'class-files' });
  input.addEventListener('change', () => void add(input.files).then(() => (input.value = '')));
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
    void add(e.dataTransfer?.files ?? null);
  });
  void render();
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
        h('button', { type: 'button', class: 'btn', onclick: () => ((files = []), void render()) }, 'Clear'),
        h('button', { type: 'button', class: 'btn', onclick: onBack }, '◂ Back to the menu'),
      ),
    ),
    h('p', { class: 'lede' }, 'Each pair exports its debrief as JSON from the debrief page. Gather the files here to see the spread of outcomes across the class against the historical one. Nothing leaves this computer.'),
    zone,
    results,
  );
}
