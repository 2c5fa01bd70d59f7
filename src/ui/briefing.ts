/**
 * The briefing: the player's own private brief — instructions, interests,
 * what may not be given up, the situation at home — with short excerpts from
 * the primary documents, each openable in the source reader. Only this side's
 * brief is ever put in the DOM.
 */
import type { SourceLibrary } from '../engine/scenario/citations';
import type { BriefView } from '../engine/view/viewModel';
import { h } from './dom';
import { dateRange } from './format';
import { worldSection } from './world';
import { openReader } from './reader';

export function briefingScreen(b: BriefView, sources: SourceLibrary, onBegin: () => void, onBack: () => void, campaign: { readonly round: number; readonly of: number } | null = null): HTMLElement {
  const people = (list: BriefView['delegation']) => h('ul', { class: 'people' }, list.map((p) => h('li', {}, h('strong', {}, p.name), p.lead ? ' (head of delegation)' : '', h('div', { class: 't' }, p.title))));
  return h(
    'section',
    { class: 'screen briefing', 'aria-labelledby': 'brief-title', 'data-screen': 'briefing', 'data-side': b.side },
    h(
      'header',
      {},
      h('div', {}, h('p', { class: 'kicker' }, `${campaign ? `Campaign, round ${campaign.round} of ${campaign.of} · ` : ''}Private brief · ${b.round.place}, ${dateRange(b.round.date, b.round.endDate)}`), h('h1', { id: 'brief-title' }, b.round.title), h('p', { class: `stamp ${b.side}` }, `Confidential · for the ${b.sideName} delegation only`)),
      h('div', { class: 'row' }, h('button', { type: 'button', class: 'btn', onclick: onBack }, 'Back'), h('button', { type: 'button', class: 'btn primary', 'data-testid': 'begin', onclick: onBegin }, 'Go to the table ▸')),
    ),
    h('p', { class: 'lede' }, b.setting),
    b.world.length > 0 ? worldSection(b.world, sources, 'Your history so far: this round opens in a different world') : null,
    h(
      'div',
      { class: 'brief' },
      h(
        'div',
        {},
        h('section', { 'data-tutorial': 'brief' }, h('h2', {}, 'Your instructions'), h('p', {}, b.instructions)),
        h('section', {}, h('h2', {}, 'Your interests'), h('ul', {}, b.interests.map((t) => h('li', {}, t)))),
        h('section', {}, h('h2', {}, 'What you may not give up'), h('ul', { class: 'redlines' }, b.redLines.map((t) => h('li', {}, t)))),
        h('section', {}, h('h2', {}, 'The situation at home'), h('p', {}, b.home)),
      ),
      h(
        'div',
        {},
        h('section', {}, h('h2', {}, 'From the documents'), b.excerpts.map((c, i) => h('figure', { class: 'excerpt' }, h('blockquote', {}, c.kind === 'quote' ? `“${c.quote}”` : c.note), h('figcaption', { class: 'by' }, c.kind === 'quote' ? `— ${c.speaker}, ${c.date}${c.retrospective ? ' (said later, looking back)' : ''}` : `— ${c.ref}`), h('button', { type: 'button', class: 'btn link', 'aria-label': `Read it in the document (excerpt ${i + 1})`, onclick: () => openReader(c, sources) }, 'Read it in the document')))),
        h('section', {}, h('h2', {}, 'Your delegation'), people(b.delegation)),
        h('section', {}, h('h2', {}, 'Across the table'), people(b.counterpart)),
        b.islands.length === 0 ? null : h('section', {}, h('h2', {}, `The islands (${b.collectiveName})`), h('ul', { class: 'islands-list' }, b.islands.map((i) => h('li', {}, i.name, ' ', h('span', { class: 'native', lang: b.side === 'japan' ? 'ja' : 'ru' }, b.side === 'japan' ? (i.native.split(' · ')[0] ?? '') : (i.native.split(' · ')[1] ?? '')))))),
        h('section', {}, h('h2', {}, 'On the agenda'), h('ul', {}, b.agenda.map((a) => h('li', {}, h('strong', {}, a.title), ' — ', a.description)))),
      ),
    ),
  );
}
