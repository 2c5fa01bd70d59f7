/**
 * Summaries of many outcomes for the outcome explorer: how often each option
 * ended in the document per issue, distinct outcomes, distance from the record.
 */
import type { Outcome } from '../model/outcome';
import type { Scenario, SideId } from '../model/types';

export interface Summary {
  readonly round: string;
  readonly policy: string;
  readonly side: SideId | null;
  readonly seed: number;
  readonly runs: number;
  readonly concluded: number;
  /** Of the concluded: ratified by both sides at home, and signed but not ratified. */
  readonly ratified: number;
  readonly notRatified: number;
  readonly breakdown: number;
  readonly distinct: number;
  readonly identical: number;
  readonly meanDistance: number;
  readonly meanWorth: { readonly japan: number; readonly russia: number };
  /** Each side's mean score against its brief: worth minus its reservation point (positive: above its walk-away point). */
  readonly meanScore: { readonly japan: number; readonly russia: number };
  readonly issues: readonly {
    readonly issue: string;
    readonly record: string | null;
    readonly options: readonly { readonly option: string; readonly count: number; readonly share: number }[];
  }[];
  readonly seconds: number;
  readonly perSecond: number;
}

/** A compact key for an outcome: status plus each clause's option. */
export const outcomeKey = (o: Outcome): string =>
  `${o.status}:${o.clauses.map((c) => `${c.issue}=${c.option ?? '-'}`).join(',')}`;

export function summarize(
  s: Scenario,
  outcomes: readonly Outcome[],
  meta: { seconds: number; policy: string; side: SideId | null; seed: number; runs: number },
): Summary {
  const counts = new Map<string, Map<string, number>>();
  for (const issue of s.agenda) counts.set(issue.id, new Map());
  const keys = new Set<string>();
  let distance = 0;
  let identical = 0;
  let concluded = 0;
  let ratified = 0;
  const worth = { japan: 0, russia: 0 };
  for (const o of outcomes) {
    keys.add(outcomeKey(o));
    distance += o.distance;
    if (o.distance === 0) identical++;
    if (o.status === 'concluded') concluded++;
    if (o.ratification?.ratified) ratified++;
    worth.japan += o.worth.japan;
    worth.russia += o.worth.russia;
    for (const issue of s.agenda) {
      const c = o.clauses.find((x) => x.issue === issue.id);
      const key = c?.option ?? '(not agreed)';
      const m = counts.get(issue.id);
      m?.set(key, (m.get(key) ?? 0) + 1);
    }
  }
  const n = Math.max(1, outcomes.length);
  return {
    round: s.id,
    ...meta,
    concluded,
    ratified,
    notRatified: concluded - ratified,
    breakdown: outcomes.length - concluded,
    distinct: keys.size,
    identical,
    meanDistance: distance / n,
    meanWorth: { japan: worth.japan / n, russia: worth.russia / n },
    meanScore: { japan: worth.japan / n - s.negotiators.japan.reservation, russia: worth.russia / n - s.negotiators.russia.reservation },
    issues: s.agenda.map((issue) => ({
      issue: issue.id,
      record: s.record.clauses.find((r) => r.issue === issue.id)?.option ?? null,
      options: [...(counts.get(issue.id) ?? new Map<string, number>()).entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([option, count]) => ({ option, count, share: count / n })),
    })),
    perSecond: outcomes.length / Math.max(1e-9, meta.seconds),
  };
}
