/**
 * The names of the class room's messages both ways, its close codes and the
 * welcome a client gets: plain constants the browser imports (the zod
 * checks of what clients send are in protocol.ts, on the server only).
 */
export const ROOM_NAME = 'class';

/** Client → server. */
export const CLIENT = { act: 'act', next: 'next', end: 'end', remove: 'delete', pair: 'pair', pairing: 'pairing', ping: 'ping' } as const;
/** Server → client. */
export const SERVER = { welcome: 'welcome', brief: 'brief', view: 'view', refused: 'refused', summary: 'class', ended: 'ended', deleted: 'deleted', pong: 'pong' } as const;

/** Close code: the same seat was opened again elsewhere (another tab, or this browser after a dead connection). */
export const SEAT_TAKEN = 4009;

export interface Welcome {
  readonly role: 'student' | 'teacher';
  readonly code: string;
  readonly round: string;
  readonly game?: string;
  readonly side?: 'japan' | 'russia';
  readonly name?: string;
  /** True while the student waits for the teacher to pair them (no game or side yet). */
  readonly waiting?: boolean;
  /** A new seat's secret (only on the first join). */
  readonly token?: string;
}
