/**
 * The proposal card's view-model: the other side's proposal on the table set
 * clause by clause against the viewer's own draft (their stated stances), so
 * a student sees at a glance where the two texts part and where they already
 * agree, and which of the viewer's choices answer it (accept, or counter with
 * the draft). Only the viewer's own stances are read: nothing secret.
 */
import { draftToTable } from '../game';
import type { GameState } from '../model/state';
import type { Scenario, SideId } from '../model/types';
import type { ChoiceView } from './choices';
import { clauseView, say, type ClauseView, type Locale } from './text';

/** One issue of the proposal beside the viewer's draft. */
export interface ClauseDiffView {
  readonly issue: string;
  readonly title: string;
  /** What their proposal says on the issue (null: their proposal leaves it out). */
  readonly theirs: ClauseView | null;
  /** What your draft says on it (null: you have stated no position). */
  readonly yours: ClauseView | null;
  /** Both texts say the same. */
  readonly same: boolean;
}

export interface ProposalView {
  readonly from: SideId;
  /** The viewer made it (then there is nothing to compare). */
  readonly yours: boolean;
  readonly clauses: readonly ClauseView[];
  /** Clause by clause against the viewer's draft: the proposal's issues first, then issues of the draft it leaves out. */
  readonly diff: readonly ClauseDiffView[];
  /** How many of `diff` differ. */
  readonly differs: number;
  /** The choice that accepts it (null when the viewer cannot accept now). */
  readonly accept: string | null;
  /** The choice that tables the viewer's draft against it (null when there is none now). */
  readonly counter: string | null;
}

/** The proposal on the table as `viewer` sees it, or null when there is none. */
export function proposalView(s: Scenario, state: GameState, viewer: SideId, choices: readonly ChoiceView[], locale: Locale): ProposalView | null {
  const pending = state.pending;
  if (!pending) return null;
  const mine = state.stances[viewer];
  const agreed = new Set(state.agreed.map((a) => a.issue));
  const inProposal = Object.keys(pending.package);
  const rest = s.agenda.map((i) => i.id).filter((i) => !(i in pending.package) && !agreed.has(i) && mine[i] !== undefined);
  const diff = [...inProposal, ...rest].map((issue): ClauseDiffView => {
    const theirs = pending.package[issue];
    const yours = mine[issue];
    return {
      issue,
      title: say(s.agenda.find((i) => i.id === issue)?.title, locale),
      theirs: theirs !== undefined ? clauseView(s, issue, theirs, locale) : null,
      yours: yours !== undefined ? clauseView(s, issue, yours, locale) : null,
      same: theirs !== undefined && theirs === yours,
    };
  });
  const own = pending.from === viewer;
  // Countering is tabling the draft: the generic proposal, or the named one the engine offers in its place.
  const named = own ? undefined : draftToTable(s, state, viewer).named;
  const counter = own ? undefined : choices.find((x) => x.action.type === 'propose' || (x.action.type === 'move' && x.action.move === named));
  return {
    from: pending.from,
    yours: own,
    clauses: Object.entries(pending.package).map(([i, o]) => clauseView(s, i, o, locale)),
    diff: own ? [] : diff,
    differs: own ? 0 : diff.filter((d) => !d.same).length,
    accept: own ? null : (choices.find((c) => c.action.type === 'accept')?.key ?? null),
    counter: counter?.key ?? null,
  };
}
