/**
 * The rounds the server plays: compiled and validated from scenarios/*.yaml
 * once per process by the same loader the build uses, and cached. A class
 * plays one round, or the campaign: every round of the index in order but
 * the practice round, as the single-player game builds it.
 */
import type { Catalog } from '../engine/scenario/catalog';
import type { Scenario } from '../engine/model/types';
import { compileIndex, compileRound } from '../node/rounds';

const cache = new Map<string, Scenario>();
let catalog: Catalog | null = null;

const cards = (): Catalog['rounds'] => (catalog ??= compileIndex().catalog).rounds;

export function roundIds(): string[] {
  return cards().map((r) => r.id);
}

/** The index's card of a round: its title, date and what each side is called that year. */
export const roundCard = (id: string): Catalog['rounds'][number] | undefined => cards().find((r) => r.id === id);

/** The scenario of a round, or an error naming the round. */
export function scenarioOf(id: string): Scenario {
  const hit = cache.get(id);
  if (hit) return hit;
  const r = compileRound(id);
  if (r.kind === 'kuril-round-errors') throw new Error(`round ${id} cannot be played: ${r.errors[0]?.message ?? 'it does not validate'}`);
  cache.set(id, r.scenario);
  return r.scenario;
}

/** What a class plays: one round id, or this for the campaign. */
export const CAMPAIGN = 'campaign';

/** The rounds a class with `plan` (a round id or CAMPAIGN) plays, in order. */
export const orderOf = (plan: string): string[] => (plan === CAMPAIGN ? roundIds().filter((id) => id !== 'practice') : [plan]);

/** The plan's rounds compiled, by id (what the engine's campaign replay reads). */
export const scenariosOf = (order: readonly string[]): Map<string, Scenario> => new Map(order.map((id) => [id, scenarioOf(id)]));
