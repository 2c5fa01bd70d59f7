/**
 * Calibration: does playing each side's historical moves against the computer
 * (and the computer against itself) reach the real record, and does no policy
 * that repeats one move beat history? The report is plain data, so the
 * calibrate CLI can print it, compare it with the last one on every save
 * (`--watch`) and say which value to move when a run misses the record.
 */
import { aspiration, packageWorth } from '../counterpart/negotiator';
import { checkAction } from '../round/rules';
import { compile } from '../model/compiled';
import { outcomeOf } from '../model/outcome';
import type { Action, GameState } from '../model/state';
import { other, type Scenario, type SideId } from '../model/types';
import { playHistory } from './history';
import { historical } from './policies';
import { runNegotiation } from './run';

export interface CalibrationRun {
  /** Who plays history: a side against the computer, or null for computer against computer. */
  readonly side: SideId | null;
  readonly ok: boolean;
  readonly status: 'concluded' | 'breakdown';
  readonly distance: number;
  /** One line per clause that is not the record's: `issue: got vs record → comparison`. */
  readonly diffs: readonly string[];
  readonly problem: string | null;
  /** Which value of the file to move, and which way, to bring this run to the record. */
  readonly hints: readonly string[];
  readonly state: GameState;
}

export interface CalibrationReport {
  readonly runs: readonly CalibrationRun[];
  /** Single repeated moves that give a side more than its historical path. */
  readonly exploits: readonly string[];
  readonly historyWorth: { readonly japan: number; readonly russia: number };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Which numbers in the file keep `state` (an ended run) from the record, seen from the computer's seat `cpu`. */
export function hintsFor(s: Scenario, state: GameState, cpu: SideId): string[] {
  const c = compile(s);
  const hints: string[] = [];
  const mind = state.minds[cpu];
  const base = s.negotiators[cpu];
  const o = outcomeOf(s, state);
  const recordPackage = Object.fromEntries(s.record.clauses.flatMap((r) => (r.option ? [[r.issue, r.option]] : [])));
  for (const clause of o.clauses) {
    const r = clause.record?.option;
    if (!r || clause.option === r) continue;
    const value = mind.values[clause.issue]?.[r] ?? 0;
    const floor = mind.floors[clause.issue] ?? 0;
    const at = `agenda[${clause.issue}].options[${r}].value.${cpu}`;
    if (value < floor) {
      hints.push(`negotiators.${cpu}.floors.${clause.issue} is ${base.floors[clause.issue] ?? 0} (${floor} after the round's effects) but the record's "${r}" is worth ${value} to ${cpu}: lower the floor to ${value} or less, or raise ${at}`);
    } else if (clause.option) {
      const got = mind.values[clause.issue]?.[clause.option] ?? 0;
      if (got >= value) hints.push(`the computer (${cpu}) prefers "${clause.option}" (${got}) to the record's "${r}" (${value}): raise ${at} above ${got}, or lower agenda[${clause.issue}].options[${clause.option}].value.${cpu}`);
      else hints.push(`"${clause.option}" was agreed instead of the record's "${r}" on ${clause.issue}: the history sequence may never put "${r}" on the table in time (check history.${other(cpu)}), or the computer conceded to "${clause.option}" first (raise its weight.${cpu} on ${clause.issue}, now ${c.issues.get(clause.issue)?.weight[cpu] ?? 0})`);
    } else if (o.status === 'concluded') {
      hints.push(`${clause.issue} was left open where the record has "${r}": a history move must propose or accept it (history.${other(cpu)})`);
    }
  }
  const worth = round1(packageWorth(c, mind, cpu, recordPackage));
  const asp = round1(aspiration(s, state, cpu));
  if (o.status !== s.record.outcome && s.record.outcome === 'concluded') {
    if (worth < mind.reservation) hints.push(`negotiators.${cpu}.reservation is ${base.reservation} (${mind.reservation} after effects) but the record's document is worth ${worth} to ${cpu}: lower the reservation to ${Math.floor(worth)} or less`);
    else if (worth < asp) hints.push(`the computer (${cpu}) still asked ${asp} at the end, more than the record's ${worth}: lower negotiators.${cpu}.opening (${base.opening}) or raise its concession (${base.concession}) so it gives way sooner`);
  }
  if (o.status !== s.record.outcome && s.record.outcome === 'breakdown') {
    hints.push(`the record is a breakdown but ${cpu} signed a document worth ${round1(o.worth[cpu])} to it: raise negotiators.${cpu}.reservation above it, or raise noDeal.${cpu} (${s.noDeal[cpu]})`);
  }
  return hints;
}

/** Play history from both seats and computer against computer, and try every single repeated move. */
export function calibrate(s: Scenario): CalibrationReport {
  const runs: CalibrationRun[] = [];
  for (const side of ['japan', 'russia', null] as const) {
    const run = playHistory(s, side);
    const o = outcomeOf(s, run.state);
    const diffs = o.clauses.filter((c) => c.comparison !== 'same').map((c) => `${c.issue}: ${c.option ?? '(none)'} vs record ${c.record?.option ?? '(none)'} → ${c.comparison}`);
    const ok = !run.problem && o.status === s.record.outcome && diffs.length === 0;
    const cpus: SideId[] = side ? [other(side)] : ['japan', 'russia'];
    runs.push({ side, ok, status: o.status, distance: o.distance, diffs, problem: run.problem, hints: ok ? [] : [...new Set(cpus.flatMap((cpu) => hintsFor(s, run.state, cpu)))], state: run.state });
  }
  const exploits: string[] = [];
  const historyWorth = { japan: 0, russia: 0 };
  for (const side of ['japan', 'russia'] as const) {
    const history = runNegotiation(s, { seed: 1, side, policy: historical(0) }).outcome.worth[side];
    historyWorth[side] = history;
    const candidates: Action[] = [
      ...s.moves.filter((m) => m.side === side).map((m): Action => ({ type: 'move', side, move: m.id })),
      ...s.agenda.map((i): Action => ({ type: 'concede', side, issue: i.id })),
      ...(['consult', 'accept', 'sign', 'walk-out'] as const).map((type): Action => ({ type, side })),
    ];
    for (const a of candidates) {
      const worth = runNegotiation(s, { seed: 1, side, policy: (sc, st) => (checkAction(sc, st, a) === null ? a : { type: 'consult', side }) }).outcome.worth[side];
      if (worth > history) exploits.push(`repeating ${JSON.stringify(a)} gives ${side} ${worth}, more than the historical path's ${history}`);
    }
  }
  return { runs, exploits, historyWorth };
}

export const runLabel = (side: SideId | null): string => (side ? `${side} plays history vs the computer` : 'computer vs computer');

/** What changed from one report to the next, in lines an author reads after a save. */
export function reportChanges(before: CalibrationReport, after: CalibrationReport): string[] {
  const out: string[] = [];
  for (const [i, a] of after.runs.entries()) {
    const b = before.runs[i];
    if (!b) continue;
    const label = runLabel(a.side);
    if (b.ok !== a.ok) out.push(`${label}: ${b.ok ? 'reached the record before, misses it now' : 'now reaches the record'}`);
    if (b.status !== a.status) out.push(`${label}: ${b.status} → ${a.status}`);
    if (b.distance !== a.distance) out.push(`${label}: distance from the record ${b.distance} → ${a.distance}`);
    for (const d of a.diffs) if (!b.diffs.includes(d)) out.push(`${label}: now ${d}`);
    for (const d of b.diffs) if (!a.diffs.includes(d)) out.push(`${label}: no longer ${d}`);
  }
  for (const side of ['japan', 'russia'] as const) {
    if (before.historyWorth[side] !== after.historyWorth[side]) out.push(`${side}'s historical path is worth ${before.historyWorth[side]} → ${after.historyWorth[side]}`);
  }
  if (before.exploits.length !== after.exploits.length) out.push(`single repeated moves that beat history: ${before.exploits.length} → ${after.exploits.length}`);
  return out;
}
