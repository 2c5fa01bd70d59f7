/**
 * The update prompt: a new version of the game has been deployed and is
 * ready (the service worker has fetched it); the student reloads when it
 * suits them (a round in progress is autosaved), or later.
 */
import { h } from './dom';

export function updatePrompt(reload: () => void): HTMLElement {
  const box = h(
    'div',
    { class: 'update-prompt', role: 'status', 'aria-live': 'polite', 'data-testid': 'update-prompt' },
    h('p', {}, 'A new version of the game is ready. Your round is saved: reload to use the new version.'),
    h('button', { type: 'button', class: 'btn primary small', 'data-testid': 'update-reload', onclick: reload }, 'Reload'),
    h('button', { type: 'button', class: 'btn small', onclick: () => box.remove() }, 'Later'),
  );
  return box;
}
