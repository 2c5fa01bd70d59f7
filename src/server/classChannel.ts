/**
 * The presence channel of one class, between rooms of that class. There is
 * normally one room per class (hosting.ts), so a room says hello when it is
 * created and sends nothing about moves until another room of the class has
 * answered (a lost hosting race; each room answers every room it has not
 * heard before, so a third one learns of the other two): then each change
 * goes out, `{ room, game }` when one game moved (the peer reloads that game alone) or `{ room }` for
 * the class (seats, pairing, end: the peer reloads the class).
 */
import type { Presence } from '@colyseus/core';

export interface PeerChange {
  /** The game that moved, or undefined when the class changed. */
  readonly game: string | undefined;
}

export class ClassChannel {
  /** The other rooms of this class that have said hello; until one has, no move goes out. */
  private readonly peers = new Set<string>();
  private readonly name: string;

  constructor(
    private readonly presence: Presence,
    code: string,
    private readonly roomId: string,
    private readonly onChange: (change: PeerChange) => void,
  ) {
    this.name = `kuril-class:${code}`;
  }

  async open(): Promise<void> {
    await this.presence.subscribe(this.name, this.heard);
    void this.presence.publish(this.name, { room: this.roomId });
  }

  async close(): Promise<void> {
    await this.presence.unsubscribe(this.name, this.heard);
  }

  /** Tell a peer room (if any) what changed: one game's moves, or the class. */
  changed(game?: string): void {
    if (game && this.peers.size === 0) return;
    void this.presence.publish(this.name, game ? { room: this.roomId, game } : { room: this.roomId });
  }

  private readonly heard = (message: unknown): void => {
    const m = (typeof message === 'object' && message !== null ? message : { room: message }) as { room?: unknown; game?: unknown };
    if (m.room === this.roomId) return;
    if (typeof m.room === 'string' && !this.peers.has(m.room)) {
      // A room not heard before: answer its hello so that it knows this one (a third room learns of both).
      this.peers.add(m.room);
      void this.presence.publish(this.name, { room: this.roomId });
    }
    this.onChange({ game: typeof m.game === 'string' ? m.game : undefined });
  };
}
