/** Credits and sources: the primary documents with their origins (each openable), the map data, the licence. */
import type { SourceLibrary } from '../engine/scenario/citations';
import { h } from './dom';
import { openReader } from './reader';

export function creditsScreen(sources: SourceLibrary | null, error: string | null, onBack: () => void): HTMLElement {
  const docs = Object.values(sources ?? {});
  return h(
    'section',
    { class: 'screen credits', 'aria-labelledby': 'credits-title', 'data-screen': 'credits' },
    h('header', {}, h('div', {}, h('p', { class: 'kicker' }, 'Credits'), h('h1', { id: 'credits-title' }, 'Sources and credits')), h('button', { type: 'button', class: 'btn', onclick: onBack }, '◂ Back to the menu')),
    h('p', { class: 'lede' }, 'Every position, statement and record entry in the game cites either a short quotation that appears word for word in one of these documents, or a named public source for facts they do not contain. Narration and dialogue are the game’s own words.'),
    h('h2', {}, 'Primary documents'),
    error ? h('p', { role: 'alert' }, error) : null,
    h(
      'ul',
      { class: 'source-list' },
      docs.map((d) =>
        h(
          'li',
          {},
          h('strong', {}, d.title),
          h('div', { class: 'by' }, `${d.publisher} · ${d.date}`),
          h('div', { class: 'by' }, d.origin),
          h('button', { type: 'button', class: 'btn link', 'aria-label': `Read the document: “${d.title}”`, onclick: () => openReader({ kind: 'quote', source: d.id, quote: '', speaker: d.publisher, date: d.date, retrospective: false }, sources) }, 'Read the document'),
        ),
      ),
    ),
    h(
      'div',
      { class: 'credits-foot' },
      h('h2', {}, 'Map'),
      h('p', {}, 'Coastlines: Natural Earth 1:10m land (public domain), via the world-atlas package, projected when the game is built (scripts/build-map.ts).'),
      h('h2', {}, 'The game'),
      h('p', {}, 'Code under the MIT licence. Background references (FRUS, the Wilson Center Digital Archive, published histories) are named in each round’s data. Drawings are the game’s own.'),
    ),
  );
}
