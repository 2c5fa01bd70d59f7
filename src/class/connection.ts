/**
 * The browser's link to the class room, with reconnection built in (the
 * Colyseus 0.16 client has none): when the socket drops — a closed lid, a
 * lost Wi-Fi, a server restart — it says "reconnecting…" and joins again
 * with the same seat token or teacher key, backing off up to 5 seconds,
 * until it is back or the class is gone. A socket can also die silently
 * (half-open: a laptop waking on another network, a proxy or NAT forgetting
 * it; the browser sees no close for minutes and sends into the void), so the
 * link pings the room every few seconds and treats a silence longer than
 * `deadAfterMs` as a lost connection. Messages come out as one callback.
 */
import { Client, type Room } from 'colyseus.js';
import { CLIENT, SEAT_TAKEN, SERVER } from '../server/messages';
import type { JoinOptions } from '../server/protocol';

export type LinkStatus = 'connecting' | 'online' | 'reconnecting' | 'closed';

export interface LinkHandlers {
  readonly onMessage: (type: string, message: unknown) => void;
  readonly onStatus: (status: LinkStatus, detail?: string) => void;
  /** Options for the next join (the seat token once one was given). */
  readonly options: () => JoinOptions;
}

/** How often the link pings, and after how long without a word from the server it gives the socket up. */
export interface Heartbeat {
  readonly everyMs: number;
  readonly deadAfterMs: number;
}
export const HEARTBEAT: Heartbeat = { everyMs: 4000, deadAfterMs: 12_000 };

/** Close codes after which joining again cannot help, and what to say. */
const FINAL = new Map<number, string>([
  [4008, 'The server closed this connection.'],
  [SEAT_TAKEN, 'This seat was opened in another window or tab; continue there.'],
]);

export class ClassLink {
  private room: Room | null = null;
  private stopped = false;
  private attempt = 0;
  private lastHeard = 0;
  private beat: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly endpoint: string,
    private readonly handlers: LinkHandlers,
    private readonly heartbeat: Heartbeat = HEARTBEAT,
  ) {}

  /** Join; rejects with the server's reason if the first join is refused. */
  async open(): Promise<void> {
    this.handlers.onStatus('connecting');
    await this.join();
  }

  send(type: string, message?: unknown): boolean {
    if (!this.room) return false;
    this.room.send(type, message);
    return true;
  }

  /** Leave for good (no reconnection). */
  async close(): Promise<void> {
    this.stopped = true;
    this.stopBeat();
    const r = this.room;
    this.room = null;
    if (r) await r.leave(true).catch(() => undefined);
    this.handlers.onStatus('closed');
  }

  /** Drop the socket as a lost network would (for trying reconnection). */
  drop(): void {
    (this.room?.connection as unknown as { close?: () => void } | undefined)?.close?.();
  }

  private async join(): Promise<void> {
    const client = new Client(this.endpoint);
    const room = await client.joinOrCreate('class', this.handlers.options());
    this.room = room;
    this.attempt = 0;
    this.lastHeard = Date.now();
    room.onMessage('*', (type, message) => {
      if (this.room !== room) return;
      this.lastHeard = Date.now();
      if (type !== SERVER.pong) this.handlers.onMessage(String(type), message);
    });
    room.onLeave((code) => {
      if (this.room !== room) return;
      this.room = null;
      this.stopBeat();
      if (this.stopped) return;
      const final = FINAL.get(code);
      if (final) {
        this.stopped = true;
        return this.handlers.onStatus('closed', final);
      }
      this.reconnect();
    });
    this.stopBeat();
    this.beat = setInterval(() => this.pulse(room), this.heartbeat.everyMs);
    this.handlers.onStatus('online');
  }

  /** Ping, or give up a socket the server has not answered on for too long and join again. */
  private pulse(room: Room): void {
    if (this.room !== room) return;
    if (Date.now() - this.lastHeard <= this.heartbeat.deadAfterMs) {
      room.send(CLIENT.ping);
      return;
    }
    this.room = null;
    this.stopBeat();
    // Closing a half-open socket may never complete; it is already forgotten (onLeave ignores it).
    (room.connection as unknown as { close?: () => void }).close?.();
    this.reconnect();
  }

  private stopBeat(): void {
    if (this.beat !== null) clearInterval(this.beat);
    this.beat = null;
  }

  private reconnect(): void {
    if (this.stopped) return;
    this.attempt++;
    this.handlers.onStatus('reconnecting');
    const wait = Math.min(5000, 400 * 2 ** Math.min(this.attempt - 1, 4));
    setTimeout(() => {
      this.join().catch((e: unknown) => {
        const code = (e as { code?: number }).code;
        // The class was deleted or ended, or the seat is gone: say so and stop.
        if (code === 404 || code === 403 || code === 410) {
          this.stopped = true;
          this.handlers.onStatus('closed', e instanceof Error ? e.message : String(e));
        } else this.reconnect();
      });
    }, wait);
  }
}

/** The websocket endpoint of the server that served this page. */
export const endpointOf = (loc: Location): string => `${loc.protocol === 'https:' ? 'wss' : 'ws'}://${loc.host}`;
