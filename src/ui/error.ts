/**
 * The error screen: what could not be loaded, where (file, line, column, the
 * path inside the file) and what is wrong, with the offending lines of the
 * file shown and marked when the file's text is at hand. Never a blank canvas.
 */
import { formatError, type ScenarioError } from '../engine/scenario/problems';
import { h } from './dom';

export interface ErrorReport {
  readonly title: string;
  readonly file: string;
  readonly errors: readonly ScenarioError[];
  readonly message?: string | undefined;
  /** The file's text, to quote the lines around each error. */
  readonly source?: string | undefined;
}

function excerpt(source: string, e: ScenarioError): HTMLElement | null {
  const lines = source.split('\n');
  if (e.line < 1 || e.line > lines.length) return null;
  const from = Math.max(1, e.line - 2);
  const to = Math.min(lines.length, e.line + 1);
  const width = String(to).length;
  const rows: HTMLElement[] = [];
  for (let n = from; n <= to; n++) {
    const at = n === e.line;
    rows.push(h('span', { class: at ? 'ln at' : 'ln' }, `${at ? '▶' : ' '} ${String(n).padStart(width)} │ ${lines[n - 1] ?? ''}`));
    if (at) rows.push(h('span', { class: 'ln caret', 'aria-hidden': 'true' }, `  ${' '.repeat(width)} │ ${' '.repeat(Math.max(0, e.column - 1))}^`));
  }
  return h('pre', { class: 'excerpt-lines', 'aria-label': `Lines ${from} to ${to} of ${e.file}` }, rows);
}

export function errorScreen(report: ErrorReport, onBack: () => void): HTMLElement {
  const { errors, file } = report;
  return h(
    'section',
    { class: 'screen error', 'aria-labelledby': 'error-title', 'data-screen': 'error', role: 'alert' },
    h('header', {}, h('div', {}, h('p', { class: 'kicker' }, 'Something is wrong with the game data'), h('h1', { id: 'error-title' }, report.title)), h('button', { type: 'button', class: 'btn primary', onclick: onBack }, 'Back to the menu')),
    h('p', { class: 'lede' }, `The file ${file} could not be used, so the round was not started and nothing was changed. ${errors.length > 1 ? `There are ${errors.length} problems.` : ''} A teacher or author can fix the file at the place named below and reload the page.`),
    h(
      'ol',
      { class: 'error-list', 'data-testid': 'errors' },
      errors.length > 0
        ? errors.map((e) =>
            h(
              'li',
              {},
              h('p', { class: 'where' }, h('strong', {}, `${e.file}, line ${e.line}, column ${e.column}`), e.path ? ` · at ${e.path}` : ''),
              h('p', { class: 'what' }, e.message),
              report.source ? excerpt(report.source, e) : null,
              h('code', { class: 'raw' }, formatError(e)),
            ),
          )
        : h('li', {}, h('p', { class: 'what' }, report.message ?? 'Unknown error')),
    ),
  );
}
