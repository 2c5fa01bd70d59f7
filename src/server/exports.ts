/**
 * A class's results for the teacher: one debrief JSON per finished pair (the
 * same record the game's Debrief page exports, which the Class results page
 * reads) and one CSV of every pair, with each side's score against its
 * brief (grade, worth, walk-away point, red lines kept, ratified). CSV cells are quoted, and a cell that a
 * spreadsheet would run as a formula (= + - @ at the start) is prefixed
 * with an apostrophe: names are students' text.
 */
import { cleanPairLabel, makeDebrief, type Debrief } from '../engine/debrief/debrief';
import { newGame } from '../engine/game';
import type { ClassHub } from './classHub';
import type { SideScore } from './views';

export function pairLabel(hub: ClassHub, n: number): string {
  const g = hub.games.find((x) => x.record.n === n);
  if (!g) return `Pair ${n}`;
  const names = (['japan', 'russia'] as const).map((side) => hub.nameAt(g, side) ?? (g.record.seats[side] === 'computer' ? 'computer' : '—'));
  return cleanPairLabel(`Pair ${n}: ${names.join(' / ')}`);
}

/** Debriefs of the finished pairs. */
export function debriefs(hub: ClassHub): Debrief[] {
  return hub.games
    .filter((g) => g.state.status !== 'negotiating')
    .map((g) => makeDebrief(g.scenario, g.state, g.moves, pairLabel(hub, g.record.n), newGame(g.scenario, { seed: g.record.seed, seats: g.record.seats })));
}

export function csvCell(v: string | number | null): string {
  let s = v === null ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function classCsv(hub: ClassHub): string {
  const summary = hub.summary();
  const scenario = hub.games[0]?.scenario;
  const issues = scenario?.agenda.map((i) => ({ id: i.id, title: i.title.en })) ?? [];
  const sideHead = (side: string) => [`${side} grade`, `${side} worth`, `${side} walk-away point`, `${side} real document's worth`, `${side} red lines kept`, `${side} ratified`];
  const head = ['pair', 'japan', 'russia', 'japan seat', 'russia seat', 'status', 'moves', 'clauses as in history', 'clauses compared', 'headline', ...sideHead('japan'), ...sideHead('russia'), ...issues.map((i) => i.title)];
  const sideCells = (x: SideScore | undefined) =>
    x ? [x.grade, x.worth, x.walkAway, x.recordWorth, `${x.redLinesKept} of ${x.redLines}`, x.ratified === null ? 'nothing signed' : x.ratified ? 'yes' : 'no'] : [null, null, null, null, null, null];
  const rows = summary.pairs.map((p) => [
    p.pair,
    p.players.japan,
    p.players.russia,
    p.seats.japan,
    p.seats.russia,
    p.status,
    p.moves,
    p.outcome?.same ?? null,
    p.outcome?.compared ?? null,
    p.outcome?.headline ?? null,
    ...sideCells(p.outcome?.sides.japan),
    ...sideCells(p.outcome?.sides.russia),
    ...issues.map((i) => p.outcome?.clauses[i.id] ?? null),
  ]);
  return [head, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
