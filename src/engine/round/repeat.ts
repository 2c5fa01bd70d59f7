/**
 * Repeated arguments: a scenario move made again by the same side carries
 * less weight each time (all of it the first time, half the second, a
 * quarter the third, nothing after), so saying the same thing over and over
 * is no strategy. Deltas are cut toward zero so the effect never grows. The
 * count is read from the round's log, so a replay weakens the same moves the
 * same way.
 */
import type { GameState } from '../model/state';
import type { Effect, SideId } from '../model/types';

/** How much of a move's effect stands at its first, second, third and later making. */
export const REPEAT_FACTORS: readonly number[] = [1, 0.5, 0.25, 0];

/** How many times `side` has made scenario move `move` in this round so far. */
export function timesMade(state: GameState, side: SideId, move: string): number {
  let n = 0;
  for (const e of state.log) if (e.kind === 'action' && e.move === move && e.side === side) n += 1;
  return n;
}

/** The scenario moves `side` has made in this round so far (one pass over the log). */
export function movesMade(state: GameState, side: SideId): ReadonlySet<string> {
  const made = new Set<string>();
  for (const e of state.log) if (e.kind === 'action' && e.side === side && e.move !== undefined) made.add(e.move);
  return made;
}

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
