/** The error screen: what could not be loaded, where (file, line, column, path) and why. */
import { formatError, type ScenarioError } from '../engine/scenario/load';
import { h } from './dom';

export function errorScreen(title: string, file: string, errors: readonly ScenarioError[], message: string | undefined, onBack: () => void): HTMLElement {
  return h(
    'section',
    { class: 'screen', 'aria-labelledby': 'error-title', 'data-screen': 'error', role: 'alert' },
    h('header', {}, h('div', {}, h('p', { class: 'kicker' }, 'Something is wrong with the game data'), h('h1', { id: 'error-title' }, title)), h('button', { type: 'button', class: 'btn primary', onclick: onBack }, 'Back to the menu')),
    h('p', { class: 'lede' }, `The file ${file} could not be used, so the round was not started. Nothing was changed. A teacher or author can fix the file at the place named below and reload the page.`),
    h('ol', { class: 'error-list', 'data-testid': 'errors' }, errors.length > 0 ? errors.map((e) => h('li', {}, formatError(e))) : h('li', {}, message ?? 'Unknown error')),
  );
}
