/**
 * The teacher guide (docs/teacher-guide.md, copied into the build), shown as
 * readable text: headings, paragraphs, lists and tables from a small subset of
 * Markdown, built with text nodes only.
 */
import { h } from './dom';

/** Drop inline Markdown marks (emphasis, code) — the words are what matter. */
const inline = (t: string): string => t.replace(/\*\*(.+?)\*\*/g, '$1').replace(/\*(.+?)\*/g, '$1').replace(/`([^`]+)`/g, '$1').replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)');

export function renderMarkdown(text: string): HTMLElement[] {
  const out: HTMLElement[] = [];
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  let para: string[] = [];
  let list: { tag: 'ul' | 'ol'; items: string[] } | null = null;
  let table: string[][] | null = null;
  const flush = () => {
    if (para.length) out.push(h('p', {}, inline(para.join(' '))));
    para = [];
    if (list) out.push(h(list.tag, {}, list.items.map((i) => h('li', {}, inline(i)))));
    list = null;
    if (table) {
      const [head, ...body] = table;
      out.push(h('table', { class: 'guide-table' }, h('thead', {}, h('tr', {}, (head ?? []).map((c) => h('th', { scope: 'col' }, inline(c))))), h('tbody', {}, body.map((r) => h('tr', {}, r.map((c) => h('td', {}, inline(c))))))));
    }
    table = null;
  };
  for (const raw of lines) {
    const line = raw.trimEnd();
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    const bullet = /^\s*[-*]\s+(.*)$/.exec(line);
    const numbered = /^\s*\d+\.\s+(.*)$/.exec(line);
    if (line.trim() === '') flush();
    else if (heading) {
      flush();
      const level = Math.min(4, Math.max(2, (heading[1] ?? '#').length)) as 2 | 3 | 4;
      out.push(h(`h${level}`, {}, inline(heading[2] ?? '')));
    } else if (line.startsWith('|')) {
      if (!table) flush();
      const cells = line.replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
      if (!cells.every((c) => /^:?-+:?$/.test(c))) (table ??= []).push(cells);
    } else if (bullet || numbered) {
      const tag = bullet ? 'ul' : 'ol';
      if (para.length || table || (list && list.tag !== tag)) flush();
      list ??= { tag, items: [] };
      list.items.push((bullet ?? numbered)?.[1] ?? '');
    } else if (list && /^\s+/.test(raw)) {
      const last = list.items.length - 1;
      list.items[last] = `${list.items[last] ?? ''} ${line.trim()}`;
    } else {
      if (list || table) flush();
      para.push(line.trim());
    }
  }
  flush();
  return out;
}

export function guideScreen(text: string | null, error: string | null, onBack: () => void): HTMLElement {
  return h(
    'section',
    { class: 'screen guide', 'aria-labelledby': 'guide-title', 'data-screen': 'guide' },
    h('header', {}, h('div', {}, h('p', { class: 'kicker' }, 'For teachers'), h('h1', { id: 'guide-title' }, 'Teacher guide')), h('button', { type: 'button', class: 'btn', onclick: onBack }, '◂ Back to the menu')),
    error ? h('p', { role: 'alert' }, error) : null,
    h('div', { class: 'guide-text' }, text ? renderMarkdown(text.replace(/^#\s+Teacher guide\s*\n/, '')) : null),
  );
}
