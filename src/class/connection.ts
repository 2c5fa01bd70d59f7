/**
 * The browser's link to the class room, with reconnection built in (the
 * Colyseus 0.16 client has none): when the socket drops — a closed lid, a
 * lost Wi-Fi, a server restart — it says "reconnecting…" and joins again
 * with the same seat token or teacher key, backing off up to 5 seconds,
 * until it is back or the class is gone. A socket can also die silently
 * (half-open: a laptop waking on another network, a proxy or NAT forgetting
 * it; the browser sees no close for minutes and sends into the void), so the
 * link pings a silent room and treats a silence longer than `deadAfterMs` as
 * a lost connection. The control is the statechart in linkMachine.ts; this
 * file is its Colyseus transport and the small API the class pages call.
 * Messages come out as one callback.
 */
import { Client, type Room } from 'colyseus.js';
import { createActor, waitFor, type Actor } from 'xstate';
import { HEARTBEAT, linkMachine, type Heartbeat, type LinkHandlers, type Socket, type Transport } from './linkMachine';

export { HEARTBEAT, type Heartbeat, type LinkHandlers, type LinkStatus } from './linkMachine';

/** A Colyseus room as the link's socket. */
function roomSocket(room: Room): Socket {
  return {
    send: (type, message) => room.send(type, message),
    listen: (onMessage, onLeave) => {
      const off = room.onMessage('*', (type, message) => onMessage(String(type), message)) as () => void;
      room.onLeave(onLeave);
      return () => {
        off();
        room.onLeave.remove(onLeave);
      };
    },
    leave: async () => {
      await room.leave(true);
    },
    drop: () => (room.connection as unknown as { close?: () => void }).close?.(),
  };
}

/** Joins the server at `endpoint` through Colyseus. */
export const colyseusTransport = (endpoint: string): Transport => ({
  join: async (options) => roomSocket(await new Client(endpoint).joinOrCreate('class', options)),
});

export class ClassLink {
  private readonly actor: Actor<ReturnType<typeof linkMachine>>;

  constructor(endpoint: string, handlers: LinkHandlers, heartbeat: Heartbeat = HEARTBEAT, transport: Transport = colyseusTransport(endpoint)) {
    this.actor = createActor(linkMachine(transport, handlers), { input: heartbeat });
  }

  /** Join; rejects with the server's reason if the first join is refused. */
  async open(): Promise<void> {
    this.actor.start();
    const s = await waitFor(this.actor, (x) => !x.matches('connecting'));
    if (s.matches('refused')) throw s.context.error;
  }

  send(type: string, message?: unknown): boolean {
    const s = this.actor.getSnapshot();
    if (!s.matches('online') || !s.context.socket) return false;
    s.context.socket.send(type, message);
    return true;
  }

  /** Leave for good (no reconnection); settles once the server was told. */
  async close(): Promise<void> {
    if (this.actor.getSnapshot().status === 'active') this.actor.send({ type: 'stop' });
    await waitFor(this.actor, (x) => x.status === 'done');
  }

  /** Drop the socket as a lost network would (for trying reconnection). */
  drop(): void {
    const s = this.actor.getSnapshot();
    if (s.matches('online')) s.context.socket?.drop();
  }
}

/** The websocket endpoint of the server that served this page. */
export const endpointOf = (loc: Location): string => `${loc.protocol === 'https:' ? 'wss' : 'ws'}://${loc.host}`;
