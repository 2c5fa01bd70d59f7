/**
 * The outcome: the player's document beside the real one, clause by clause,
 * each marked with the comparison in words, colour and a symbol (colour is
 * never the only signal), with the record's sources; the meters against
 * history; what happened next; the contested points; and, over the two drawn
 * maps, the islands as each document leaves them. Island names show both
 * sides' forms here, as this screen is shared.
 */
import type { MapAsset } from '../map/asset';
import type { Comparison } from '../engine/model/outcome';
import type { SourceLibrary } from '../engine/scenario/citations';
import type { DecisionView, OutcomeView } from '../engine/view/viewModel';
import { worldSection } from './world';
import { decisionList } from './decisions';
import { documentPicture } from '../view/bridge';
import { OUTCOME_MAPS } from '../view/layout';
import { h } from './dom';
import { dateRange } from './format';
import { fateLabels, mapLabels, mapLegend, mapSummary } from './mapLabels';
import { citationList } from './reader';
import { realRecord } from './realRecord';

/** The symbol beside each comparison's words (colour is never the only signal). */
export const ICON: Readonly<Record<Comparison, string>> = {
  same: '=',
  'better-for-japan': '▲J',
  'better-for-russia': '▲R',
  'not-in-record': '+',
  missing: '−',
  'other-world': '≠',
};

export interface OutcomeActions {
  readonly replay: () => void;
  /** Null in a campaign (the side is kept for the whole history). */
  readonly switchSides: (() => void) | null;
  readonly next: (() => void) | null;
  readonly nextLabel: string | null;
  /** The campaign's timeline (null outside a campaign). */
  readonly timeline: (() => void) | null;
  readonly branches: () => void;
  /** The round's decisions, and rewinding to just before one of them. */
  readonly decisions: readonly DecisionView[];
  readonly rewind: (index: number) => void;
  readonly branch: string;
  readonly campaign: { readonly round: number; readonly of: number } | null;
  readonly menu: () => void;
  readonly debrief: () => void;
  /** Download the round as a save file (JSON). */
  readonly exportSave: () => void;
  /** The share link that replays this round. */
  readonly shareLink: () => string;
}

/** "Copy share link": the link in a read-only field (selected), and on the clipboard when the browser allows. */
function shareControls(actions: OutcomeActions): [HTMLElement, HTMLElement] {
  const box = h('div', { class: 'share', 'data-testid': 'share', hidden: true });
  const button = h('button', { type: 'button', class: 'btn', 'data-testid': 'share-link', 'aria-expanded': 'false' }, 'Copy share link');
  button.addEventListener('click', () => {
    const link = actions.shareLink();
    const input = h('input', { id: 'share-url', type: 'text', readonly: true, value: link, 'data-testid': 'share-url' });
    const status = h('p', { class: 'share-status', role: 'status' }, 'Anyone who opens this link sees this round replayed, move by move.');
    box.replaceChildren(h('label', { for: 'share-url' }, 'Share link'), input, status);
    box.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    input.focus();
    input.select();
    const clip = navigator.clipboard as Clipboard | undefined;
    if (clip) {
      clip.writeText(link).then(
        () => (status.textContent = 'Copied to the clipboard. Anyone who opens this link sees this round replayed, move by move.'),
        () => (status.textContent = 'Select the link and copy it (the browser did not allow copying). Anyone who opens it sees this round replayed.'),
      );
    }
  });
  return [button, box];
}

export function outcomeScreen(o: OutcomeView, sources: SourceLibrary, map: MapAsset | null, actions: OutcomeActions): HTMLElement {
  const [shareButton, shareBox] = shareControls(actions);
  return h(
    'div',
    { class: 'outcome-wrap', 'data-screen': 'outcome' },
    h(
      'section',
      { class: 'screen outcome', 'aria-labelledby': 'outcome-title' },
      h('p', { class: 'kicker' }, `${actions.campaign ? `Campaign, round ${actions.campaign.round} of ${actions.campaign.of} · ` : ''}Outcome · ${o.round.place} · ${dateRange(o.round.date, o.round.endDate)}`),
      h('h1', { id: 'outcome-title' }, o.round.title),
      h('p', { class: `headline ${o.status}`, 'data-testid': 'headline' }, o.headline),
      h(
        'div',
        { class: 'row actions' },
        actions.next ? h('button', { type: 'button', class: 'btn primary', 'data-testid': 'next-round', onclick: actions.next }, actions.nextLabel ?? 'Next round ▸') : null,
        actions.timeline ? h('button', { type: 'button', class: `btn${actions.next ? '' : ' primary'}`, 'data-testid': 'timeline', onclick: actions.timeline }, actions.next ? 'Timeline' : 'Your timeline ▸') : null,
        h('button', { type: 'button', class: `btn${actions.next || actions.timeline ? '' : ' primary'}`, 'data-testid': 'play-again', onclick: actions.replay }, actions.campaign ? 'Replay this round (new branch)' : 'Play again'),
        actions.switchSides ? h('button', { type: 'button', class: 'btn', onclick: actions.switchSides }, 'Switch sides') : null,
        h('button', { type: 'button', class: 'btn', 'data-testid': 'branches', onclick: actions.branches }, 'Branches'),
        h('button', { type: 'button', class: 'btn', 'data-testid': 'debrief', onclick: actions.debrief }, 'Debrief'),
        h('button', { type: 'button', class: 'btn', onclick: actions.menu }, 'Menu'),
        h('button', { type: 'button', class: 'btn', 'data-testid': 'export-save', onclick: actions.exportSave }, 'Save file'),
        shareButton,
      ),
      shareBox,
      o.world.length > 0 ? worldSection(o.world, sources) : null,
      o.tutorial ? tutorialDocument(o) : historySections(o, sources),
      h(
        'section',
        { 'aria-labelledby': 'decisions-h', class: 'outcome-decisions' },
        h('h2', { id: 'decisions-h' }, 'Your decisions'),
        h('p', { class: 'compare-sub' }, `Branch: ${actions.branch}. Rewind to any of your decisions to try another road; this branch is kept, and Branches compares them side by side.`),
        decisionList(actions.decisions, sources, actions.rewind, null),
      ),
      o.questions.length > 0 ? h('section', { 'aria-labelledby': 'questions-h' }, h('h2', { id: 'questions-h' }, 'Questions for discussion'), h('ol', { class: 'questions' }, o.questions.map((q) => h('li', {}, q)))) : null,
    ),
    map && !o.tutorial ? outcomeMaps(o, map) : null,
  );
}

/** "the Joint Declaration", but "The Kelp Bank Charter" as it is (no "the The"). */
const theDocument = (title: string): string => (/^the\b/i.test(title) ? title : `the ${title}`);

/** A tutorial's outcome: the document as signed, where the guide's last card explains the score against the brief. */
function tutorialDocument(o: OutcomeView): HTMLElement {
  const signed = o.clauses.filter((c) => c.yoursLabel !== null);
  return h(
    'section',
    { 'aria-labelledby': 'your-doc-h', 'data-tutorial': 'score', 'data-testid': 'tutorial-document' },
    h('h2', { id: 'your-doc-h' }, 'Your document'),
    signed.length > 0 ? h('ul', { class: 'your-doc' }, signed.map((c) => h('li', {}, h('strong', {}, `${c.title}: `), c.yoursLabel))) : h('p', {}, 'No clause was agreed.'),
  );
}

/** The comparison with history: the document beside the real one, the meters, what happened next, the contested points. */
function historySections(o: OutcomeView, sources: SourceLibrary): (HTMLElement | null)[] {
  return [
      h('h2', { id: 'compare-h' }, 'Your document and the real one'),
      h('p', { class: 'compare-sub' }, `Clause by clause against ${theDocument(o.document)}.`),
      h(
        'table',
        { class: 'compare', 'data-testid': 'record-comparison', 'aria-labelledby': 'compare-h' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Clause'), h('th', { scope: 'col' }, 'Your document'), h('th', { scope: 'col' }, `The real document`))),
        h(
          'tbody',
          {},
          o.clauses.map((c) =>
            h(
              'tr',
              { 'data-issue': c.issue, 'data-comparison': c.comparison },
              h('th', { scope: 'row' }, h('span', { class: 'ct' }, c.title), h('span', { class: `status ${c.comparison}` }, h('span', { class: 'icon', 'aria-hidden': 'true' }, ICON[c.comparison]), c.words), c.declaredBy ? h('span', { class: 'declared' }, `Declared by ${c.declaredBy}`) : null),
              h('td', {}, c.yours ?? h('em', { class: 'none' }, 'Not in your document')),
              h('td', {}, c.record ?? h('em', { class: 'none' }, 'Not in the historical document'), c.note ? h('p', { class: 'other-world-note' }, c.note) : null, citationList(c.citations, sources, c.title)),
            ),
          ),
        ),
      ),
      h(
        'section',
        { 'aria-labelledby': 'meters-h' },
        h('h2', { id: 'meters-h' }, 'Meters against history'),
        h(
          'ul',
          { class: 'meter-compare' },
          o.meters.map((m) => {
            const d = m.value - m.historical;
            return h(
              'li',
              {},
              h('span', { class: 'm-lbl' }, m.label),
              h('span', { class: 'm-val' }, `Yours ${m.value} · history ${m.historical}${d === 0 ? ' · the same' : ` · ${d > 0 ? '+' : '−'}${Math.abs(d)}`}`),
              h('span', { class: 'bars', 'aria-hidden': 'true' }, h('span', { class: 'yours', style: `width:${m.value}%` }), h('span', { class: 'hist', style: `left:${m.historical}%` })),
            );
          }),
        ),
        h('p', { class: 'key', 'aria-hidden': 'true' }, h('span', { class: 'k-yours' }), 'your end value', h('span', { class: 'k-hist' }), 'the historical end value'),
      ),
      h('section', { 'aria-labelledby': 'next-h' }, h('h2', { id: 'next-h' }, 'What happened next'), o.facts ? realRecord(o.facts) : null, h('p', {}, o.summary), h('ul', { class: 'next' }, o.next.map((n) => h('li', {}, h('p', {}, n.text), citationList(n.citations, sources, 'what happened next'))))),
      o.contested.length > 0
        ? h(
            'section',
            { 'aria-labelledby': 'contested-h' },
            h('h2', { id: 'contested-h' }, 'Contested points'),
            o.contested.map((c) =>
              h(
                'div',
                { class: 'contested' },
                h('h3', {}, c.title),
                h('div', { class: 'readings' }, h('p', { class: 'japan' }, h('strong', {}, 'Japan’s reading'), c.japan), h('p', { class: 'russia' }, h('strong', {}, 'The Soviet/Russian reading'), c.russia)),
                c.historiansDisagree ? h('p', { class: 'hd' }, h('strong', {}, 'Historians disagree: '), c.historiansDisagree) : null,
                citationList(c.citations, sources, c.title),
              ),
            ),
          )
        : null,
  ];
}

/** The two drawn maps, each with its caption, the names over it and its legend. */
function outcomeMaps(o: OutcomeView, asset: MapAsset): HTMLElement {
  const islands = o.islands.map((i) => ({ id: i.id, name: i.both }));
  const russia = o.sides.russia;
  const panel = (key: 'yours' | 'record', title: string) => {
    const picture = documentPicture(o.map[key], o.map.borders[key]);
    return h(
      'figure',
      { class: 'outcome-map' },
      h('figcaption', {}, title),
      h('div', { class: 'map-window', 'data-window': `outcome-${key}` }, mapLabels(asset, OUTCOME_MAPS[key], fateLabels(islands, picture, russia, 'Urup'))),
      mapLegend(picture, russia),
      h('p', { class: 'sr-only' }, `${title}: ${mapSummary(islands, picture, russia)}`),
    );
  };
  return h('aside', { class: 'outcome-maps', 'aria-label': 'The islands in the two documents' }, panel('yours', 'The islands in your document'), panel('record', 'The islands in the real document'));
}
