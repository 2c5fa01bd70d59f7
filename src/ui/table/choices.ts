/**
 * The move panel (`data-testid="choices"`): the other side's proposal on top
 * as a card (proposalCard.ts), then every move grouped by kind under a
 * heading — sign, state a position, propose, concede, argue or appeal,
 * consult home, walk out. Each move is a `button.choice` with `data-action`
 * (the canonical key of its action), its source shown when focused or
 * pointed at (in one fixed place, so nothing moves under the pointer), and a
 * note when it crosses a red line or was made before.
 *
 * Keyboard (every move is a native button, so Tab reaches each one): 1–9
 * choose the first nine; A accept, C counter, R reject, S sign; ↑ ↓ go
 * from move to move, ← → (or Page Up/Down) from group to group, Home/End to
 * the first and last move. Shortcuts are shown on the buttons and given in
 * `aria-keyshortcuts`.
 */
import type { Action } from '../../engine/model/state';
import type { SourceLibrary } from '../../engine/scenario/citations';
import { groupChoices, repeatNote, type ChoiceView, type TableView } from '../../engine/view/viewModel';
import { fill, h } from '../dom';
import { citationLine, openReader } from '../reader';
import { confirmMove, needsConfirmation } from './confirmMove';
import { proposalCard } from './proposalCard';

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

/** Letter shortcuts, by what the button does. */
const LETTER: Readonly<Record<string, string>> = { accept: 'A', counter: 'C', sign: 'S' };

const MOVES = 'button.choice, button.reject';

export class Choices {
  readonly root = h('section', { class: 'choices-wrap', 'aria-labelledby': 'choices-h' });
  private readonly preview = h('p', { class: 'cite-preview', 'aria-hidden': 'true', 'data-echo': '' });
  private readonly status = h('p', { class: 'sr-only', role: 'status' });
  private key = '';
  private n = 0;

  constructor(
    private readonly onChoose: (a: Action, kind: string) => void,
    private readonly sources: SourceLibrary,
  ) {}

  update(v: TableView): void {
    const key = `${v.yourTurn}|${v.status}|${v.log.length}|${v.choices.map((c) => c.key).join('|')}`;
    if (key === this.key) return;
    this.key = key;
    const card = v.yourTurn && v.pending && !v.pending.yours ? v.pending : null;
    const hint = card ? '1–9 · A C R · ↑ ↓ · ← → groups' : '1–9 · ↑ ↓ · ← → groups · Enter';
    const heading = h('h2', { id: 'choices-h' }, 'Your move', h('span', { class: 'keys' }, `Keys ${hint}`));
    if (v.status !== 'negotiating') {
      fill(this.root, heading, h('p', { class: 'waiting' }, 'The round is over.'));
      return;
    }
    if (!v.yourTurn) {
      fill(this.root, heading, h('p', { class: 'waiting', role: 'status' }, `The ${v.sides[v.them].short} delegation is answering…`), h('div', { class: 'move-panel', 'data-testid': 'choices' }));
      return;
    }
    this.n = 0;
    this.preview.textContent = 'Focus or point at a move to see its source.';
    const apart = new Set([card?.accept, card?.counter].filter((k): k is string => typeof k === 'string'));
    const grouped = groupChoices(v.choices, apart);
    const toProposals = grouped.some((g) => g.id === 'propose') ? () => this.jumpTo('.group-propose button.choice', 'Choose the proposal to table instead of theirs.') : null;
    const cardEl = card ? proposalCard(v, card, { item: (c, kind) => this.item(c, kind, kind === 'Counter' ? 'counter' : c.kind), reject: () => this.jumpTo('.move-groups button.choice', 'To reject their proposal, make any of the moves below: it is then set aside.'), toProposals }) : null;
    const groups = grouped.map((g) =>
      h(
        'section',
        { class: `move-group group-${g.id}`, 'data-group': g.id, 'aria-labelledby': `group-${g.id}-h` },
        h('h3', { id: `group-${g.id}-h` }, g.title),
        h('ul', { class: 'choices' }, g.choices.map((c) => this.item(c, KIND[c.kind] ?? c.kind, c.kind, true))),
      ),
    );
    fill(this.root, heading, this.preview, this.status, h('div', { class: 'move-panel', 'data-testid': 'choices' }, cardEl, h('div', { class: 'move-groups', 'data-testid': 'move-groups' }, groups)));
  }

  /** One move: its button (numbered 1–9 in order, or lettered) and its source button. */
  private item(c: ChoiceView, kind: string, role: string, grouped = false): HTMLElement {
    const n = ++this.n;
    const letter = LETTER[role];
    const first = c.citations[0];
    const citeId = `cite-${n}`;
    const again = repeatNote(c.repeats, c.action.type === 'move');
    const show = () => {
      this.preview.textContent = first ? `Source: ${citationLine(first)}` : 'This move cites no source.';
    };
    const shortcuts = [n <= 9 ? String(n) : null, letter ?? null].filter(Boolean).join(' ');
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
          'data-role': role,
          'data-crosses': c.crosses.length > 0 ? 'true' : null,
          'data-repeats': c.repeats > 0 ? String(c.repeats) : null,
          'aria-describedby': first ? citeId : null,
          'aria-keyshortcuts': shortcuts || null,
          onclick: (e: Event) => this.choose(c, e.currentTarget as HTMLButtonElement),
          onfocus: show,
          onmouseenter: show,
        },
        h('span', { class: 'k', 'aria-hidden': 'true' }, n <= 9 ? String(n) : (letter ?? '·')),
        h(
          'span',
          { class: 'body' },
          grouped && !letter ? null : h('span', { class: 'kind' }, letter && n <= 9 ? `${kind} · ${letter}` : kind),
          h('span', { class: 'lbl' }, c.label),
          c.detail && role !== 'accept' && role !== 'counter' ? h('span', { class: 'd' }, c.detail) : null,
          c.mark ? h('span', { class: 'mark' }, c.mark) : null,
          again ? h('span', { class: 'again', 'data-testid': 'repeated' }, again) : null,
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
      this.onChoose(c.action, c.kind);
      return;
    }
    confirmMove(c, () => this.onChoose(c.action, c.kind), () => button.isConnected && button.focus());
  }

  /** Reject, or Counter without a draft: go to the first of the moves meant, and say so. */
  private jumpTo(selector: string, say: string): void {
    const first = this.root.querySelector<HTMLButtonElement>(selector);
    this.status.textContent = say;
    first?.scrollIntoView({ block: 'nearest' });
    first?.focus();
  }

  private moves(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>(MOVES)];
  }

  /** The panel's keys (see the module comment). Arrows act only when focus is in the panel or nowhere. */
  handleKey(e: KeyboardEvent): boolean {
    if (e.altKey || e.ctrlKey || e.metaKey) return false;
    const moves = this.moves();
    if (moves.length === 0) return false;
    const press = (b: HTMLButtonElement | undefined | null) => {
      if (!b) return false;
      b.focus();
      b.click();
      return true;
    };
    if (/^[1-9]$/.test(e.key)) return press(this.root.querySelectorAll<HTMLButtonElement>('button.choice')[Number(e.key) - 1]);
    const letter = e.key.toUpperCase();
    if (letter === 'R') return press(this.root.querySelector<HTMLButtonElement>('[data-testid="proposal-reject"]'));
    const role = Object.entries(LETTER).find(([, l]) => l === letter)?.[0];
    if (role) return press(this.root.querySelector<HTMLButtonElement>(`button.choice[data-role="${role}"]${role === 'counter' ? ', [data-testid="proposal-counter"]' : ''}`));
    const active = document.activeElement;
    if (active && active !== document.body && !this.root.contains(active)) return false;
    const at = moves.findIndex((b) => b.closest('li') === active?.closest('li'));
    const go = (i: number) => {
      moves[(i + moves.length) % moves.length]?.focus();
      return true;
    };
    if (e.key === 'ArrowDown') return go(at === -1 ? 0 : at + 1);
    if (e.key === 'ArrowUp') return go(at === -1 ? 0 : at - 1);
    if (e.key === 'Home') return go(0);
    if (e.key === 'End') return go(moves.length - 1);
    const next = e.key === 'ArrowRight' || e.key === 'PageDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'PageUp' ? -1 : 0;
    if (next === 0) return false;
    const groups = [...this.root.querySelectorAll<HTMLElement>('.proposal-card, .move-group')];
    const g = groups.findIndex((x) => x.contains(active));
    const target = groups[((g === -1 ? (next > 0 ? -1 : 0) : g) + next + groups.length) % groups.length];
    target?.querySelector<HTMLButtonElement>(MOVES)?.focus();
    return true;
  }

  focusFirst(): void {
    this.root.querySelector<HTMLButtonElement>('button.choice')?.focus();
  }
}
