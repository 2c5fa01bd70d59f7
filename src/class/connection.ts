/**
 * The browser's link to the class room, with reconnection built in (the
 * Colyseus 0.16 client has none): when the socket drops — a closed lid, a
 * lost Wi-Fi, a server restart — it says "reconnecting…" and joins again
 * with the same seat token or teacher key, backing off up to 5 seconds,
 * until it is back or the class is gone. Messages come out as one callback.
 */
import { Client, type Room } from 'colyseus.js';
import type { JoinOptions } from '../server/protocol';

export type LinkStatus = 'connecting' | 'online' | 'reconnecting' | 'closed';

export interface LinkHandlers {
  readonly onMessage: (type: string, message: unknown) => void;
  readonly onStatus: (status: LinkStatus, detail?: string) => void;
  /** Options for the next join (the seat token once one was given). */
  readonly options: () => JoinOptions;
}

/** Close codes after which joining again cannot help. */
const FINAL = new Set([4008]);

export class ClassLink {
  private room: Room | null = null;
  private stopped = false;
  private attempt = 0;

  constructor(
    private readonly endpoint: string,
    private readonly handlers: LinkHandlers,
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
    room.onMessage('*', (type, message) => this.handlers.onMessage(String(type), message));
    room.onLeave((code) => {
      if (this.room !== room) return;
      this.room = null;
      if (this.stopped) return;
      if (FINAL.has(code)) return this.handlers.onStatus('closed', 'The server closed this connection.');
      this.reconnect();
    });
    this.handlers.onStatus('online');
  }

  private reconnect(): void {
    if (this.stopped) return;
    this.attempt++;
    this.handlers.onStatus('reconnecting');
    const wait = Math.min(5000, 400 * 2 ** Math.min(this.attempt - 1, 4));
    window.setTimeout(() => {
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
