/**
 * A class's results for the teacher: one debrief JSON per finished round of each pair (the
 * same record the game's Debrief page exports, which the Class results page
 * reads) and one CSV of every pair, with each side's score against its
 * brief (grade, worth, walk-away point, red lines kept, ratified), one row per
 * pair per round (a campaign class has a row for each round a pair played). CSV cells are quoted, and a cell that a
 * spreadsheet would run as a formula (= + - @ at the start) is prefixed
 * with an apostrophe: names are students' text.
 */
import { cleanPairLabel, makeDebrief, type Debrief } from '../engine/debrief/debrief';
import { scenarioOf } from './rounds';
import type { ClassHub } from './classHub';
import type { SideScore } from './views';

export function pairLabel(hub: ClassHub, n: number): string {
  const g = hub.games.find((x) => x.record.n === n);
  if (!g) return `Pair ${n}`;
  const names = (['japan', 'russia'] as const).map((side) => hub.nameAt(g, side) ?? (g.record.seats[side] === 'computer' ? 'computer' : '—'));
  return cleanPairLabel(`Pair ${n}: ${names.join(' / ')}`);
}

/** Debriefs of every finished round of every pair (a campaign's rounds are labelled with their year). */
export function debriefs(hub: ClassHub): Debrief[] {
  return hub.games.flatMap((g) =>
    g.rounds
      .filter((r) => r.state.status !== 'negotiating')
      .map((r) => makeDebrief(r.scenario, r.state, r.actions, g.isCampaign ? cleanPairLabel(`${pairLabel(hub, g.record.n)} (${r.id})`) : pairLabel(hub, g.record.n), r.start)),
  );
}

export function csvCell(v: string | number | null): string {
  let s = v === null ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function classCsv(hub: ClassHub): string {
  const summary = hub.summary();
  // Every issue of every round the class plays, in order of first appearance.
  const issues = new Map<string, string>();
  for (const r of summary.order) for (const i of scenarioOf(r.id).agenda) if (!issues.has(i.id)) issues.set(i.id, i.title.en);
  const sideHead = (side: string) => [`${side} grade`, `${side} worth`, `${side} walk-away point`, `${side} real document's worth`, `${side} red lines kept`, `${side} ratified`];
  const head = ['pair', 'round', 'round of', 'japan', 'russia', 'japan seat', 'russia seat', 'status', 'moves', 'clauses as in history', 'clauses compared', 'headline', ...sideHead('japan'), ...sideHead('russia'), ...issues.values()];
  const sideCells = (x: SideScore | undefined) =>
    x ? [x.grade, x.worth, x.walkAway, x.recordWorth, `${x.redLinesKept} of ${x.redLines}`, x.ratified === null ? 'nothing signed' : x.ratified ? 'yes' : 'no'] : [null, null, null, null, null, null];
  const rows = summary.pairs.flatMap((p) =>
    [...p.finished, p].map((r) => [
      p.pair,
      r.round.id,
      `${r.round.index + 1} of ${r.round.count}`,
      p.players.japan,
      p.players.russia,
      p.seats.japan,
      p.seats.russia,
      r.status,
      r.moves,
      r.outcome?.same ?? null,
      r.outcome?.compared ?? null,
      r.outcome?.headline ?? null,
      ...sideCells(r.outcome?.sides.japan),
      ...sideCells(r.outcome?.sides.russia),
      ...[...issues.keys()].map((id) => r.outcome?.clauses[id] ?? null),
    ]),
  );
  return [head, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
