/**
 * Class results: many exported debriefs (JSON files) gathered into the spread
 * of outcomes per round and issue, against the historical option. Files that
 * are not debriefs, are damaged or come from a newer version are listed with a
 * reason and skipped; nothing here throws on bad input.
 */
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

export interface RoundResults {
  readonly round: string;
  readonly title: string;
  readonly versions: readonly number[];
  readonly pairs: readonly string[];
  readonly concluded: number;
  readonly breakdown: number;
  /** How many pairs matched the record on every clause. */
  readonly identical: number;
  readonly issues: readonly IssueSpread[];
}

export interface ClassResults {
  readonly rounds: readonly RoundResults[];
  readonly rejected: readonly { readonly file: string; readonly reason: string }[];
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

/** Gather the files into per-round spreads. */
export function classResults(files: readonly ClassFile[]): ClassResults {
  const rejected: { file: string; reason: string }[] = [];
  const byRound = new Map<string, Debrief[]>();
  for (const f of files) {
    const r = readDebrief(f);
    if (!r.ok) {
      rejected.push({ file: f.name, reason: r.reason });
      continue;
    }
    const list = byRound.get(r.value.scenario.id) ?? [];
    list.push(r.value);
    byRound.set(r.value.scenario.id, list);
  }
  const rounds: RoundResults[] = [...byRound.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([round, list]) => {
      const issues = new Map<string, { title: string; record: string | null; counts: Map<string, { label: string; count: number }> }>();
      for (const d of list) {
        for (const c of d.clauses) {
          const entry = issues.get(c.issue) ?? { title: c.title, record: c.recordOption, counts: new Map() };
          const key = c.option ?? NOT_AGREED;
          const label = c.option ? (c.label ?? c.option) : 'Not agreed';
          const slot = entry.counts.get(key) ?? { label, count: 0 };
          slot.count++;
          entry.counts.set(key, slot);
          issues.set(c.issue, entry);
        }
      }
      return {
        round,
        title: list[0]?.scenario.title ?? round,
        versions: [...new Set(list.map((d) => d.scenario.version))].sort(),
        pairs: list.map((d) => d.pair),
        concluded: list.filter((d) => d.status === 'concluded').length,
        breakdown: list.filter((d) => d.status === 'breakdown').length,
        identical: list.filter((d) => d.clauses.every((c) => c.comparison === 'same')).length,
        issues: [...issues.entries()].map(([issue, e]) => ({
          issue,
          title: e.title,
          record: e.record,
          counts: [...e.counts.entries()]
            .sort((a, b) => b[1].count - a[1].count)
            .map(([option, v]) => ({ option, label: v.label, count: v.count, historical: option === (e.record ?? NOT_AGREED) })),
        })),
      };
    });
  return { rounds, rejected };
}
