/**
 * Before a share link or a save file replaces the student's own autosaved
 * round: what would happen, in words, and the choice — open it (the student's
 * round is kept aside and offered back in the menu) or go back to the menu
 * with everything as it was.
 */
import { h } from './dom';
import type { SavedRound } from './menu';

export interface ConfirmOpen {
  /** "a share link" or the file's name. */
  readonly what: string;
  readonly incoming: SavedRound;
  readonly own: SavedRound;
  /** A round kept earlier that keeping this one would replace. */
  readonly replacesKept: SavedRound | null;
  /** Why keeping failed last time (storage full or refused), if it did. */
  readonly problem: string | null;
}

const describe = (r: SavedRound) => `${r.title} (you play ${r.side}, ${r.moves} ${r.moves === 1 ? 'move' : 'moves'})`;

export function confirmOpenScreen(c: ConfirmOpen, open: () => void, back: () => void): HTMLElement {
  return h(
    'section',
    { class: 'screen confirm-open', 'aria-labelledby': 'confirm-title', 'data-screen': 'confirm' },
    h('p', { class: 'kicker' }, 'Opening a shared round'),
    h('h1', { id: 'confirm-title', tabindex: '-1' }, 'Open this round in place of yours?'),
    h('p', {}, `You opened ${c.what}: ${describe(c.incoming)}.`),
    h('p', {}, `Your own round is saved in this browser: ${describe(c.own)}. If you open the shared round, yours is kept aside and the menu offers it back under “Your own round”.`),
    c.replacesKept ? h('p', { 'data-testid': 'replaces-kept' }, `The round kept aside earlier — ${describe(c.replacesKept)} — would be replaced by yours.`) : null,
    c.problem ? h('p', { class: 'save-notice', role: 'alert', 'data-testid': 'confirm-problem' }, c.problem) : null,
    h(
      'div',
      { class: 'row' },
      h('button', { type: 'button', class: 'btn primary', 'data-testid': 'confirm-open', onclick: open }, 'Open the shared round'),
      h('button', { type: 'button', class: 'btn', 'data-testid': 'confirm-back', onclick: back }, 'Keep my round and go to the menu'),
    ),
  );
}
