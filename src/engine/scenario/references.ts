/**
 * Cross-reference checks the schema cannot express: ids are unique in their
 * namespace, and every id a move, line, event, history entry or record clause
 * names exists (and belongs to the right side, issue or phase).
 */
import type { PathProblem, PathSegment } from './problems';
import { holds } from '../model/world';
import { suggestion } from './nearest';
import { ISLAND_IDS, SIDE_IDS, type Condition, type Effect, type Scenario } from './schema';

/** A path as the error lines print it, e.g. `moves[3]` (kept local: load.ts imports this module). */
const where = (path: readonly PathSegment[]): string =>
  path.reduce<string>((acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '');

export function checkReferences(s: Scenario): PathProblem[] {
  const out: PathProblem[] = [];
  const problem = (path: PathSegment[], message: string) => out.push({ path, message });

  const unique = <T extends { id: string }>(items: readonly T[], base: PathSegment[], what: string) => {
    const seen = new Map<string, number>();
    for (const [i, item] of items.entries()) {
      const first = seen.get(item.id);
      if (first !== undefined) problem([...base, i, 'id'], `duplicate ${what} id "${item.id}" (first used at ${where([...base, first])})`);
      else seen.set(item.id, i);
    }
  };

  if (s.endDate < s.date) problem(['endDate'], `endDate ${s.endDate} is before date ${s.date}`);

  const issues = new Map(s.agenda.map((i) => [i.id, i]));
  const phases = new Set(s.phases.map((p) => p.id));
  const moves = new Map(s.moves.map((m) => [m.id, m]));
  unique(s.agenda, ['agenda'], 'issue');
  unique(s.phases, ['phases'], 'phase');
  unique(s.moves, ['moves'], 'move');
  unique(s.events, ['events'], 'event');
  unique(s.record.clauses, ['record', 'clauses'], 'record clause');
  unique(s.contested, ['contested'], 'contested point');
  unique(s.lines, ['lines'], 'line');
  for (const [i, p] of s.phases.entries()) {
    if (!p.kinds.includes('consult')) problem(['phases', i, 'kinds'], `phase "${p.id}" must allow "consult" so a side can always pass`);
  }
  for (const [i, issue] of s.agenda.entries()) {
    unique(issue.options, ['agenda', i, 'options'], 'option');
    if (issue.fallback !== undefined && !issue.options.some((o) => o.id === issue.fallback)) {
      problem(['agenda', i, 'fallback'], `fallback "${issue.fallback}" is not an option of issue "${issue.id}"${suggestion(issue.fallback, issue.options.map((o) => o.id), 'options')}`);
    }
  }
  for (const side of SIDE_IDS) unique(s.sides[side].delegation, ['sides', side, 'delegation'], 'delegate');

  const islandIds = s.islands.map((i) => i.id);
  for (const id of ISLAND_IDS) {
    if (!islandIds.includes(id)) problem(['islands'], `missing island "${id}": give both sides' names for all four islands`);
  }
  unique(s.islands, ['islands'], 'island');

  const option = (path: PathSegment[], issueId: string, optionId: string) => {
    const issue = issues.get(issueId);
    if (!issue) problem(path, `unknown issue "${issueId}"${suggestion(issueId, issues.keys(), 'agenda')}`);
    else if (!issue.options.some((o) => o.id === optionId)) {
      problem(path, `"${optionId}" is not an option of issue "${issueId}"${suggestion(optionId, issue.options.map((o) => o.id), 'options')}`);
    }
  };
  const speaker = (path: PathSegment[], side: 'japan' | 'russia', id: string | undefined) => {
    if (id !== undefined && !s.sides[side].delegation.some((d) => d.id === id)) {
      problem(path, `speaker "${id}" is not in the ${side} delegation${suggestion(id, s.sides[side].delegation.map((d) => d.id), 'delegation')}`);
    }
  };
  const effect = (path: PathSegment[], e: Effect | undefined) => {
    if (!e) return;
    for (const [j, v] of (e.values ?? []).entries()) option([...path, 'values', j], v.issue, v.option);
    for (const [j, f] of (e.floors ?? []).entries()) {
      if (!issues.has(f.issue)) problem([...path, 'floors', j, 'issue'], `unknown issue "${f.issue}"${suggestion(f.issue, issues.keys(), 'agenda')}`);
    }
  };

  for (const [i, m] of s.moves.entries()) {
    const at: PathSegment[] = ['moves', i];
    speaker([...at, 'speaker'], m.side, m.speaker);
    effect([...at, 'effects'], m.effects);
    for (const p of m.phases ?? []) if (!phases.has(p)) problem([...at, 'phases'], `unknown phase "${p}"${suggestion(p, phases, 'phases')}`);
    const needs = (field: 'issue' | 'option' | 'package' | 'issues') => {
      if (m[field] === undefined) problem(at, `a ${m.kind} move needs "${field}"`);
    };
    switch (m.kind) {
      case 'position':
        needs('issue');
        needs('option');
        if (m.issue !== undefined && m.option !== undefined) option([...at, 'option'], m.issue, m.option);
        break;
      case 'propose':
        needs('package');
        for (const [issueId, optionId] of Object.entries(m.package ?? {})) option([...at, 'package', issueId], issueId, optionId);
        break;
      case 'link':
      case 'unlink':
        needs('issues');
        for (const [j, id] of (m.issues ?? []).entries()) if (!issues.has(id)) problem([...at, 'issues', j], `unknown issue "${id}"${suggestion(id, issues.keys(), 'agenda')}`);
        break;
      case 'appeal':
        break;
    }
    if (m.phases) {
      for (const p of m.phases) {
        const phase = s.phases.find((ph) => ph.id === p);
        if (phase && !phase.kinds.includes(m.kind)) problem([...at, 'phases'], `phase "${p}" does not allow ${m.kind} moves`);
      }
    }
  }
  for (const [i, l] of s.lines.entries()) {
    speaker(['lines', i, 'speaker'], l.side, l.speaker);
    effect(['lines', i, 'effects'], l.effects);
  }
  for (const side of SIDE_IDS) {
    for (const kind of ['concede', 'consult', 'accept', 'sign', 'walk-out', 'counter'] as const) {
      // History needs one; in other worlds, if none holds, all of that kind are used (see pickLine).
      if (!s.lines.some((l) => l.side === side && l.kind === kind && holds(l.when, s.world))) {
        problem(['lines'], `${side} has no "${kind}" line that holds in the round's historical world`);
      }
    }
  }
  for (const [i, e] of s.events.entries()) {
    if (!phases.has(e.phase)) problem(['events', i, 'phase'], `unknown phase "${e.phase}"${suggestion(e.phase, phases, 'phases')}`);
    effect(['events', i, 'effects'], e.effects);
  }
  for (const side of SIDE_IDS) {
    for (const [issueId] of Object.entries(s.negotiators[side].floors)) {
      if (!issues.has(issueId)) problem(['negotiators', side, 'floors', issueId], `unknown issue "${issueId}"${suggestion(issueId, issues.keys(), 'agenda')}`);
    }
    for (const [i, h] of s.history[side].entries()) {
      const at: PathSegment[] = ['history', side, i];
      if ('move' in h) {
        const m = moves.get(h.move);
        if (!m) problem([...at, 'move'], `unknown move "${h.move}"${suggestion(h.move, s.moves.filter((x) => x.side === side).map((x) => x.id), `${side}'s moves`)}`);
        else if (m.side !== side) problem([...at, 'move'], `move "${h.move}" belongs to ${m.side}, not ${side}`);
      } else if ('concede' in h && !issues.has(h.concede)) problem([...at, 'concede'], `unknown issue "${h.concede}"${suggestion(h.concede, issues.keys(), 'agenda')}`);
    }
  }
  // Campaign content: variants never apply in the round's own world, and what
  // history did there (its sequences, its record, the fallbacks) never depends
  // on a condition that fails in it.
  const historical = (c: Condition | undefined) => holds(c, s.world);
  unique(s.variants, ['variants'], 'variant');
  unique(s.since, ['since'], 'interlude');
  const clauseIds = new Set(s.record.clauses.map((c) => c.id));
  for (const [i, v] of s.variants.entries()) {
    if (historical(v.when)) problem(['variants', i, 'when'], `variant "${v.id}" holds in the round's own historical world (see "world"): it must describe a world history did not produce`);
    effect(['variants', i, 'effects'], v.effects);
    for (const [j, r] of v.record.entries()) {
      if (!clauseIds.has(r.clause)) problem(['variants', i, 'record', j, 'clause'], `unknown record clause "${r.clause}"${suggestion(r.clause, clauseIds, 'record')}`);
    }
  }
  for (const [i, x] of s.since.entries()) {
    if (x.date > s.date) problem(['since', i, 'date'], `interlude "${x.id}" is dated ${x.date}, after the round opens (${s.date})`);
    if (i > 0 && x.date < (s.since[i - 1]?.date ?? '')) problem(['since', i, 'date'], 'interludes must be in date order');
  }
  for (const [i, issue] of s.agenda.entries()) {
    // An option may exist only in some worlds (history's among them or not); history needs two to choose from.
    if (issue.options.filter((o) => historical(o.when)).length < 2) problem(['agenda', i, 'options'], `issue "${issue.id}" needs at least two options that exist in the round's historical world`);
    const fb = issue.options.find((o) => o.id === issue.fallback);
    if (fb?.when) problem(['agenda', i, 'fallback'], `fallback "${fb.id}" must exist in every world (it has a "when" condition)`);
  }
  for (const side of SIDE_IDS) {
    for (const [i, h] of s.history[side].entries()) {
      const m = 'move' in h ? moves.get(h.move) : undefined;
      if (m && !historical(m.when)) problem(['history', side, i, 'move'], `move "${m.id}" does not apply in the round's historical world, so history cannot have played it`);
    }
  }
  const recorded = new Set<string>();
  for (const [i, c] of s.record.clauses.entries()) {
    option(['record', 'clauses', i, 'option'], c.issue, c.option);
    const recOption = issues.get(c.issue)?.options.find((o) => o.id === c.option);
    if (recOption?.when && !historical(recOption.when)) problem(['record', 'clauses', i, 'option'], `the record's option "${c.option}" does not exist in the round's historical world`);
    if (recorded.has(c.issue)) problem(['record', 'clauses', i, 'issue'], `issue "${c.issue}" has two record clauses`);
    recorded.add(c.issue);
  }
  return out;
}
