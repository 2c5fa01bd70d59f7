/**
 * The decision log: every decision of the round so far, in order — who made
 * it, what it did and its source (opening the source reader) — with "Rewind
 * to here" on each decision the viewer's own side made (at one screen, a
 * seat cannot rewind the other seat's decisions). Rewinding starts a new branch from
 * just before that decision; the branch left behind is kept.
 */
import type { SourceLibrary } from '../engine/scenario/citations';
import type { DecisionView } from '../engine/view/viewModel';
import { h } from './dom';
import { citationLine, openReader } from './reader';

/** A round of the campaign played before this one, with its decisions (rewinding to one of them branches from that round). */
export interface EarlierRound {
  readonly id: string;
  readonly title: string;
  readonly decisions: readonly DecisionView[];
  readonly onRewind: (index: number) => void;
}

/**
 * The decision log of a campaign: every round played so far on this branch,
 * each under its title, this round last. Rewinding to a decision of an
 * earlier round starts a branch from there; the rounds after it stay on the
 * branch left behind.
 */
export function campaignDecisions(earlier: readonly EarlierRound[], current: { readonly title: string; readonly list: HTMLElement }, sources: SourceLibrary, mayRewind: boolean, you: string | null): HTMLElement {
  const section = (id: string, title: string, list: HTMLElement, now: boolean) =>
    h('section', { class: 'decisions-round', 'data-testid': 'decisions-round', 'data-round': id, 'aria-label': title }, h('h3', {}, now ? `${title} (this round)` : title), list);
  return h(
    'div',
    {},
    earlier.map((r) => section(r.id, r.title, decisionList(r.decisions, sources, mayRewind ? r.onRewind : null, you), false)),
    section('current', current.title, current.list, true),
  );
}

export function decisionList(decisions: readonly DecisionView[], sources: SourceLibrary, onRewind: ((index: number) => void) | null, you: string | null): HTMLElement {
  if (decisions.length === 0) return h('p', { class: 'decisions-empty' }, 'No decision yet: the first one will appear here with its source.');
  return h(
    'ol',
    { class: 'decisions', 'data-testid': 'decisions' },
    decisions.map((d) => {
      const first = d.citations[0];
      const n = d.index + 1;
      return h(
        'li',
        { class: `decision ${d.side}`, 'data-index': d.index },
        h('span', { class: 'd-n' }, `${n}.`),
        h(
          'div',
          { class: 'd-body' },
          h('p', { class: 'd-what' }, h('span', { class: `who ${d.side}` }, `${d.sideName}${you === d.side ? ' (you)' : ''}${d.speaker ? ` · ${d.speaker}` : ''}: `), d.label),
          first
            ? h(
                'button',
                { type: 'button', class: 'd-src', 'aria-label': `Source of decision ${n}: ${citationLine(first)}`, onclick: () => openReader(first, sources) },
                h('span', { 'aria-hidden': 'true' }, '❝ '),
                first.kind === 'quote' ? `${first.speaker}, ${first.date}` : first.ref,
              )
            : h('span', { class: 'd-src none' }, 'No source cited'),
          onRewind && d.rewindable
            ? h('button', { type: 'button', class: 'btn small rewind', 'data-testid': 'rewind', 'data-index': d.index, 'aria-label': `Rewind to here: back to just before decision ${n}, on a new branch`, onclick: () => onRewind(d.index) }, '↶ Rewind to here')
            : null,
        ),
      );
    }),
  );
}
