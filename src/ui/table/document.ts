/**
 * The draft document as it fills: agreed clauses in ink, in the order they
 * were agreed (the newest marked), open points with both sides' stated
 * positions, the proposal on the table (on the student's turn a pointer to
 * the proposal card, which sets it out in full), and who has signed.
 */
import type { TableView } from '../../engine/view/viewModel';
import { fill, h } from '../dom';

export class DraftDocument {
  readonly root = h('section', { class: 'panel-section doc', 'aria-labelledby': 'doc-h' });
  private readonly body = h('div', { class: 'doc-body', tabindex: 0, 'aria-label': 'The draft document' });
  private agreedBefore = -1;

  constructor() {
    this.root.append(this.body);
  }

  update(v: TableView): void {
    const fresh = this.agreedBefore >= 0 && v.agreed.length > this.agreedBefore ? v.agreed.length - this.agreedBefore : 0;
    this.agreedBefore = v.agreed.length;
    fill(
      this.body,
      h('h2', { id: 'doc-h' }, 'The draft', h('span', { class: 'doc-title' }, v.document)),
      h(
        'ol',
        { 'data-testid': 'draft-document' },
        v.agreed.map((c, i) =>
          h('li', { class: `agreed${i >= v.agreed.length - fresh ? ' fresh' : ''}`, 'data-issue': c.issue }, h('span', { class: 'mark', 'aria-hidden': 'true' }, '✓'), h('strong', {}, c.title), h('span', { class: 'sr-only' }, ' (agreed)'), ': ', c.clause),
        ),
        v.open.map((o) =>
          h(
            'li',
            { class: 'open', 'data-issue': o.issue },
            h('span', { class: 'mark', 'aria-hidden': 'true' }, '○'),
            h('strong', {}, o.title),
            o.required ? h('span', { class: 'req' }, ' (required)') : null,
            ': not yet agreed',
            o.yours || o.theirs
              ? h('span', { class: 'stances' }, o.yours ? h('span', { class: `st ${v.you}` }, `You: ${o.yours.label}`) : null, o.theirs ? h('span', { class: `st ${v.them}` }, `${v.sides[v.them].short}: ${o.theirs.label}`) : null)
              : null,
          ),
        ),
      ),
      v.pending
        ? h(
            'div',
            { class: 'pending', 'data-testid': 'pending' },
            h('strong', {}, v.pending.yours ? 'Your proposal is on the table' : `On the table, from the ${v.sides[v.pending.from].short} delegation`),
            // Their proposal, on your turn, is set out clause by clause on the card above your moves.
            !v.pending.yours && v.yourTurn ? h('span', { class: 'see-card' }, ': compared with your draft, clause by clause, above your moves.') : h('ul', {}, v.pending.clauses.map((c) => h('li', {}, h('strong', {}, `${c.title}: `), c.label))),
          )
        : null,
      v.signed.length > 0 ? h('p', { class: 'signed' }, `Signed by: ${v.signed.map((s) => v.sides[s].short).join(', ')}`) : null,
    );
  }
}
