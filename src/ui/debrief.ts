/**
 * The debrief page, reached from the outcome by "Debrief": every move with its
 * source, the meters over time (an SVG chart with a data table beside it), the
 * final document against the real one and the round's discussion questions.
 * The pair label (no personal data needed) goes into every export; the page
 * prints (the print stylesheet drops the stage, the canvas and the buttons)
 * and exports as Markdown or JSON, built by the engine's debrief module.
 */
import { debriefMarkdown, type Debrief } from '../engine/debrief/debrief';
import { h } from './dom';
import { download, slug } from './download';

export interface DebriefActions {
  /** Build the debrief for the current pair label. */
  readonly make: (pair: string) => Debrief;
  readonly onPair: (pair: string) => void;
  readonly back: () => void;
  readonly menu: () => void;
}

type Cite = Debrief['log'][number]['citations'][number];
const citeText = (c: Cite): string => (c.kind === 'quote' ? `“${c.quote}” — ${c.speaker}, ${c.date}${c.retrospective ? ' (said later, looking back)' : ''}` : `${c.ref}: ${c.note}`);
const sources = (list: readonly Cite[]) => (list.length ? h('ul', { class: 'cites' }, list.map((c) => h('li', {}, h('span', { class: 'src-lbl' }, 'Source: '), citeText(c)))) : null);

/** How each meter is drawn: colour and a dash pattern, so colour is never the only signal. */
const STROKES: Readonly<Record<string, { color: string; dash: string; name: string }>> = {
  trust: { color: '#256336', dash: '', name: 'solid line' },
  'support-japan': { color: '#1f4e79', dash: '10 5', name: 'dashed line' },
  'support-russia': { color: '#8a2d1a', dash: '3 4', name: 'dotted line' },
  pressure: { color: '#765610', dash: '12 4 3 4', name: 'dash-dot line' },
};

const SVG = 'http://www.w3.org/2000/svg';
function svg(tag: string, attrs: Record<string, string | number>, ...children: (Node | string)[]): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.append(c);
  return el;
}

/** The meters over the round as a line chart (inline SVG). */
export function meterChart(d: Debrief): Element {
  const series = d.meters.series;
  const W = 720;
  const H = 250;
  const pad = { l: 60, r: 14, t: 16, b: 44 };
  const x = (i: number) => pad.l + (series.length <= 1 ? 0 : (i / (series.length - 1)) * (W - pad.l - pad.r));
  const y = (v: number) => pad.t + (1 - v / 100) * (H - pad.t - pad.b);
  const grid = [0, 25, 50, 75, 100].flatMap((v) => [
    svg('line', { x1: pad.l, x2: W - pad.r, y1: y(v), y2: y(v), stroke: '#d9cdb4', 'stroke-width': 1 }),
    svg('text', { x: pad.l - 6, y: y(v) + 4, 'text-anchor': 'end', fill: '#3a434d' }, String(v)),
  ]);
  const lines = d.meters.final.map((m) => {
    const st = STROKES[m.id] ?? { color: '#1c2229', dash: '', name: 'line' };
    const pts = series.map((p, i) => `${x(i).toFixed(1)},${y(p.values[m.id]).toFixed(1)}`).join(' ');
    return svg('polyline', { points: pts, fill: 'none', stroke: st.color, 'stroke-width': 2.5, 'stroke-dasharray': st.dash || 'none', 'stroke-linejoin': 'round' });
  });
  const axis = svg('text', { x: (pad.l + W - pad.r) / 2, y: H - 8, 'text-anchor': 'middle', fill: '#3a434d' }, `Moves (start to move ${series.at(-1)?.n ?? 0})`);
  const summary = d.meters.final.map((m) => `${m.label} from ${series[0]?.values[m.id] ?? m.value} to ${m.value} (history: ${m.historical})`).join('; ');
  return svg('svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img', 'aria-label': `The meters over the round: ${summary}.`, class: 'meter-chart', 'data-testid': 'meter-chart' }, ...grid, ...lines, axis);
}

export function debriefScreen(initialPair: string, actions: DebriefActions): HTMLElement {
  let d = actions.make(initialPair);
  const pairLine = h('p', { class: 'pair-line', 'data-testid': 'pair-line' }, `Pair: ${d.pair}`);
  const input = h('input', { id: 'pair-label', type: 'text', value: initialPair, maxlength: 80, autocomplete: 'off', 'aria-describedby': 'pair-hint' });
  input.addEventListener('input', () => {
    d = actions.make(input.value);
    pairLine.textContent = `Pair: ${d.pair}`;
    actions.onPair(input.value);
  });
  const base = () => `debrief-${d.scenario.id}-${slug(d.pair)}`;
  const legend = h(
    'ul',
    { class: 'chart-legend' },
    d.meters.final.map((m) => {
      const st = STROKES[m.id];
      return h('li', {}, h('span', { class: `sw sw-${m.id}`, 'aria-hidden': 'true' }), `${m.label} (${st?.name ?? 'line'}): ${m.value} at the end; history ${m.historical}`);
    }),
  );
  const ids = d.meters.final.map((m) => m.id);
  const dataTable = h(
    'div',
    { class: 'chart-data' },
    h('h3', { id: 'd-meter-table-h' }, 'The meters as a table'),
    h(
      'table',
      { class: 'data', 'aria-labelledby': 'd-meter-table-h' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'After move'), d.meters.final.map((m) => h('th', { scope: 'col' }, m.label)))),
      h('tbody', {}, d.meters.series.map((p) => h('tr', {}, h('th', { scope: 'row' }, p.n === 0 ? 'Start' : String(p.n)), ids.map((id) => h('td', {}, String(p.values[id])))))),
    ),
  );
  return h(
    'section',
    { class: 'screen debrief', 'aria-labelledby': 'debrief-title', 'data-screen': 'debrief' },
    h(
      'header',
      {},
      h('div', {}, h('p', { class: 'kicker' }, `Debrief · round ${d.scenario.id} · scenario version ${d.scenario.version}`), h('h1', { id: 'debrief-title', tabindex: '-1' }, `Debrief: ${d.scenario.title}`), pairLine, d.played ? h('p', { class: 'pair-line', 'data-testid': 'side-played' }, `Side played: ${d.played}`) : null, h('p', { class: 'headline' }, d.headline)),
      h('div', { class: 'row no-print' }, h('button', { type: 'button', class: 'btn', onclick: actions.back }, '◂ Back to the outcome'), h('button', { type: 'button', class: 'btn', onclick: actions.menu }, 'Menu')),
    ),
    h(
      'div',
      { class: 'export no-print' },
      h('div', { class: 'pair-field' }, h('label', { for: 'pair-label' }, 'Pair label'), input, h('span', { id: 'pair-hint', class: 'hint' }, 'A table number or team name — no names needed.')),
      h(
        'div',
        { class: 'row' },
        h('button', { type: 'button', class: 'btn primary', 'data-testid': 'print', onclick: () => window.print() }, 'Print / save as PDF'),
        h('button', { type: 'button', class: 'btn', 'data-testid': 'export-md', onclick: () => download(`${base()}.md`, 'text/markdown;charset=utf-8', debriefMarkdown(d)) }, 'Export Markdown'),
        h('button', { type: 'button', class: 'btn', 'data-testid': 'export-json', onclick: () => download(`${base()}.json`, 'application/json', `${JSON.stringify(d, null, 2)}\n`) }, 'Export JSON'),
      ),
    ),
    stakesSection(d),
    h(
      'section',
      { 'aria-labelledby': 'd-compare-h' },
      h('h2', { id: 'd-compare-h' }, 'The document against the record'),
      h(
        'table',
        { class: 'compare debrief-compare', 'data-testid': 'debrief-comparison' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Clause'), h('th', { scope: 'col' }, 'Your document'), h('th', { scope: 'col' }, 'The real document'), h('th', { scope: 'col' }, 'Comparison'))),
        h(
          'tbody',
          {},
          d.clauses.map((c) =>
            h(
              'tr',
              { 'data-issue': c.issue, 'data-comparison': c.comparison },
              h('th', { scope: 'row' }, c.title),
              h('td', {}, c.yours ?? h('em', {}, 'Not in your document')),
              h('td', {}, c.record ?? h('em', {}, 'Not in the historical document'), sources(c.citations)),
              h('td', {}, h('span', { class: `status ${c.comparison}` }, c.words)),
            ),
          ),
        ),
      ),
    ),
    h('section', { 'aria-labelledby': 'd-meters-h' }, h('h2', { id: 'd-meters-h' }, 'The meters over time'), h('figure', { class: 'chart' }, meterChart(d), h('figcaption', {}, legend)), dataTable),
    h(
      'section',
      { 'aria-labelledby': 'd-moves-h' },
      h('h2', { id: 'd-moves-h' }, 'Every move, with its source'),
      h(
        'ol',
        { class: 'moves', 'data-testid': 'debrief-moves' },
        d.log.map((l) =>
          l.kind === 'phase'
            ? h('li', { class: 'phase' }, h('strong', {}, l.text))
            : h('li', { class: l.kind }, h('span', { class: 'who' }, l.kind === 'event' ? 'Event: ' : `${l.speaker ?? l.side ?? ''}: `), l.text, sources(l.citations)),
        ),
      ),
    ),
    h('section', { 'aria-labelledby': 'd-questions-h' }, h('h2', { id: 'd-questions-h' }, 'Questions for discussion'), h('ol', { class: 'questions', 'data-testid': 'debrief-questions' }, d.questions.map((q) => h('li', {}, q, h('div', { class: 'answer-space', 'aria-hidden': 'true' }))))),
  );
}

/** Ratification at home and each played side's score against its brief (on screen and in print). */
function stakesSection(d: Debrief): HTMLElement | null {
  const scores = d.scores ?? [];
  if (!d.ratification && scores.length === 0) return null;
  return h(
    'section',
    { 'aria-labelledby': 'd-stakes-h', 'data-testid': 'debrief-stakes' },
    h('h2', { id: 'd-stakes-h' }, d.ratification ? (d.ratification.ratified ? 'Ratified at home' : 'Signed, not ratified') : 'Against the brief'),
    d.ratification ? h('ul', { class: 'ratification-list' }, d.ratification.sides.map((x) => h('li', {}, x.reason, x.note ? h('span', { class: 'hint' }, ` ${x.note}`) : null))) : null,
    scores.map((b) =>
      h(
        'div',
        { class: 'debrief-score', 'data-side': b.side },
        h('h3', {}, `Score against the brief: ${b.sideName}`),
        h('p', {}, b.verdict),
        h(
          'table',
          { class: 'compare' },
          h('caption', {}, `Worth ${b.worth} · walk-away point ${b.reservation} · the real document ${b.recordWorth}`),
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Issue'), h('th', { scope: 'col' }, 'Weight'), h('th', { scope: 'col' }, 'Result reached'), h('th', { scope: 'col' }, 'Worth'))),
          h('tbody', {}, b.rows.map((r) => h('tr', {}, h('th', { scope: 'row' }, r.title), h('td', {}, String(r.weight)), h('td', {}, r.label), h('td', {}, String(r.value))))),
        ),
        h('ul', {}, b.redLines.map((r) => h('li', {}, h('strong', {}, r.kept ? '✓ Kept: ' : '✗ Crossed: '), r.text))),
      ),
    ),
  );
}
