/**
 * The class page's link to the class server as one statechart (the control;
 * the joined room is the substance, kept in context while it is live).
 * `connecting` joins once (refused → `refused`, and the page shows why);
 * `online` listens to the room through an invoked actor: while the server
 * speaks it stays `hearing`, after `everyMs` of silence it turns `silent`
 * and pings every `everyMs`, and after `deadAfterMs` without a word it gives
 * the socket up (a half-open socket never closes by itself). A lost socket
 * or silence goes to `reconnecting`: `waiting` for the backoff (an `after`
 * delay of 0.4, 0.8, 1.6, 3.2, then 5 s), then `joining` again with the same
 * seat token or teacher key, until it is back or the class is gone
 * (`closed`, with the reason). `stop` leaves for good from any live state
 * (`stopping` tells the server, then `stopped`). Every join and every room
 * listener is an invoked actor of the state that waits for it, so an answer
 * from an attempt the link has left (a join that succeeds after a stop, a
 * close or message from a socket already given up) can no longer act; a room
 * joined too late is left at once. The network is a `Transport` (Colyseus in
 * the page, connection.ts; a fake in tests/class/linkMachine.test.ts).
 */
import { assign, fromCallback, fromPromise, setup } from 'xstate';
import { CLIENT, SEAT_TAKEN, SERVER } from '../server/messages';
import type { JoinOptions } from '../server/protocol';

export type LinkStatus = 'connecting' | 'online' | 'reconnecting' | 'closed';

/** One joined room, as the link uses it. */
export interface Socket {
  send(type: string, message?: unknown): void;
  /** Listen for messages and for the socket closing; returns what stops listening. */
  listen(onMessage: (type: string, message: unknown) => void, onLeave: (code: number) => void): () => void;
  /** Leave for good, telling the server; settles once the socket is closed. */
  leave(): Promise<void>;
  /** Close the connection without a word, as a lost network would. */
  drop(): void;
}

/** How the link reaches the server: join the class room (rejects with the server's reason and code). */
export interface Transport {
  join(options: JoinOptions): Promise<Socket>;
}

export interface LinkHandlers {
  readonly onMessage: (type: string, message: unknown) => void;
  readonly onStatus: (status: LinkStatus, detail?: string) => void;
  /** Options for the next join (the seat token once one was given). */
  readonly options: () => JoinOptions;
}

/** How often the link pings a silent server, and after how long without a word from it it gives the socket up. */
export interface Heartbeat {
  readonly everyMs: number;
  readonly deadAfterMs: number;
}
export const HEARTBEAT: Heartbeat = { everyMs: 4000, deadAfterMs: 12_000 };

/** The wait before reconnection attempt `attempt` (1, 2, …): 0.4 s doubling up to 5 s. */
export const backoffMs = (attempt: number): number => Math.min(5000, 400 * 2 ** Math.min(attempt - 1, 4));

/** Close codes after which joining again cannot help, and what to say. */
const FINAL = new Map<number, string>([
  [4008, 'The server closed this connection.'],
  [SEAT_TAKEN, 'This seat was opened in another window or tab; continue there.'],
]);
/** Join refusals that mean the class or the seat is gone (deleted, ended): stop trying. */
const GONE = new Set([403, 404, 410]);

export interface LinkContext {
  readonly heartbeat: Heartbeat;
  /** The live room while `online` (and while `stopping` leaves it); null otherwise. */
  readonly socket: Socket | null;
  /** Reconnection attempts since the link was last online (the backoff grows with it). */
  readonly attempt: number;
  /** Why the link closed, when the server said; or why the first join was refused. */
  readonly detail: string | null;
  readonly error: unknown;
}

export type LinkEvent =
  | { readonly type: 'message'; readonly kind: string; readonly message: unknown }
  | { readonly type: 'left'; readonly code: number }
  | { readonly type: 'stop' };

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** The link's machine, its network and page supplied. */
export function linkMachine(transport: Transport, handlers: LinkHandlers) {
  return setup({
    types: { context: {} as LinkContext, events: {} as LinkEvent, input: {} as Heartbeat },
    actors: {
      join: fromPromise<Socket>(async ({ signal }) => {
        const socket = await transport.join(handlers.options());
        // The link left this attempt while it was under way: nobody will use this room, so leave it.
        if (signal.aborted) void socket.leave().catch(() => undefined);
        return socket;
      }),
      listen: fromCallback<LinkEvent, Socket>(({ input, sendBack }) =>
        input.listen(
          (kind, message) => sendBack({ type: 'message', kind, message }),
          (code) => sendBack({ type: 'left', code }),
        ),
      ),
      leave: fromPromise<void, Socket | null>(async ({ input }) => {
        await input?.leave().catch(() => undefined);
      }),
    },
    delays: {
      every: ({ context }) => context.heartbeat.everyMs,
      giveUp: ({ context }) => Math.max(0, context.heartbeat.deadAfterMs - context.heartbeat.everyMs),
      backoff: ({ context }) => backoffMs(context.attempt),
    },
    guards: {
      finalClose: ({ event }) => event.type === 'left' && FINAL.has(event.code),
      gone: ({ event }) => GONE.has((('error' in event ? event.error : null) as { code?: number } | null)?.code ?? 0),
    },
    actions: {
      say: (_, p: { status: LinkStatus }) => handlers.onStatus(p.status),
      sayClosed: ({ context }) => (context.detail === null ? handlers.onStatus('closed') : handlers.onStatus('closed', context.detail)),
      deliver: ({ event }) => {
        if (event.type === 'message' && event.kind !== SERVER.pong) handlers.onMessage(event.kind, event.message);
      },
      ping: ({ context }) => context.socket?.send(CLIENT.ping),
      drop: ({ context }) => context.socket?.drop(),
      forget: assign({ socket: null }),
    },
  }).createMachine({
    id: 'link',
    context: ({ input }) => ({ heartbeat: input, socket: null, attempt: 0, detail: null, error: null }),
    initial: 'connecting',
    states: {
      connecting: {
        entry: { type: 'say', params: { status: 'connecting' } },
        invoke: {
          src: 'join',
          onDone: { target: 'online', actions: assign({ socket: ({ event }) => event.output }) },
          onError: { target: 'refused', actions: assign({ error: ({ event }) => event.error }) },
        },
        on: { stop: 'stopping' },
      },
      online: {
        entry: [assign({ attempt: 0 }), { type: 'say', params: { status: 'online' } }],
        invoke: { src: 'listen', input: ({ context }) => context.socket as Socket },
        on: {
          left: [
            { guard: 'finalClose', target: 'closed', actions: ['forget', assign({ detail: ({ event }) => FINAL.get(event.code) ?? null })] },
            { target: 'reconnecting', actions: 'forget' },
          ],
          stop: 'stopping',
        },
        initial: 'hearing',
        states: {
          hearing: {
            on: { message: { target: 'hearing', reenter: true, actions: 'deliver' } },
            after: { every: 'silent' },
          },
          silent: {
            on: { message: { target: 'hearing', actions: 'deliver' } },
            // Closing a half-open socket may never complete; the link has stopped listening to it already.
            after: { giveUp: { target: '#link.reconnecting', actions: ['drop', 'forget'] } },
            initial: 'pinging',
            states: {
              pinging: { entry: 'ping', after: { every: { target: 'pinging', reenter: true } } },
            },
          },
        },
      },
      reconnecting: {
        initial: 'waiting',
        on: { stop: 'stopping' },
        states: {
          waiting: {
            entry: [assign({ attempt: ({ context }) => context.attempt + 1 }), { type: 'say', params: { status: 'reconnecting' } }],
            after: { backoff: 'joining' },
          },
          joining: {
            invoke: {
              src: 'join',
              onDone: { target: '#link.online', actions: assign({ socket: ({ event }) => event.output }) },
              onError: [{ guard: 'gone', target: '#link.closed', actions: assign({ detail: ({ event }) => messageOf(event.error) }) }, { target: 'waiting' }],
            },
          },
        },
      },
      stopping: {
        invoke: { src: 'leave', input: ({ context }) => context.socket, onDone: 'stopped', onError: 'stopped' },
        exit: 'forget',
      },
      /** The first join was refused; open() rejects with the reason. */
      refused: { type: 'final' },
      /** The server closed the link or the class is gone: said, with the reason. */
      closed: { type: 'final', entry: 'sayClosed' },
      /** Left on purpose. */
      stopped: { type: 'final', entry: { type: 'say', params: { status: 'closed' } } },
    },
  });
}
