/**
 * The moves available now, as buttons in `data-testid="choices"` (each with
 * `data-action`, the canonical key of its action), numbered for the keyboard,
 * each showing its source when focused or pointed at (in one fixed place, so
 * nothing moves under the pointer) and opening the source reader.
 */
import type { Action } from '../../engine/model/state';
import type { SourceLibrary } from '../../engine/scenario/citations';
import type { ChoiceView, TableView } from '../../engine/view/viewModel';
import { fill, h } from '../dom';
import { citationLine, openReader } from '../reader';
import { confirmMove, needsConfirmation } from './confirmMove';

const KIND: Readonly<Record<string, string>> = {
  position: 'Position',
  propose: 'Proposal',
  appeal: 'Appeal',
  link: 'Link',
  unlink: 'Unlink',
  concede: 'Concession',
  accept: 'Accept',
  sign: 'Sign',
  consult: 'Consult',
  'walk-out': 'Walk out',
  move: 'Move',
};

export class Choices {
  readonly root = h('section', { class: 'choices-wrap', 'aria-labelledby': 'choices-h' });
  private readonly preview = h('p', { class: 'cite-preview', 'aria-hidden': 'true', 'data-echo': '' });
  private key = '';

  constructor(
    private readonly onChoose: (a: Action) => void,
    private readonly sources: SourceLibrary,
  ) {}

  update(v: TableView): void {
    const key = `${v.yourTurn}|${v.status}|${v.choices.map((c) => c.key).join('|')}`;
    if (key === this.key) return;
    this.key = key;
    const heading = h('h2', { id: 'choices-h' }, 'Your move', h('span', { class: 'keys' }, 'Keys 1–9 · ↑ ↓ · Enter'));
    if (v.status !== 'negotiating') {
      fill(this.root, heading, h('p', { class: 'waiting' }, 'The round is over.'));
      return;
    }
    if (!v.yourTurn) {
      fill(this.root, heading, h('p', { class: 'waiting', role: 'status' }, `The ${v.sides[v.them].short} delegation is answering…`), h('ul', { class: 'choices', 'data-testid': 'choices', 'aria-label': 'Your choices' }));
      return;
    }
    this.preview.textContent = 'Focus or point at a move to see its source.';
    fill(this.root, heading, this.preview, h('ul', { class: 'choices', 'data-testid': 'choices', 'aria-label': 'Your choices' }, v.choices.map((c, i) => this.item(c, i))));
  }

  private item(c: ChoiceView, i: number): HTMLElement {
    const n = i + 1;
    const first = c.citations[0];
    const citeId = `cite-${i}`;
    const show = () => {
      this.preview.textContent = first ? `Source: ${citationLine(first)}` : 'This move cites no source.';
    };
    return h(
      'li',
      { class: `kind-${c.kind}` },
      h(
        'button',
        {
          type: 'button',
          class: c.crosses.length > 0 ? 'choice crosses' : 'choice',
          'data-action': c.key,
          'data-kind': c.kind,
          'data-crosses': c.crosses.length > 0 ? 'true' : null,
          'aria-describedby': first ? citeId : null,
          onclick: (e: Event) => this.choose(c, e.currentTarget as HTMLButtonElement),
          onfocus: show,
          onmouseenter: show,
        },
        h('span', { class: 'k', 'aria-hidden': 'true' }, n <= 9 ? String(n) : '·'),
        h(
          'span',
          { class: 'body' },
          h('span', { class: 'kind' }, KIND[c.kind] ?? c.kind),
          h('span', { class: 'lbl' }, c.label),
          c.detail ? h('span', { class: 'd' }, c.detail) : null,
          c.mark ? h('span', { class: 'mark' }, c.mark) : null,
          c.crosses.map((t) => h('span', { class: 'warn', 'data-testid': 'crosses' }, `Crosses your instruction: ${t}`)),
        ),
      ),
      first
        ? h('button', { type: 'button', class: 'src-btn', 'aria-label': `Source for choice ${n}`, onclick: () => openReader(first, this.sources), onfocus: show, onmouseenter: show }, h('span', { 'aria-hidden': 'true' }, '❝'), 'Source')
        : h('span', {}),
      first ? h('span', { class: 'sr-only', id: citeId }, `Source: ${citationLine(first)}`) : null,
    );
  }

  /** Make the move, after a confirmation when it crosses a red line or ends the round. */
  private choose(c: ChoiceView, button: HTMLButtonElement): void {
    if (!needsConfirmation(c)) {
      this.onChoose(c.action);
      return;
    }
    confirmMove(c, () => this.onChoose(c.action), () => button.isConnected && button.focus());
  }

  /** Number keys choose; up and down arrows move between the moves. */
  handleKey(e: KeyboardEvent): boolean {
    const buttons = [...this.root.querySelectorAll<HTMLButtonElement>('button.choice')];
    if (/^[1-9]$/.test(e.key) && !e.altKey && !e.ctrlKey && !e.metaKey) {
      const b = buttons[Number(e.key) - 1];
      if (!b) return false;
      b.focus();
      b.click();
      return true;
    }
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && buttons.length > 0) {
      const item = document.activeElement?.closest('li');
      const at = buttons.findIndex((b) => b.closest('li') === item);
      const next = at === -1 ? 0 : (at + (e.key === 'ArrowDown' ? 1 : buttons.length - 1)) % buttons.length;
      buttons[next]?.focus();
      return true;
    }
    return false;
  }

  focusFirst(): void {
    this.root.querySelector<HTMLButtonElement>('button.choice')?.focus();
  }
}
