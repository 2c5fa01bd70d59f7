/**
 * The source reader: a modal dialog showing a quoted passage highlighted in
 * its full document (or, for a background reference, the reference and what
 * it supports). Escape or the close button returns focus where it came from.
 */
import { findQuote, type SourceLibrary } from '../engine/scenario/citations';
import type { CitationView } from '../engine/view/viewModel';
import { h } from './dom';

export function citationLine(c: CitationView): string {
  return c.kind === 'quote' ? `“${c.quote}” — ${c.speaker}, ${c.date}${c.retrospective ? ' (said later, looking back)' : ''}` : `${c.ref}: ${c.note}`;
}

export function openReader(c: CitationView, sources: SourceLibrary | null): void {
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const dialog = h('dialog', { class: 'reader', 'aria-labelledby': 'reader-title', 'data-testid': 'source-reader' });
  const close = h('button', { class: 'btn', type: 'button', onclick: () => dialog.close() }, 'Close');
  let body: HTMLElement;
  if (c.kind === 'quote') {
    const doc = sources?.[c.source];
    const title = doc?.title ?? c.source;
    const meta = doc ? `${doc.publisher} · ${doc.date} · ${doc.origin}` : '';
    let text: HTMLElement;
    if (doc) {
      const at = c.quote ? findQuote(doc, c.quote) : null;
      text = at
        ? h('div', { class: 'doc-text', tabindex: 0, 'aria-label': `Text of ${title}` }, doc.text.slice(0, at.start), h('mark', {}, doc.text.slice(at.start, at.end)), doc.text.slice(at.end))
        : h('div', { class: 'doc-text', tabindex: 0 }, doc.text);
    } else text = h('p', {}, 'This document is not available.');
    body = h(
      'div',
      {},
      h('header', {}, h('div', {}, h('h2', { id: 'reader-title' }, title), h('p', { class: 'meta' }, meta), h('p', {}, h('strong', {}, c.speaker), `, ${c.date}${c.retrospective ? ' — said later, looking back' : ''}`)), close),
      text,
    );
  } else {
    body = h(
      'div',
      {},
      h('header', {}, h('div', {}, h('h2', { id: 'reader-title' }, 'Background source'), h('p', { class: 'meta' }, 'A public source named by the game for a fact the primary documents here do not contain.')), close),
      h('div', { class: 'doc-text', tabindex: 0 }, h('p', {}, h('strong', {}, c.ref)), h('p', {}, c.note)),
    );
  }
  dialog.append(body);
  dialog.addEventListener('close', () => {
    dialog.remove();
    opener?.focus();
  });
  document.getElementById('overlay')?.append(dialog);
  dialog.showModal();
  dialog.querySelector('mark')?.scrollIntoView({ block: 'center' });
  close.focus();
}

/** A list of citations, each with a button that opens the reader. */
export function citationList(cites: readonly CitationView[], sources: SourceLibrary | null, label: string): HTMLElement {
  return h(
    'ul',
    { class: 'cites' },
    cites.map((c, i) =>
      h('li', {}, citationLine(c), ' ', h('button', { type: 'button', 'aria-label': `${c.kind === 'quote' ? 'Read in the document' : 'About this source'} (source ${i + 1} for ${label})`, onclick: () => openReader(c, sources) }, c.kind === 'quote' ? 'Read in the document' : 'About this source')),
    ),
  );
}
