/**
 * Checks on red lines the schema cannot express: every clause a red line
 * forbids exists on the agenda; every red line of the historical briefs is
 * tied to the clauses that cross it (or says why none can); and the real
 * record crosses no red line of either side (history's documents were
 * ratified, so they kept within their instructions).
 */
import type { PathProblem, PathSegment } from './problems';
import { isTied, SIDE_IDS, type RedLine, type Scenario } from './schema';

export function checkRedLines(s: Scenario): PathProblem[] {
  const out: PathProblem[] = [];
  const issues = new Map(s.agenda.map((i) => [i.id, i]));
  const refs = (base: PathSegment[], lines: readonly RedLine[]) => {
    for (const [i, r] of lines.entries()) {
      for (const [j, f] of (r.forbids ?? []).entries()) {
        for (const [issueId, options] of Object.entries(f)) {
          const issue = issues.get(issueId);
          const at: PathSegment[] = [...base, i, 'forbids', j, issueId];
          if (!issue) out.push({ path: at, message: `unknown issue "${issueId}" (agenda: ${[...issues.keys()].join(', ')})` });
          else for (const o of options) if (!issue.options.some((x) => x.id === o)) out.push({ path: at, message: `"${o}" is not an option of issue "${issueId}" (options: ${issue.options.map((x) => x.id).join(', ')})` });
        }
      }
    }
  };
  const record = Object.fromEntries(s.record.clauses.filter((c) => c.agreed).map((c) => [c.issue, c.option]));
  for (const side of SIDE_IDS) {
    const base: PathSegment[] = ['sides', side, 'brief', 'redLines'];
    const lines = s.sides[side].brief.redLines;
    refs(base, lines);
    for (const [i, r] of lines.entries()) {
      if (!isTied(r)) out.push({ path: [...base, i], message: `red line ${i + 1} of ${side} is not tied to the clauses it forbids: write it as { text, forbids: [{ issue: option }] } (or give "unmatched" saying why no option can cross it)` });
      else if ((r.forbids ?? []).length === 0 && !r.unmatched) out.push({ path: [...base, i], message: `red line ${i + 1} of ${side} forbids nothing: list the clause combinations that cross it in "forbids", or say in "unmatched" why no option can` });
      if (s.record.outcome === 'concluded' && (r.forbids ?? []).some((f) => Object.entries(f).every(([issue, opts]) => record[issue] !== undefined && opts.includes(record[issue])))) {
        out.push({ path: [...base, i], message: `the real record crosses ${side}'s red line ${i + 1}, yet history ratified it: the red line forbids too much` });
      }
    }
    for (const [v, variant] of s.variants.entries()) {
      const patch = variant.brief?.[side]?.redLines;
      if (patch) refs(['variants', v, 'brief', side, 'redLines'], patch);
    }
  }
  return out;
}
