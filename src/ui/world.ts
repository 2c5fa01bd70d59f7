/**
 * The world a round opens in, where history did not produce it (campaign
 * play): for each variant that applies, what is different, what really
 * happened, and the sources. Shown on the brief and on the outcome.
 */
import type { SourceLibrary } from '../engine/scenario/citations';
import type { WorldNoteView } from '../engine/view/viewModel';
import { h } from './dom';
import { citationList } from './reader';

/** The round opened in a world history did not produce: what differed, and what really happened. */
export function worldSection(notes: readonly WorldNoteView[], sources: SourceLibrary, heading = 'This round opened in a different world'): HTMLElement {
  return h(
    'section',
    { class: 'world-notes', 'aria-labelledby': 'world-h', 'data-testid': 'world-notes' },
    h('h2', { id: 'world-h' }, heading),
    notes.map((n) =>
      h(
        'div',
        { class: 'world-note', 'data-variant': n.id },
        h('h3', {}, n.title),
        h('p', {}, n.text),
        h('p', { class: 'really' }, h('strong', {}, 'What really happened: '), n.history),
        citationList(n.citations, sources, n.title),
      ),
    ),
  );
}
