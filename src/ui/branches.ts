/**
 * The branches of a play: every line of play kept after a rewind, each with
 * its name (editable), where it branched off and how many moves it holds,
 * opened with one button; and any of them side by side with history, round by
 * round — status, every clause, the meters at the end — so a class can see
 * where two roads parted and how far each ended from the record.
 */
import type { BranchListItem, CompareRound } from '../engine/view/branches';
import { fill, h } from './dom';
import { ICON } from './outcome';

export interface BranchesActions {
  readonly compare: (ids: readonly string[]) => CompareRound[];
  /** Branches whose moves no longer replay (the round file changed), with why. */
  readonly broken: Readonly<Record<string, string>>;
  /** Rename a branch; returns the name it has now (a blank name leaves the old one). */
  readonly rename: (id: string, name: string) => string;
  readonly open: (id: string) => void;
  readonly back: () => void;
  readonly menu: () => void;
}

function compareTables(rounds: readonly CompareRound[]): HTMLElement[] {
  return rounds.map((r) =>
    h(
      'table',
      { class: 'branch-compare', 'data-round': r.round, 'data-testid': 'branch-compare' },
      h('caption', {}, r.title),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ''), r.columns.map((c) => h('th', { scope: 'col', class: c.id === 'history' ? 'history' : '' }, c.name)))),
      h(
        'tbody',
        {},
        h('tr', { class: 'status-row' }, h('th', { scope: 'row' }, 'Outcome'), r.columns.map((c) => h('td', {}, c.status, c.distance !== null && c.id !== 'history' ? h('span', { class: 'dist' }, c.distance === 0 ? ' · as in history' : ` · ${c.distance} clause${c.distance === 1 ? ' differs' : 's differ'}`) : null))),
        r.issues.map((i) =>
          h(
            'tr',
            { 'data-issue': i.id },
            h('th', { scope: 'row' }, i.title),
            r.columns.map((c) => {
              const cell = c.clauses[i.id];
              if (!cell) return h('td', { class: 'none' }, c.played ? '—' : '');
              return h('td', { 'data-comparison': cell.comparison ?? 'history' }, cell.comparison ? h('span', { class: `status ${cell.comparison}`, title: cell.words ?? '' }, h('span', { class: 'icon', 'aria-hidden': 'true' }, ICON[cell.comparison]), h('span', { class: 'sr-only' }, `${cell.words ?? ''}: `)) : null, cell.label ?? h('em', {}, 'not in the document'));
            }),
          ),
        ),
        r.meters.map((m) => h('tr', { class: 'meter-row' }, h('th', { scope: 'row' }, m.label), r.columns.map((c) => h('td', {}, c.meters[m.id] === undefined || c.meters[m.id] === null ? '' : String(c.meters[m.id]))))),
      ),
    ),
  );
}

export function branchesScreen(list: readonly BranchListItem[], actions: BranchesActions): HTMLElement {
  const current = list.find((b) => b.current);
  const parentId = current?.parent ?? undefined;
  const chosen = new Set<string>([current?.id ?? '', parentId ?? list.find((b) => !b.current)?.id ?? ''].filter((x) => x !== ''));
  const compareBox = h('div', { class: 'compare-box', 'aria-live': 'polite' });
  const redraw = () => fill(compareBox, chosen.size === 0 ? h('p', {}, 'Tick one or more branches to set them beside history.') : compareTables(actions.compare(list.filter((b) => chosen.has(b.id)).map((b) => b.id))));
  const rows = list.map((b, i) => {
    const name = h('input', { type: 'text', id: `branch-name-${i}`, value: b.name, maxlength: 60, 'data-testid': 'branch-rename' });
    name.addEventListener('change', () => {
      // A blank or whitespace name is refused: the box shows the name the branch keeps.
      name.value = actions.rename(b.id, name.value);
      redraw();
    });
    const tick = h('input', { type: 'checkbox', id: `branch-compare-${i}`, checked: chosen.has(b.id), 'data-testid': 'branch-tick' });
    tick.addEventListener('change', () => {
      if (tick.checked) chosen.add(b.id);
      else chosen.delete(b.id);
      redraw();
    });
    const broken = actions.broken[b.id];
    return h(
      'li',
      { class: `branch${b.current ? ' current' : ''}`, 'data-branch': b.id, 'data-testid': 'branch' },
      h('div', { class: 'b-name' }, h('label', { for: `branch-name-${i}` }, `Name of branch ${i + 1}`), name),
      h('p', { class: 'b-meta' }, `${b.from ? `Branched ${b.from}` : 'The first line of play'} · ${b.moves} move${b.moves === 1 ? '' : 's'}`, b.current ? h('strong', { class: 'b-current' }, ' · playing now') : null),
      broken ? h('p', { class: 'b-broken', role: 'note' }, `Cannot be replayed: ${broken}`) : null,
      h('div', { class: 'row' }, h('label', { class: 'tick', for: `branch-compare-${i}` }, tick, ' Compare'), b.current || broken ? null : h('button', { type: 'button', class: 'btn small', 'data-testid': 'branch-open', onclick: () => actions.open(b.id) }, 'Play this branch')),
    );
  });
  const root = h(
    'section',
    { class: 'screen branches', 'aria-labelledby': 'branches-title', 'data-screen': 'branches' },
    h(
      'header',
      {},
      h('div', {}, h('p', { class: 'kicker' }, `${list.length} branch${list.length === 1 ? '' : 'es'} · every rewind keeps the road it left`), h('h1', { id: 'branches-title', tabindex: -1 }, 'Branches')),
      h('div', { class: 'row' }, h('button', { type: 'button', class: 'btn', 'data-testid': 'branches-back', onclick: actions.back }, 'Back'), h('button', { type: 'button', class: 'btn', onclick: actions.menu }, 'Menu')),
    ),
    h('p', { class: 'lede' }, 'Rewind to any of your decisions (from the decision log at the table or on the outcome) to try another road. Each branch replays from the same seed, so the computer answers the same moves the same way.'),
    h('ol', { class: 'branch-list', 'aria-label': 'Branches' }, rows),
    h('h2', {}, 'Side by side with history'),
    compareBox,
  );
  redraw();
  return root;
}
