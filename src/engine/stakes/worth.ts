/**
 * What a document is worth to each side, from the scenario's published
 * values and weights: the document as it stands (agreed clauses and each
 * unilateral issue's declared position), an open issue counted at its
 * fallback, and no document at all worth the side's no-deal value. One
 * function serves the outcome, ratification and the score against the brief.
 */
import type { GameState } from '../model/state';
import type { Scenario, SideId } from '../model/types';

/**
 * The clauses that stand at the end: agreed ones when the round concluded (or,
 * with `signed`, when both signatures are on it and the round is about to
 * end), and declared positions either way.
 */
export function standingClauses(s: Scenario, state: GameState, signed = state.status === 'concluded'): Map<string, string> {
  const doc = new Map(signed ? state.agreed.map((a) => [a.issue, a.option]) : []);
  for (const issue of s.agenda) {
    const stance = issue.decidedBy ? state.stances[issue.decidedBy][issue.id] : undefined;
    if (stance !== undefined) doc.set(issue.id, stance);
  }
  return doc;
}

/** The option that counts for an issue: the document's, or the fallback when the issue was left open. */
export const optionFor = (s: Scenario, doc: ReadonlyMap<string, string>, issue: string): string | undefined =>
  doc.get(issue) ?? s.agenda.find((i) => i.id === issue)?.fallback;

/** The value (0–100) of one issue's outcome to a side: its option's value, or the no-deal value when nothing stands. */
export function issueValue(s: Scenario, doc: ReadonlyMap<string, string>, issue: string, side: SideId): number {
  const option = optionFor(s, doc, issue);
  const found = s.agenda.find((i) => i.id === issue)?.options.find((o) => o.id === option);
  return option !== undefined ? (found?.value[side] ?? 0) : s.noDeal[side];
}

/** The weighted worth (0–100, one decimal) of a document to a side; without a document, the side's no-deal value. */
export function documentWorthTo(s: Scenario, doc: ReadonlyMap<string, string>, concluded: boolean, side: SideId): number {
  if (!concluded) return s.noDeal[side];
  let total = 0;
  let weights = 0;
  for (const issue of s.agenda) {
    const w = issue.weight[side];
    weights += w;
    total += w * issueValue(s, doc, issue.id, side);
  }
  return weights ? Math.round((total / weights) * 10) / 10 : 0;
}

/** The real record as a document (its agreed clauses). */
export const recordClauses = (s: Scenario): Map<string, string> => new Map(s.record.clauses.filter((c) => c.agreed).map((c) => [c.issue, c.option]));
