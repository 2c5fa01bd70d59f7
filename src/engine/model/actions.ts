/**
 * Actions and seats, declared once as zod schemas: the types the engine uses
 * are inferred from the schemas that saves, debriefs and the class server use
 * to read them, so the three can never drift apart.
 */
import { z } from 'zod';
import { SideId } from '../scenario/schema';

/** Who plays a side: a person at the screen or the computer. */
export const SeatSchema = z.enum(['human', 'computer']);
export type Seat = z.infer<typeof SeatSchema>;

export const SeatsSchema = z.strictObject({ japan: SeatSchema, russia: SeatSchema });

/** A package: issue id → option id. */
const PackageSchema = z.record(z.string(), z.string());

/** Every action a seat can take (`side` is the seat acting), as saves and share links hold them. */
export const ActionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('move'), side: SideId, move: z.string() }).readonly(),
  z.strictObject({ type: z.literal('propose'), side: SideId, package: PackageSchema.readonly() }).readonly(),
  z.strictObject({ type: z.literal('concede'), side: SideId, issue: z.string() }).readonly(),
  z.strictObject({ type: z.literal('consult'), side: SideId }).readonly(),
  z.strictObject({ type: z.literal('accept'), side: SideId }).readonly(),
  z.strictObject({ type: z.literal('sign'), side: SideId }).readonly(),
  z.strictObject({ type: z.literal('walk-out'), side: SideId }).readonly(),
]);
export type Action = z.infer<typeof ActionSchema>;
