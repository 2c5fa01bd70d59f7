/**
 * The class room's messages, checked with zod at the edge: what a browser
 * may send to join and to play, and the names of what the server sends.
 */
import { z } from 'zod';
import { ActionSchema } from '../engine/log/save';
import { CODE_PATTERN } from './code';

export const ROOM_NAME = 'class';

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

/** Client → server. */
export const CLIENT = { act: 'act', end: 'end', remove: 'delete' } as const;
/** Server → client. */
export const SERVER = { welcome: 'welcome', brief: 'brief', view: 'view', refused: 'refused', summary: 'class', ended: 'ended', deleted: 'deleted' } as const;

export interface Welcome {
  readonly role: 'student' | 'teacher';
  readonly code: string;
  readonly round: string;
  readonly game?: string;
  readonly side?: 'japan' | 'russia';
  readonly name?: string;
  /** A new seat's secret (only on the first join). */
  readonly token?: string;
}
