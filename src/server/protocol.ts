/**
 * The class room's messages, checked with zod at the edge: what a browser
 * may send to join, to play and (the teacher) to pair. The message names
 * are in messages.ts, which the browser imports without zod.
 */
import { z } from 'zod';
import { ActionSchema } from '../engine/log/save';
import { CODE_PATTERN } from './code';

export { CLIENT, ROOM_NAME, SEAT_TAKEN, SERVER, type Welcome } from './messages';


const Token = z.string().regex(/^[0-9a-f]{32}$/, 'a 32-character token');

export const JoinOptions = z.strictObject({
  code: z.string().regex(CODE_PATTERN, 'a class code of 8 letters and digits'),
  teacher: Token.optional(),
  seat: Token.optional(),
  name: z.string().max(200).optional(),
  side: z.enum(['japan', 'russia']).optional(),
});
export type JoinOptions = z.output<typeof JoinOptions>;

export const ActMessage = z.strictObject({ action: ActionSchema, seq: z.number().int().min(0).optional() });

const WaitingId = z.string().regex(/^[0-9a-f]{12}$/, 'a waiting student');
/** The teacher puts two waiting students at one table: who plays Japan, who the USSR/Russia. */
export const PairMessage = z.strictObject({ japan: WaitingId, russia: WaitingId });
/** The teacher turns first-come pairing on (everyone waiting is seated) or off (new students wait). */
export const PairingMessage = z.strictObject({ pairing: z.enum(['first-come', 'teacher']) });
