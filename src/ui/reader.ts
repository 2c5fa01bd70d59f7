/**
 * The source reader: a modal dialog showing a quoted passage highlighted in
 * its full document (or, for a background reference, the reference and what
 * it supports). It opens with focus on Close; Escape or Close returns focus
 * to whatever opened it. Also the compact citation buttons that open it.
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
  let head: HTMLElement;
  let text: HTMLElement;
  if (c.kind === 'quote') {
    const doc = sources?.[c.source];
    const title = doc?.title ?? c.source;
    head = h(
      'div',
      { class: 'reader-head' },
      h('p', { class: 'kicker' }, c.quote ? 'Source · the quoted passage is highlighted' : 'Source'),
      h('h2', { id: 'reader-title' }, title),
      doc ? h('p', { class: 'meta' }, `${doc.publisher} · ${doc.date}`) : null,
      doc ? h('p', { class: 'meta' }, doc.origin) : null,
      c.quote ? h('p', { class: 'said-by' }, h('strong', {}, c.speaker), `, ${c.date}${c.retrospective ? ' — said later, looking back' : ''}`) : null,
    );
    const at = doc && c.quote ? findQuote(doc, c.quote) : null;
    text = !doc
      ? h('p', { class: 'doc-text' }, 'This document is not available.')
      : at
        ? h('div', { class: 'doc-text', tabindex: 0, role: 'document', 'aria-label': `Text of ${title}` }, doc.text.slice(0, at.start), h('mark', {}, doc.text.slice(at.start, at.end)), doc.text.slice(at.end))
        : h('div', { class: 'doc-text', tabindex: 0, role: 'document', 'aria-label': `Text of ${title}` }, doc.text);
  } else {
    head = h('div', { class: 'reader-head' }, h('p', { class: 'kicker' }, 'Background source'), h('h2', { id: 'reader-title' }, c.ref), h('p', { class: 'meta' }, 'A public source named by the game for a fact the primary documents here do not contain.'));
    text = h('div', { class: 'doc-text', tabindex: 0, role: 'document', 'aria-label': 'What this source supports' }, h('p', {}, c.note));
  }
  dialog.append(h('header', {}, head, close), text);
  dialog.addEventListener('close', () => {
    dialog.remove();
    opener?.focus();
  });
  document.getElementById('overlay')?.append(dialog);
  dialog.showModal();
  dialog.querySelector('mark')?.scrollIntoView({ block: 'center' });
  close.focus();
}

/** A list of citations, each a button showing the quote and who said it, opening the reader. */
export function citationList(cites: readonly CitationView[], sources: SourceLibrary | null, label: string): HTMLElement | null {
  if (cites.length === 0) return null;
  return h(
    'ul',
    { class: 'cites', 'aria-label': `Sources for ${label}` },
    cites.map((c) =>
      h(
        'li',
        {},
        h(
          'button',
          { type: 'button', class: 'cite', onclick: () => openReader(c, sources) },
          c.kind === 'quote'
            ? [h('span', { class: 'q' }, `“${c.quote}”`), h('span', { class: 'by' }, ` — ${c.speaker}, ${c.date}${c.retrospective ? ' (said later)' : ''}`)]
            : [h('span', { class: 'q' }, c.ref), h('span', { class: 'by' }, ` — ${c.note}`)],
          h('span', { class: 'open' }, c.kind === 'quote' ? ' Read in the document' : ' About this source'),
        ),
      ),
    ),
  );
}
