/**
 * The proposal card: when the other side's proposal is on the table it
 * stands on top of the move panel, clause by clause against the student's
 * own draft (their option and yours, the differing clauses marked), with the
 * three answers beside it: Accept (which keeps the red-line confirmation),
 * Counter (table your draft instead) and Reject (any other move sets the
 * proposal aside; the button takes you to those moves).
 */
import type { ChoiceView, ProposalView, TableView } from '../../engine/view/viewModel';
import { h } from '../dom';

export interface CardParts {
  /** Draw one choice as the panel draws it (a `button.choice` and its source). */
  readonly item: (c: ChoiceView, kind: string) => HTMLElement;
  /** Take the student to the moves that turn the proposal down. */
  readonly reject: () => void;
  /** Take the student to the proposals they may table instead (null when there are none); used when there is no draft of theirs to table. */
  readonly toProposals: (() => void) | null;
}

/** A card button that takes the student somewhere rather than making a move (Reject, or Counter without a draft). */
function jump(testid: string, key: string, kind: string, label: string, detail: string, go: () => void): HTMLElement {
  return h(
    'li',
    { class: 'kind-jump' },
    h(
      'button',
      { type: 'button', class: 'reject', 'data-testid': testid, 'aria-keyshortcuts': key, onclick: go },
      h('span', { class: 'k', 'aria-hidden': 'true' }, key),
      h('span', { class: 'body' }, h('span', { class: 'kind' }, `${kind} · ${key}`), h('span', { class: 'lbl' }, label), h('span', { class: 'd' }, detail)),
    ),
    h('span', {}),
  );
}

export function proposalCard(v: TableView, p: ProposalView, parts: CardParts): HTMLElement {
  const who = v.sides[p.from].short;
  const accept = v.choices.find((c) => c.key === p.accept);
  const counter = v.choices.find((c) => c.key === p.counter);
  const differs = p.differs === 0 ? 'the same as your draft' : `${p.differs} clause${p.differs === 1 ? '' : 's'} differ${p.differs === 1 ? 's' : ''} from your draft`;
  return h(
    'section',
    { class: 'proposal-card', 'aria-labelledby': 'proposal-h', 'data-testid': 'proposal-card' },
    h('h3', { id: 'proposal-h' }, `The ${who} proposal: ${differs}`),
    h(
      'ul',
      { class: 'diff', 'aria-label': 'Their proposal beside your draft, clause by clause' },
      p.diff.map((d) =>
        h(
          'li',
          { class: d.same ? 'same' : 'differs', 'data-testid': 'proposal-clause', 'data-issue': d.issue, 'data-same': String(d.same) },
          h('span', { class: 'issue' }, d.title, h('span', { class: 'tag' }, d.same ? 'Same' : 'Differs')),
          h('span', { class: 'theirs' }, h('span', { class: 'who' }, 'Theirs: '), d.theirs?.label ?? 'not in their proposal'),
          h('span', { class: 'yours' }, h('span', { class: 'who' }, 'Yours: '), d.yours?.label ?? 'no position stated yet'),
        ),
      ),
    ),
    h(
      'ul',
      { class: 'choices card-moves', 'aria-label': 'Answer their proposal' },
      accept ? parts.item(accept, 'Accept') : null,
      counter
        ? parts.item(counter, 'Counter')
        : parts.toProposals
          ? jump('proposal-counter', 'C', 'Counter', 'Table a proposal of your own instead', 'Choose one of your proposals below.', parts.toProposals)
          : null,
      jump('proposal-reject', 'R', 'Reject', 'Turn it down with another move', 'Any move below other than accepting sets their proposal aside.', parts.reject),
    ),
    accept || counter || parts.toProposals ? null : h('p', { class: 'note' }, 'This phase allows neither accepting nor proposing: answer with a move below.'),
  );
}
