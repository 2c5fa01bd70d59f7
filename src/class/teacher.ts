/**
 * The teacher's live view of a class: the code, join link and QR code to
 * show; every pair's players (online or not), phase, whose turn, meters and
 * moves, updated as they play — in a campaign class, which round of the
 * campaign each pair is in, who is ready for the next, and the outcomes of
 * the rounds it finished; finished pairs' outcomes against history and
 * each side's score against its own brief (grade, worth against its
 * walk-away point, red lines kept, ratified at home or not), the spread
 * across the class as a chart; export (JSON per pair, one CSV),
 * end the class, delete it now. Names are students' text: set as text only.
 */
import type { SideId } from '../engine/model/types';
import { fill, h, setStyle, type Child } from '../ui/dom';
import { download } from '../ui/download';
import type { ClassSummary, FinishedRound, PairSummary, RoundOutcome, SideScore } from '../server/views';
import { PairingPanel } from './pairing';
import { qrSvg } from './qr';

type Pair = PairSummary & { readonly online?: Readonly<Record<SideId, boolean>> };

export interface TeacherHandlers {
  readonly code: string;
  readonly key: string;
  readonly joinLink: string;
  readonly onEnd: () => void;
  readonly onDelete: () => void;
  readonly onPair: (japan: string, russia: string) => void;
  readonly onPairing: (pairing: 'first-come' | 'teacher') => void;
}

const sideName: Record<SideId, string> = { japan: 'Japan', russia: 'USSR/Russia' };

function player(p: Pair, side: SideId): HTMLElement {
  const name = p.players[side] ?? (p.seats[side] === 'computer' ? 'computer' : 'waiting…');
  const on = p.seats[side] === 'computer' || p.online?.[side];
  return h('span', { class: `who ${on ? 'on' : 'off'}` }, h('span', { class: 'dot', 'aria-hidden': 'true' }), name, h('span', { class: 'sr-only' }, on ? ' (connected)' : ' (not connected)'));
}

const gradeWord: Record<SideScore['grade'], string> = { strong: 'strong', fair: 'fair', weak: 'weak', failed: 'failed' };

/** One side's result against its brief, in a line: grade, worth against the walk-away point, red lines, ratification. */
function sideLine(side: SideId, x: SideScore): HTMLElement {
  const ratified = x.ratified === null ? 'nothing to ratify' : x.ratified ? 'ratified' : 'not ratified';
  return h(
    'span',
    { class: `score ${x.grade}`, 'data-side': side, title: x.verdict },
    h('strong', {}, `${sideName[side]}: ${gradeWord[x.grade]}`),
    ` · worth ${x.worth} (walk-away ${x.walkAway}, history ${x.recordWorth}) · red lines ${x.redLinesKept}/${x.redLines} kept · ${ratified}`,
  );
}

const outcomeLines = (o: NonNullable<RoundOutcome>) => [h('span', { class: 'hist' }, `${o.same} of ${o.compared} as in history`), sideLine('japan', o.sides.japan), sideLine('russia', o.sides.russia)];

/** A finished round of a campaign, in one line of the pair's Outcome cell (the full score lines are the current round's). */
const finishedLine = (r: FinishedRound) =>
  h(
    'li',
    { 'data-round': r.round.id, title: r.outcome ? `${sideName.japan}: ${r.outcome.sides.japan.verdict}\n${sideName.russia}: ${r.outcome.sides.russia.verdict}` : null },
    h('strong', {}, `${r.round.id}: ${r.status === 'concluded' ? 'signed' : 'no document'}`),
    r.outcome ? ` · ${r.outcome.same} of ${r.outcome.compared} as in history · ${sideName.japan} ${gradeWord[r.outcome.sides.japan.grade]}, ${sideName.russia} ${gradeWord[r.outcome.sides.russia.grade]}` : null,
  );

/** A cell of the pairs table that names its column (shown on narrow screens, where each pair becomes a card); its content is one block. */
const cell = (label: string, attrs: Record<string, string>, ...content: (Child | Child[])[]) => h('td', { ...attrs, 'data-label': label }, h('div', { class: 'cell' }, ...content));

function outcomeCell(p: Pair): HTMLElement {
  const earlier = p.finished.length ? h('ol', { class: 'finished-rounds', 'aria-label': `Pair ${p.pair}: rounds finished` }, p.finished.map(finishedLine)) : null;
  if (!p.outcome) return cell('Outcome', { class: 'outcome-cell' }, earlier ?? '—');
  return cell('Outcome', { class: 'outcome-cell' }, earlier, p.round.count > 1 ? h('strong', {}, `${p.round.id}:`) : null, outcomeLines(p.outcome));
}

/** "1960", then "round 2 of 6" in a campaign. */
const roundLabel = (p: Pair) => [h('strong', {}, p.round.id), p.round.count > 1 ? h('span', { class: 'of' }, ` round ${p.round.index + 1} of ${p.round.count}`) : null];

function phaseCell(p: Pair): string {
  if (p.status === 'negotiating') return `${p.phase.index + 1}/${p.phase.count} ${p.phase.title}`;
  const ended = p.status === 'concluded' ? 'Signed' : 'No document';
  if (!p.ready) return ended;
  const who = (side: SideId) => `${p.round.sides[side]} ${p.ready![side] ? 'ready' : 'not yet ready'}`;
  return `${ended}; next round: ${who('japan')}, ${who('russia')}`;
}

function pairRow(p: Pair): HTMLElement {
  const done = p.status !== 'negotiating';
  return h(
    'tr',
    { 'data-testid': `pair-${p.pair}`, 'data-status': p.status, 'data-round': p.round.id },
    h('th', { scope: 'row' }, `Pair ${p.pair}`),
    // Each cell names its column too: on a narrow screen every pair becomes a card of labelled lines (class.css).
    cell('Japan', {}, player(p, 'japan')),
    cell('USSR/Russia', {}, player(p, 'russia')),
    cell('Round', { class: 'round-cell', 'data-testid': 'round-cell' }, roundLabel(p)),
    cell('Phase', { class: 'phase-cell' }, phaseCell(p)),
    cell('Turn', {}, done ? '—' : sideName[p.turn]),
    cell('Meters', { class: 'meters-cell' }, p.meters.map((m) => h('span', { class: 'm' }, `${m.label} ${m.value}`))),
    cell('Moves', { class: 'num' }, String(p.moves)),
    outcomeCell(p),
  );
}

/** The spread of finished outcomes of each round: how many pairs matched history on k clauses, as bars. */
function spreadCharts(s: ClassSummary): HTMLElement[] {
  const all = s.pairs.flatMap((p) => [...p.finished, p]).filter((r) => r.outcome);
  const charts = s.order.flatMap((r) => {
    const done = all.filter((x) => x.round.id === r.id);
    const round = s.order.length > 1 ? `${r.id}: ` : '';
    return done.length ? [spreadChart(`${round}clauses`, done), gradeChart(round, done)] : [];
  });
  return charts.length ? charts : [h('p', { class: 'hint' }, 'The chart fills in as pairs finish.')];
}

/** Horizontal bars, one per row, scaled to the largest count; the counts are also said in words. */
function bars(rows: readonly { readonly label: string; readonly n: number }[], unit: readonly [string, string]): HTMLElement {
  const top = Math.max(...rows.map((r) => r.n), 1);
  return h(
    'ul',
    { class: 'bars' },
    rows.map(({ label, n }) => {
      const bar = h('span', { class: 'bar', 'aria-hidden': 'true' });
      setStyle(bar, `width:${Math.round((100 * n) / top)}%`);
      return h('li', {}, h('span', { class: 'k' }, label), bar, h('span', { class: 'n' }, `${n} ${n === 1 ? unit[0] : unit[1]}`));
    }),
  );
}

function spreadChart(what: string, done: readonly Pick<PairSummary, 'status' | 'outcome'>[]): HTMLElement {
  const max = Math.max(...done.map((p) => p.outcome!.compared));
  const rows = Array.from({ length: max + 1 }, (_, k) => ({ label: `${k} of ${max}`, n: done.filter((p) => p.outcome!.same === k).length }));
  return h(
    'figure',
    { class: 'spread' },
    h('figcaption', {}, `${cap(what)} matching the historical record, ${done.length} finished ${done.length === 1 ? 'pair' : 'pairs'}`),
    bars(rows, ['pair', 'pairs']),
    h('p', { class: 'hint' }, `Signed: ${done.filter((p) => p.status === 'concluded').length}; no document: ${done.filter((p) => p.status === 'breakdown').length}.`),
  );
}

const GRADES: readonly SideScore['grade'][] = ['strong', 'fair', 'weak', 'failed'];

/** How each side did against its own brief, across the finished pairs: history is one outcome among many, so this is the other half of the spread. */
function gradeChart(round: string, done: readonly Pick<PairSummary, 'outcome'>[]): HTMLElement {
  const rows = (['japan', 'russia'] as const).flatMap((side) => GRADES.map((g) => ({ label: `${sideName[side]}: ${gradeWord[g]}`, n: done.filter((p) => p.outcome!.sides[side].grade === g).length })));
  return h('figure', { class: 'spread grades' }, h('figcaption', {}, `${cap(round)}results against each side's brief`), bars(rows, ['delegation', 'delegations']));
}

const cap = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

export class TeacherScreen {
  readonly root: HTMLElement;
  private readonly body = h('tbody', {});
  private readonly chart = h('div', { class: 'chart' });
  private readonly meta = h('p', { class: 'hint', 'data-testid': 'class-meta' });
  private readonly notice = h('p', { class: 'notice', role: 'status' });
  private readonly pairing: PairingPanel;
  private readonly exportJson = h('button', { type: 'button', class: 'btn', 'data-testid': 'export-json' }, 'Export JSON (one per pair)');

  constructor(private readonly hnd: TeacherHandlers, status: HTMLElement) {
    this.pairing = new PairingPanel(hnd);
    const exportFile = (kind: 'json' | 'csv') => async () => {
      const res = await fetch(`api/classes/${hnd.code}/export.${kind}`, { headers: { authorization: `Bearer ${hnd.key}` } });
      if (!res.ok) return void (this.notice.textContent = `The export failed (${res.status}).`);
      if (kind === 'csv') return download(`class-${hnd.code}.csv`, 'text/csv', await res.text());
      const all = (await res.json()) as { class: ClassSummary; debriefs: { pair: string; scenario: { id: string } }[] };
      // One file per finished round of each pair: "class-CODE-pair-2.json", or "class-CODE-pair-2-1960.json" in a campaign.
      const campaign = all.class.order.length > 1;
      all.debriefs.forEach((d) => download(`class-${hnd.code}-${d.pair.match(/^Pair \d+/)?.[0].replace(' ', '-').toLowerCase() ?? 'pair'}${campaign ? `-${d.scenario.id}` : ''}.json`, 'application/json', JSON.stringify(d, null, 2)));
      download(`class-${hnd.code}-summary.json`, 'application/json', JSON.stringify(all.class, null, 2));
      this.notice.textContent = `${all.debriefs.length} finished ${campaign ? 'round' : 'pair'}${all.debriefs.length === 1 ? '' : 's'} exported as JSON (the Class results page reads them), and the class summary with each side's score against its brief.`;
    };
    this.exportJson.addEventListener('click', () => void exportFile('json')());
    this.root = h(
      'main',
      { class: 'class-page teacher' },
      h(
        'header',
        { class: 'teacher-head' },
        h(
          'div',
          {},
          h('p', { class: 'kicker' }, 'Your class'),
          h('h1', {}, 'Class code ', h('span', { class: 'code', 'data-testid': 'class-code' }, hnd.code)),
          h('p', {}, 'Students open ', h('a', { href: hnd.joinLink, 'data-testid': 'join-link' }, hnd.joinLink), ' or type the code on the class page.'),
          this.meta,
        ),
        qrSvg(hnd.joinLink, `QR code of the join link for class ${hnd.code}`),
      ),
      status,
      this.pairing.root,
      h('section', { 'aria-labelledby': 'pairs-h' }, h('h2', { id: 'pairs-h' }, 'Pairs'), h('div', { class: 'scroll', tabindex: 0, role: 'region', 'aria-label': 'Pairs table' }, h('table', { class: 'pairs', 'data-testid': 'pairs' }, h('thead', {}, h('tr', {}, ...['Pair', 'Japan', 'USSR/Russia', 'Round', 'Phase', 'Turn', 'Meters', 'Moves', 'Outcome'].map((t) => h('th', { scope: 'col' }, t)))), this.body))),
      h('section', { 'aria-labelledby': 'spread-h' }, h('h2', { id: 'spread-h' }, 'Spread of outcomes'), this.chart),
      h(
        'section',
        { 'aria-labelledby': 'actions-h', class: 'actions' },
        h('h2', { id: 'actions-h' }, 'Results and the class'),
        h(
          'div',
          { class: 'row' },
          this.exportJson,
          h('button', { type: 'button', class: 'btn', 'data-testid': 'export-csv', onclick: () => void exportFile('csv')() }, 'Export CSV'),
          h('button', { type: 'button', class: 'btn', 'data-testid': 'end-class', onclick: () => window.confirm('End the class? Students can no longer join or move.') && hnd.onEnd() }, 'End the class'),
          h('button', { type: 'button', class: 'btn danger', 'data-testid': 'delete-class', onclick: () => window.confirm('Delete the class and every game in it now? This cannot be undone.') && hnd.onDelete() }, 'Delete now'),
        ),
        this.notice,
      ),
    );
  }

  update(s: ClassSummary): void {
    this.meta.textContent = `${s.round.title} · ${s.mode === 'pairs' ? 'pairs of students' : 'each student against the computer'} · ${s.students} ${s.students === 1 ? 'student' : 'students'}${s.ended ? ' · ended' : ''} · data kept until ${new Date(s.expiresAt).toLocaleDateString()}`;
    fill(this.body, s.pairs.length ? s.pairs.map((p) => pairRow(p as Pair)) : h('tr', {}, h('td', { colspan: 9 }, s.waiting.length ? 'No pair is seated yet.' : 'No one has joined yet.')));
    fill(this.chart, spreadCharts(s));
    this.exportJson.textContent = s.order.length > 1 ? 'Export JSON (one per pair and round)' : 'Export JSON (one per pair)';
    this.pairing.update(s);
  }

  /** A refused teacher action (e.g. a pairing): say why. */
  refused(message: string): void {
    this.notice.textContent = `Not done: ${message}`;
  }

  say(text: string): void {
    this.notice.textContent = text;
  }
}
