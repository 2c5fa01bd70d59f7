/**
 * Test clients for the class server: a Colyseus client that records every
 * message it receives (decoded, in order) and waits for the next one that
 * matches, and helpers to start a class and a server on a free port.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, type Room } from 'colyseus.js';
import type { Action } from '../../src/engine/model/state';
import type { JoinOptions, Welcome } from '../../src/server/protocol';
import type { SeatView } from '../../src/server/views';

export interface Received {
  readonly type: string;
  readonly message: unknown;
}

export class TestClient {
  readonly received: Received[] = [];
  private waiters: { test: (r: Received) => boolean; done: (r: Received) => void; fail: (e: Error) => void }[] = [];
  left: number | null = null;

  private constructor(readonly room: Room) {
    room.onMessage('*', (type, message) => {
      const r = { type: String(type), message };
      this.received.push(r);
      this.waiters = this.waiters.filter((w) => (w.test(r) ? (w.done(r), false) : true));
    });
    room.onLeave((code) => {
      this.left = code;
      // Nothing more will come on this connection: whoever waits for a message hears so now.
      for (const w of this.waiters.splice(0)) w.fail(new Error(`the connection closed (${code})`));
    });
  }

  static async join(url: string, options: JoinOptions): Promise<TestClient> {
    const client = new Client(url.replace(/^http/, 'ws'));
    return new TestClient(await client.joinOrCreate('class', options));
  }

  /** Join one given room (when a class has two, as a lost hosting race would leave it). */
  static async joinById(url: string, roomId: string, options: JoinOptions): Promise<TestClient> {
    const client = new Client(url.replace(/^http/, 'ws'));
    return new TestClient(await client.joinById(roomId, options));
  }

  /** Join as the page's ClassLink does after a lost server: try again (up to `tries` times, a second apart) until it answers. */
  static async joinRetrying(url: string, options: JoinOptions, tries = 10): Promise<TestClient> {
    for (let i = 1; ; i++) {
      try {
        return await TestClient.join(url, options);
      } catch (e) {
        if (i >= tries) throw e;
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
  }

  /** The next message of `type` (after those already seen, if `fresh`) that passes `test`. */
  next<T>(type: string, test: (m: T) => boolean = () => true, fresh = false, timeout = 10_000): Promise<T> {
    if (!fresh) {
      const seen = [...this.received].reverse().find((r) => r.type === type && test(r.message as T));
      if (seen) return Promise.resolve(seen.message as T);
    }
    if (this.left !== null) return Promise.reject(new Error(`the connection closed (${this.left})`));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no "${type}" message within ${timeout} ms`)), timeout);
      this.waiters.push({ test: (r) => r.type === type && test(r.message as T), done: (r) => (clearTimeout(timer), resolve(r.message as T)), fail: (e) => (clearTimeout(timer), reject(e)) });
    });
  }

  get welcome(): Promise<Welcome> {
    return this.next<Welcome>('welcome');
  }

  /** The latest view with `moves` moves. */
  view(moves?: number): Promise<SeatView> {
    return this.next<SeatView>('view', (v) => moves === undefined || v.moves === moves);
  }

  act(action: Action, seq?: number): void {
    this.room.send('act', seq === undefined ? { action } : { action, seq });
  }

  /** Say this seat is ready for the campaign's next round. */
  ready(): void {
    this.room.send('next', {});
  }

  /** Everything this client was sent, as one string. */
  wire(): string {
    return JSON.stringify(this.received);
  }

  leave(): Promise<number> {
    return this.room.leave(true);
  }
}

export async function startClass(url: string, round = '1956', mode: 'pairs' | 'computer' = 'pairs', pairing: 'first-come' | 'teacher' = 'first-come'): Promise<{ code: string; teacher: string }> {
  const res = await fetch(`${url}/api/classes`, { method: 'POST', body: JSON.stringify({ round, mode, pairing }) });
  if (res.status !== 201) throw new Error(`starting a class answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as { code: string; teacher: string };
}

/** A data directory and a tiny dist/ for one server. */
export function tempDirs(): { data: string; dist: string } {
  const root = mkdtempSync(join(tmpdir(), 'kuril-server-'));
  const dist = join(root, 'dist');
  mkdirSync(dist);
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>game</title>');
  return { data: join(root, 'data'), dist };
}

/** End a round the quick way: the mover walks out (or takes the first choice where walking out is not offered); `watch` sees every move. */
export async function finishRound(seats: Record<string, TestClient>, watch: TestClient): Promise<SeatView> {
  for (let i = 0; i < 300; i++) {
    const v = await watch.view();
    if (v.table.status !== 'negotiating') return v;
    const mover = seats[v.table.turn]!;
    const mv = await mover.view(v.moves);
    const walk = mv.table.choices.find((c) => c.kind === 'walk-out') ?? mv.table.choices[0]!;
    mover.act(walk.action, v.moves);
    await watch.next<SeatView>('view', (x) => x.moves > v.moves);
  }
  throw new Error('the round did not end');
}
