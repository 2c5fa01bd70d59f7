/**
 * Repeated arguments: a scenario move made again by the same side carries
 * less weight each time (all of it the first time, half the second, a
 * quarter the third, nothing after), so saying the same thing over and over
 * is no strategy. Deltas are cut toward zero so the effect never grows. The
 * count is read from the round's log, so a replay weakens the same moves the
 * same way.
 */
import type { GameState, LogEntry } from '../model/state';
import type { Effect, SideId } from '../model/types';

/** How much of a move's effect stands at its first, second, third and later making. */
export const REPEAT_FACTORS: readonly number[] = [1, 0.5, 0.25, 0];

/** How many times each side has made each scenario move, read from a log. */
type Counts = Readonly<Record<SideId, Map<string, number>>>;

/**
 * The counts for the last log asked about. The rules and the computer ask of
 * the log of the state in play, and a round's next log is the last one with
 * entries appended (a log is never changed, only copied longer), so the counts
 * carry on from the entries already read instead of reading the whole log
 * again on every move. A log that does not continue the last one (an earlier
 * state, another game) is read from the start.
 */
let counted: { log: readonly LogEntry[]; counts: Counts } | null = null;

function countsOf(log: readonly LogEntry[]): Counts {
  if (counted?.log === log) return counted.counts;
  const seen = counted?.log;
  const continues = seen !== undefined && seen.length > 0 && seen.length <= log.length && log[seen.length - 1] === seen[seen.length - 1];
  const counts: Counts = continues && counted ? counted.counts : { japan: new Map(), russia: new Map() };
  for (let i = continues && seen ? seen.length : 0; i < log.length; i++) {
    const e = log[i];
    if (e?.kind === 'action' && e.move !== undefined) counts[e.side].set(e.move, (counts[e.side].get(e.move) ?? 0) + 1);
  }
  counted = { log, counts };
  return counts;
}

/** How many times `side` has made scenario move `move` in this round so far. */
export const timesMade = (state: GameState, side: SideId, move: string): number => countsOf(state.log)[side].get(move) ?? 0;

/** The scenario moves `side` has made in this round so far (read at once: it is not kept up to date). */
export const movesMade = (state: GameState, side: SideId): { has(move: string): boolean } => countsOf(state.log)[side];

/** The share of the effect a move keeps after being made `before` times already. */
export const repeatFactor = (before: number): number => REPEAT_FACTORS[Math.min(before, REPEAT_FACTORS.length - 1)] ?? 0;

const cut = (delta: number, factor: number): number => Math.trunc(delta * factor);

/** The effect a move has when made again: every delta scaled by the factor (the first making keeps it whole). */
export function weakened(effect: Effect | undefined, before: number): Effect | undefined {
  if (!effect || before === 0) return effect;
  const f = repeatFactor(before);
  const meters: Record<string, number> = {};
  for (const [id, delta] of Object.entries(effect.meters ?? {})) if (delta !== undefined) meters[id] = cut(delta, f);
  return {
    ...(effect.meters ? { meters } : {}),
    ...(effect.values ? { values: effect.values.map((v) => ({ ...v, delta: cut(v.delta, f) })) } : {}),
    ...(effect.floors ? { floors: effect.floors.map((v) => ({ ...v, delta: cut(v.delta, f) })) } : {}),
    ...(effect.reservation ? { reservation: Object.fromEntries(Object.entries(effect.reservation).map(([k, v]) => [k, cut(v ?? 0, f)])) } : {}),
  } as Effect;
}
