/**
 * Save migrations. Version 1 (the first shipped format) held one round and one
 * line of play: the round id and version, the seed, the seats, the starting
 * world and the actions. Version 2 holds a play: the rounds in order (one, or
 * the campaign's five) and its branches. A version-1 save becomes a one-round
 * play whose only branch is its line of play.
 */
import { z } from 'zod';
import { SeatsSchema } from '../model/actions';
import { WorldState } from '../scenario/schema';

const SideId = z.enum(['japan', 'russia']);
const ActionV1 = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('move'), side: SideId, move: z.string() }),
  z.strictObject({ type: z.literal('propose'), side: SideId, package: z.record(z.string(), z.string()) }),
  z.strictObject({ type: z.literal('concede'), side: SideId, issue: z.string() }),
  z.strictObject({ type: z.literal('consult'), side: SideId }),
  z.strictObject({ type: z.literal('accept'), side: SideId }),
  z.strictObject({ type: z.literal('sign'), side: SideId }),
  z.strictObject({ type: z.literal('walk-out'), side: SideId }),
]);

export const RoundSaveV1 = z.strictObject({
  format: z.literal('kuril-negotiation-save'),
  version: z.literal(1),
  round: z.string(),
  scenarioVersion: z.number().int(),
  seed: z.number(),
  seats: SeatsSchema,
  world: WorldState.optional(),
  actions: z.array(ActionV1),
});
export type RoundSaveV1 = z.output<typeof RoundSaveV1>;

/** A version-1 save as version 2 (plain data, validated again by the caller). */
export function migrateV1(v1: RoundSaveV1): unknown {
  return {
    format: v1.format,
    version: 2,
    kind: 'round',
    order: [v1.round],
    seats: v1.seats,
    seed: v1.seed,
    ...(v1.world ? { world: v1.world } : {}),
    versions: { [v1.round]: v1.scenarioVersion },
    branches: [{ id: 'main', name: 'Main line', from: null, rounds: [v1.actions] }],
    current: 'main',
  };
}
