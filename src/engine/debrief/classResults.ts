/**
 * Class results: many exported debriefs (JSON files) gathered into the spread
 * of outcomes per round and issue, against the historical option. The files
 * are not trusted: round and issue titles, option labels and the record come
 * from the game's own round data, and each pair's result is recomputed by
 * replaying the moves its export carries (from its seed, seats and opening
 * world); a file whose moves do not replay is listed with the reason, one
 * whose own summary disagrees with its moves is counted as its moves give and
 * listed, and the same game dropped twice counts once and is listed. Files
 * that are not debriefs, are damaged or come from a newer version are listed
 * with a reason and skipped; nothing here throws on bad input.
 */
import { newGame, step } from '../game';
import { canonicalJson } from '../log/canonical';
import { outcomeOf, type Outcome } from '../model/outcome';
import type { Scenario } from '../model/types';
import { resolveScenario } from '../model/variants';
import { applyWorldPatch } from '../model/world';
import { err, ok, type Result } from '../result';
import { say } from '../view/viewModel';
import { Debrief, DEBRIEF_FORMAT, DEBRIEF_VERSION } from './debrief';

export interface ClassFile {
  readonly name: string;
  readonly text: string;
}

export interface IssueSpread {
  readonly issue: string;
  readonly title: string;
  readonly record: string | null;
  /** Options (and "not agreed") with how many pairs ended there. */
  readonly counts: readonly { readonly option: string; readonly label: string; readonly count: number; readonly historical: boolean }[];
}

/** One counted pair, as its moves give it. */
export interface PairRow {
  readonly pair: string;
  readonly file: string;
  /** The sides students played (both, for a pair of students; one, against the computer). */
  readonly sides: readonly ('japan' | 'russia')[];
  /** Those sides as the round names them. */
  readonly played: string;
  readonly status: 'concluded' | 'breakdown';
  /** Clauses as in history, of those compared. */
  readonly same: number;
  readonly compared: number;
}

export interface RoundResults {
  readonly round: string;
  readonly title: string;
  /** The scenario versions the files were made with, in numeric order. */
  readonly versions: readonly number[];
  readonly pairs: readonly string[];
  readonly concluded: number;
  readonly breakdown: number;
  /** How many pairs matched the record on every clause (as their moves give). */
  readonly identical: number;
  readonly issues: readonly IssueSpread[];
  /** Every counted pair, in the order the files came. */
  readonly rows: readonly PairRow[];
}

export interface ClassResults {
  readonly rounds: readonly RoundResults[];
  readonly rejected: readonly { readonly file: string; readonly reason: string }[];
  /** Files holding a game already counted (the same export dropped again, or renamed). */
  readonly duplicates: readonly { readonly file: string; readonly sameAs: string }[];
  /** Files whose own summary disagreed with their moves: counted as the moves give. */
  readonly corrected: readonly { readonly file: string; readonly note: string }[];
}

export const NOT_AGREED = '(not agreed)';

/** Read one file: a debrief, or the reason it is not one. */
export function readDebrief(file: ClassFile): { ok: true; value: Debrief } | { ok: false; reason: string } {
  let data: unknown;
  try {
    data = JSON.parse(file.text);
  } catch {
    return { ok: false, reason: 'not a JSON file' };
  }
  const format = typeof data === 'object' && data !== null ? (data as { format?: unknown }).format : undefined;
  if (format !== DEBRIEF_FORMAT) return { ok: false, reason: 'not a debrief exported by this game' };
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > DEBRIEF_VERSION) return { ok: false, reason: `made by a newer version of the game (debrief version ${version})` };
  const r = Debrief.safeParse(data);
  if (!r.success) {
    const first = r.error.issues[0];
    return { ok: false, reason: `damaged at ${first?.path.join('.') || '(top)'}: ${first?.message ?? 'invalid'}` };
  }
  return { ok: true, value: r.data };
}

/** The rounds the readable files are for (to load before gathering them). */
export function roundsOf(files: readonly ClassFile[]): string[] {
  const ids = new Set<string>();
  for (const f of files) {
    const r = readDebrief(f);
    if (r.ok) ids.add(r.value.scenario.id);
  }
  return [...ids];
}

/** Replay a debrief's moves on the game's own round: the outcome they give, or why they do not. */
export function recompute(d: Debrief, base: Scenario): Result<Outcome, string> {
  const from = d.scenario.version === base.version ? '' : ` (the file was made with version ${d.scenario.version})`;
  if (d.actions.length === 0) return err('it holds no moves to check its result against');
  const world = d.start?.world ?? applyWorldPatch(base.world, {});
  const scenario = resolveScenario(base, world);
  let state = newGame(scenario, { seed: d.seed, seats: d.seats, world, ...(d.start ? { meters: d.start.meters } : {}) });
  for (const [i, action] of d.actions.entries()) {
    const r = step(scenario, state, action);
    if (!r.ok) return err(`its moves do not replay on round ${base.id} version ${base.version}${from}: move ${i + 1}: ${r.error.message}`);
    state = r.value;
  }
  if (state.status === 'negotiating') return err(`its moves do not finish round ${base.id}${from}`);
  return ok(outcomeOf(scenario, state));
}

/** Where a file's own summary disagrees with what its moves give, in words; null when it agrees. */
function disagreement(d: Debrief, o: Outcome): string | null {
  if (d.status !== o.status) return `it says the round ${d.status === 'concluded' ? 'concluded' : 'broke down'}; its moves give ${o.status === 'concluded' ? 'a concluded document' : 'a breakdown'}`;
  const claimed = new Map<string, string>();
  for (const c of d.clauses) {
    const mine = `${c.option ?? NOT_AGREED}/${c.comparison}`;
    if (claimed.has(c.issue) && claimed.get(c.issue) !== mine) return `it lists the issue "${c.issue}" twice, differently`;
    claimed.set(c.issue, mine);
  }
  for (const c of o.clauses) {
    const said = claimed.get(c.issue);
    if (said !== `${c.option ?? NOT_AGREED}/${c.comparison}`) return `its document differs from what its moves give on "${c.issue}"`;
  }
  const extra = [...claimed.keys()].find((k) => !o.clauses.some((c) => c.issue === k));
  return extra ? `it lists an issue the round does not have ("${extra}")` : claimed.size < d.clauses.length ? 'it lists an issue twice' : null;
}

interface Counted {
  readonly d: Debrief;
  readonly o: Outcome;
  readonly file: string;
}

function pairRow(base: Scenario, { d, o, file }: Counted): PairRow {
  const sides = (['japan', 'russia'] as const).filter((side) => d.seats[side] === 'human');
  const name = (side: 'japan' | 'russia') => say(base.sides[side].name);
  const compared = o.clauses.filter((c) => c.comparison !== 'other-world');
  return {
    pair: d.pair,
    file,
    sides,
    played: sides.length === 2 ? `both sides (${name('japan')} and ${name('russia')})` : sides.length === 1 ? name(sides[0]!) : 'neither (the computer played both)',
    status: o.status,
    same: compared.filter((c) => c.comparison === 'same').length,
    compared: compared.length,
  };
}

function spread(base: Scenario, counted: readonly Counted[]): RoundResults {
  const issues: IssueSpread[] = base.agenda.map((issue) => {
    const rec = base.record.clauses.find((c) => c.issue === issue.id);
    const record = rec?.agreed ? rec.option : null;
    const counts = new Map<string, number>();
    for (const { o } of counted) {
      const option = o.clauses.find((c) => c.issue === issue.id)?.option ?? NOT_AGREED;
      counts.set(option, (counts.get(option) ?? 0) + 1);
    }
    const label = (option: string) => (option === NOT_AGREED ? 'Not agreed' : say(issue.options.find((x) => x.id === option)?.label) || option);
    return {
      issue: issue.id,
      title: say(issue.title),
      record,
      counts: [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([option, count]) => ({ option, label: label(option), count, historical: option === (record ?? NOT_AGREED) })),
    };
  });
  return {
    round: base.id,
    title: say(base.title),
    versions: [...new Set(counted.map((c) => c.d.scenario.version))].sort((a, b) => a - b),
    pairs: counted.map((c) => c.d.pair),
    concluded: counted.filter((c) => c.o.status === 'concluded').length,
    breakdown: counted.filter((c) => c.o.status === 'breakdown').length,
    identical: counted.filter((c) => c.o.clauses.every((x) => x.comparison === 'same')).length,
    issues,
    rows: counted.map((c) => pairRow(base, c)),
  };
}

/** Gather the files into per-round spreads, against the game's own rounds (by id). */
export function classResults(files: readonly ClassFile[], rounds: ReadonlyMap<string, Scenario>): ClassResults {
  const rejected: { file: string; reason: string }[] = [];
  const duplicates: { file: string; sameAs: string }[] = [];
  const corrected: { file: string; note: string }[] = [];
  const seen = new Map<string, string>();
  const byRound = new Map<string, Counted[]>();
  for (const f of files) {
    const r = readDebrief(f);
    if (!r.ok) {
      rejected.push({ file: f.name, reason: r.reason });
      continue;
    }
    const d = r.value;
    const base = rounds.get(d.scenario.id);
    if (!base) {
      rejected.push({ file: f.name, reason: `round "${d.scenario.id}" is not a round of this game` });
      continue;
    }
    // The same game (round, seed, seats, opening and moves) counts once, whatever the pair label or file name.
    const key = canonicalJson({ round: d.scenario.id, seed: d.seed, seats: d.seats, start: d.start ?? null, actions: d.actions });
    const first = seen.get(key);
    if (first !== undefined) {
      duplicates.push({ file: f.name, sameAs: first });
      continue;
    }
    const o = recompute(d, base);
    if (!o.ok) {
      rejected.push({ file: f.name, reason: o.error });
      continue;
    }
    seen.set(key, f.name);
    const note = disagreement(d, o.value);
    if (note) corrected.push({ file: f.name, note });
    byRound.set(base.id, [...(byRound.get(base.id) ?? []), { d, o: o.value, file: f.name }]);
  }
  const results = [...byRound.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .flatMap(([id, counted]) => {
      const base = rounds.get(id);
      return base ? [spread(base, counted)] : [];
    });
  return { rounds: results, rejected, duplicates, corrected };
}
