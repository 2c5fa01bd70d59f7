/**
 * The rounds the server plays: compiled and validated from scenarios/*.yaml
 * once per process by the same loader the build uses, and cached.
 */
import type { Scenario } from '../engine/model/types';
import { compileIndex, compileRound } from '../node/rounds';

const cache = new Map<string, Scenario>();

export function roundIds(): string[] {
  return compileIndex().catalog.rounds.map((r) => r.id);
}

/** The scenario of a round, or an error naming the round. */
export function scenarioOf(id: string): Scenario {
  const hit = cache.get(id);
  if (hit) return hit;
  const r = compileRound(id);
  if (r.kind === 'kuril-round-errors') throw new Error(`round ${id} cannot be played: ${r.errors[0]?.message ?? 'it does not validate'}`);
  cache.set(id, r.scenario);
  return r.scenario;
}
