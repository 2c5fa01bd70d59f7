/**
 * Branches side by side: for each round of the play, each chosen branch's
 * result (status, every clause, the meters at the end) and history's, so a
 * class can see where two lines of play parted and how far each ended from
 * the record.
 */
import type { Branch, Play, PlayedRound } from '../campaign/play';
import { compile } from '../model/compiled';
import { outcomeOf, type Comparison } from '../model/outcome';
import { METER_IDS, type MeterId, type Scenario } from '../model/types';
import { COMPARISON_WORDS, say } from './viewModel';

export interface BranchListItem {
  readonly id: string;
  readonly name: string;
  readonly current: boolean;
  /** Where it branched off, in words (null for the first line of play). */
  readonly from: string | null;
  /** The branch it came from. */
  readonly parent: string | null;
  readonly moves: number;
}

export function branchList(p: Play): BranchListItem[] {
  const name = (id: string) => p.branches.find((b) => b.id === id)?.name ?? id;
  return p.branches.map((b: Branch) => ({
    id: b.id,
    name: b.name,
    current: b.id === p.current,
    from: b.from ? `from ${name(b.from.branch)}, ${p.kind === 'campaign' ? `round ${p.order[b.from.round] ?? ''}, ` : ''}before move ${b.from.move + 1}` : null,
    parent: b.from?.branch ?? null,
    moves: b.rounds.reduce((n, r) => n + r.length, 0),
  }));
}

export interface CompareCell {
  readonly label: string | null;
  readonly comparison: Comparison | null;
  readonly words: string | null;
}

export interface CompareRound {
  readonly round: string;
  readonly title: string;
  readonly issues: readonly { readonly id: string; readonly title: string }[];
  readonly meters: readonly { readonly id: MeterId; readonly label: string }[];
  /** One column per branch, then history's. */
  readonly columns: readonly {
    readonly id: string;
    readonly name: string;
    readonly played: boolean;
    readonly status: string;
    readonly clauses: Readonly<Record<string, CompareCell>>;
    readonly meters: Readonly<Record<string, number | null>>;
    /** Clauses that differ from the record. */
    readonly distance: number | null;
  }[];
}

const statusOf = (status: string): string => (status === 'concluded' ? 'Document signed' : status === 'breakdown' ? 'No document' : 'Still at the table');

/** The chosen branches (already replayed) and history, round by round. */
export function compareBranches(p: Play, scenarios: ReadonlyMap<string, Scenario>, chosen: readonly { readonly branch: Branch; readonly rounds: readonly PlayedRound[] }[]): CompareRound[] {
  const out: CompareRound[] = [];
  for (const [index, id] of p.order.entries()) {
    const base = scenarios.get(id);
    if (!base) continue;
    const bc = compile(base);
    const label = (s: Scenario, issue: string, option: string) => say(compile(s).options.get(issue)?.get(option)?.label ?? bc.options.get(issue)?.get(option)?.label);
    const columns: CompareRound['columns'][number][] = chosen.map(({ branch, rounds }) => {
      const r = rounds[index];
      if (!r) return { id: branch.id, name: branch.name, played: false, status: 'Not played', clauses: {}, meters: {}, distance: null };
      const meters = Object.fromEntries(METER_IDS.map((m) => [m, r.state.meters[m]]));
      if (r.state.status === 'negotiating') {
        // Mid-round: what is agreed so far, else where each side stands now.
        const stands = (issue: string) =>
          (['japan', 'russia'] as const)
            .flatMap((side) => {
              const o = r.state.stances[side][issue];
              return o !== undefined ? [`${say(r.scenario.sides[side].short)} asks: ${label(r.scenario, issue, o)}`] : [];
            })
            .join('; ');
        const agreed = Object.fromEntries(
          base.agenda.flatMap((i) => {
            const a = r.state.agreed.find((x) => x.issue === i.id);
            const text = a ? `Agreed so far: ${label(r.scenario, a.issue, a.option)}` : stands(i.id);
            return text ? [[i.id, { label: text, comparison: null, words: null }]] : [];
          }),
        );
        return { id: branch.id, name: branch.name, played: true, status: statusOf('negotiating'), clauses: agreed, meters, distance: null };
      }
      const o = outcomeOf(r.scenario, r.state);
      const clauses = Object.fromEntries(o.clauses.map((c) => [c.issue, { label: c.agreed && c.option ? label(r.scenario, c.issue, c.option) : null, comparison: c.comparison, words: COMPARISON_WORDS[c.comparison] }]));
      return { id: branch.id, name: branch.name, played: true, status: statusOf(o.status), clauses, meters, distance: o.distance };
    });
    if (!columns.some((c) => c.played)) continue;
    columns.push({
      id: 'history',
      name: 'History',
      played: true,
      status: statusOf(base.record.outcome),
      clauses: Object.fromEntries(base.record.clauses.map((c) => [c.issue, { label: c.agreed ? label(base, c.issue, c.option) : `No agreement (${label(base, c.issue, c.option)})`, comparison: null, words: null }])),
      meters: Object.fromEntries(METER_IDS.map((m) => [m, base.meters[m].historical])),
      distance: 0,
    });
    out.push({
      round: id,
      title: say(base.title),
      issues: base.agenda.map((i) => ({ id: i.id, title: say(i.title) })),
      meters: METER_IDS.map((m) => ({ id: m, label: say(base.meters[m].label) })),
      columns,
    });
  }
  return out;
}
