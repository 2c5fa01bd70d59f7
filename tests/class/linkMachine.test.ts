// The class page's link (src/class/linkMachine.ts, connection.ts) driven with
// a fake transport and XState's SimulatedClock: connecting, the heartbeat
// giving up a silent socket, the backoff between attempts, a late answer
// from an attempt the link has left, giving up on a gone class, and a stop
// while waiting. Times are exact: a machine that waits a step too long or
// too short, or lets a stale answer act, fails here.
import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import { ClassLink } from '../../src/class/connection';
import { backoffMs, linkMachine, type LinkHandlers, type LinkStatus, type Socket, type Transport } from '../../src/class/linkMachine';
import type { JoinOptions } from '../../src/server/protocol';

const settle = () => new Promise((r) => setTimeout(r, 0));

/** A room the test speaks for: what the link sent, whether it left or dropped it, and the server's side. */
class FakeSocket implements Socket {
  readonly sent: string[] = [];
  left = false;
  dropped = false;
  private onMessage: ((type: string, message: unknown) => void) | null = null;
  private onLeave: ((code: number) => void) | null = null;
  send(type: string): void {
    this.sent.push(type);
  }
  listen(onMessage: (type: string, message: unknown) => void, onLeave: (code: number) => void): () => void {
    this.onMessage = onMessage;
    this.onLeave = onLeave;
    return () => undefined; // keeps its listeners: the machine itself must ignore a socket it gave up
  }
  leave(): Promise<void> {
    this.left = true;
    return Promise.resolve();
  }
  drop(): void {
    this.dropped = true;
  }
  /** The server says something, or closes the socket with `code`. */
  say(type: string, message: unknown = {}): void {
    this.onMessage?.(type, message);
  }
  close(code: number): void {
    this.onLeave?.(code);
  }
}

/** Joins that the test answers by hand, with when each was asked. */
function fakeTransport(clock: SimulatedClock) {
  const joins: { at: number; options: JoinOptions; resolve: (s: FakeSocket) => void; reject: (e: unknown) => void }[] = [];
  const transport: Transport = {
    join: (options) =>
      new Promise<Socket>((resolve, reject) => {
        joins.push({ at: clock.now(), options, resolve, reject });
      }),
  };
  return { transport, joins };
}

function link(heartbeat = { everyMs: 4000, deadAfterMs: 12_000 }) {
  const clock = new SimulatedClock();
  const { transport, joins } = fakeTransport(clock);
  const statuses: string[] = [];
  const messages: string[] = [];
  const handlers: LinkHandlers = {
    options: () => ({ code: 'ABCD', seat: 'token' }),
    onStatus: (s: LinkStatus, detail?: string) => statuses.push(detail ? `${s}: ${detail}` : s),
    onMessage: (type) => messages.push(type),
  };
  const actor = createActor(linkMachine(transport, handlers), { input: heartbeat, clock }).start();
  /** Answer the latest join with a fresh socket. */
  const accept = async () => {
    const socket = new FakeSocket();
    joins.at(-1)!.resolve(socket);
    await settle();
    return socket;
  };
  const refuse = async (code: number, message = `refused ${code}`) => {
    joins.at(-1)!.reject(Object.assign(new Error(message), { code }));
    await settle();
  };
  return { clock, joins, statuses, messages, actor, accept, refuse };
}

/**
 * Let `ms` pass a millisecond at a time: XState 5's SimulatedClock starts a
 * timer set during a jump at the end of the jump, so a timer that a timer's
 * transition sets (silent after 4 s, gone 8 s later) needs time to pass in steps.
 */
function pass(clock: SimulatedClock, ms: number): void {
  for (let i = 0; i < ms; i++) clock.increment(1);
}

const state = (a: { getSnapshot: () => { value: unknown } }) => JSON.stringify(a.getSnapshot().value);

describe('the class link', () => {
  it('connects, passes the server’s messages on (not its pongs) and pings only a silent server', async () => {
    const l = link();
    expect(l.statuses).toEqual(['connecting']);
    expect(l.joins).toHaveLength(1);
    const socket = await l.accept();
    expect(l.statuses).toEqual(['connecting', 'online']);
    socket.say('welcome');
    socket.say('pong');
    socket.say('view');
    expect(l.messages).toEqual(['welcome', 'view']);
    pass(l.clock, 3999);
    socket.say('view');
    pass(l.clock, 3999);
    expect(socket.sent).toEqual([]);
    pass(l.clock, 1);
    expect(socket.sent).toEqual(['ping']);
    pass(l.clock, 4000);
    expect(socket.sent).toEqual(['ping', 'ping']);
    socket.say('pong');
    pass(l.clock, 3999);
    expect(socket.sent).toEqual(['ping', 'ping']);
    expect(l.statuses).toEqual(['connecting', 'online']);
  });

  it('gives a silent socket up after deadAfterMs and rejoins after 0.4, 0.8, 1.6, 3.2, 5 and 5 s', async () => {
    const l = link();
    const first = await l.accept();
    pass(l.clock, 11_999);
    expect(first.dropped).toBe(false);
    pass(l.clock, 1);
    expect(first.dropped).toBe(true);
    expect(l.statuses).toEqual(['connecting', 'online', 'reconnecting']);
    expect(l.joins).toHaveLength(1);
    const waits = [400, 800, 1600, 3200, 5000, 5000];
    expect(waits.map((_, i) => backoffMs(i + 1))).toEqual(waits);
    for (const [i, wait] of waits.entries()) {
      pass(l.clock, wait - 1);
      expect(l.joins).toHaveLength(i + 1);
      pass(l.clock, 1);
      expect(l.joins).toHaveLength(i + 2);
      expect(l.joins.at(-1)!.options).toEqual({ code: 'ABCD', seat: 'token' });
      if (i < waits.length - 1) await l.refuse(503, 'server restarting');
    }
    expect(l.statuses.filter((s) => s === 'reconnecting')).toHaveLength(waits.length);
    await l.accept();
    expect(l.statuses.at(-1)).toBe('online');
    // Back online, the backoff starts again from 0.4 s.
    l.actor.getSnapshot().context.socket!.drop();
    (l.actor.getSnapshot().context.socket as FakeSocket).close(1006);
    const joined = l.joins.length;
    pass(l.clock, 399);
    expect(l.joins).toHaveLength(joined);
    pass(l.clock, 1);
    expect(l.joins).toHaveLength(joined + 1);
  });

  it('ignores the messages and close of a socket it gave up, and leaves a room joined after it stopped waiting', async () => {
    const l = link();
    const old = await l.accept();
    old.close(1006);
    expect(l.statuses).toEqual(['connecting', 'online', 'reconnecting']);
    old.say('view');
    old.close(4008);
    expect(l.messages).toEqual([]);
    expect(l.statuses).toEqual(['connecting', 'online', 'reconnecting']);
    expect(state(l.actor)).toBe('{"reconnecting":"waiting"}');
    // Back online on a new socket, the old one's words and close still do nothing.
    pass(l.clock, 400);
    const next = await l.accept();
    old.say('view');
    old.close(1006);
    expect(l.messages).toEqual([]);
    expect(l.statuses).toEqual(['connecting', 'online', 'reconnecting', 'online']);
    expect(state(l.actor)).toBe('{"online":"hearing"}');
    next.say('view');
    expect(l.messages).toEqual(['view']);
    next.close(1006);
    // A join under way when the link is stopped: its late room is left, never used.
    pass(l.clock, 400);
    expect(state(l.actor)).toBe('{"reconnecting":"joining"}');
    l.actor.send({ type: 'stop' });
    await settle();
    expect(l.statuses.at(-1)).toBe('closed');
    const late = await l.accept();
    expect(late.left).toBe(true);
    late.say('view');
    expect(l.messages).toEqual(['view']);
    expect(l.statuses.filter((s) => s === 'online')).toHaveLength(2);
    expect(l.actor.getSnapshot().status).toBe('done');
  });

  it('gives up when the class is gone or the server closes for good, saying why', async () => {
    const gone = link();
    (await gone.accept()).close(1006);
    pass(gone.clock, 400);
    await gone.refuse(404, 'This class no longer exists.');
    expect(gone.statuses).toEqual(['connecting', 'online', 'reconnecting', 'closed: This class no longer exists.']);
    pass(gone.clock, 60_000);
    expect(gone.joins).toHaveLength(2);
    expect(gone.actor.getSnapshot().status).toBe('done');

    const taken = link();
    (await taken.accept()).close(4008);
    expect(taken.statuses).toEqual(['connecting', 'online', 'closed: The server closed this connection.']);
    pass(taken.clock, 60_000);
    expect(taken.joins).toHaveLength(1);
  });

  it('stops while waiting to reconnect: no join afterwards, closed once', async () => {
    const l = link();
    const s = await l.accept();
    pass(l.clock, 12_000);
    expect(s.dropped).toBe(true);
    pass(l.clock, 200);
    l.actor.send({ type: 'stop' });
    await settle();
    pass(l.clock, 60_000);
    expect(l.joins).toHaveLength(1);
    expect(l.statuses).toEqual(['connecting', 'online', 'reconnecting', 'closed']);
    expect(l.actor.getSnapshot().status).toBe('done');
  });
});

describe('ClassLink', () => {
  it('open() rejects with the server’s reason when the first join is refused, without trying again', async () => {
    const statuses: string[] = [];
    let joins = 0;
    const transport: Transport = { join: () => (joins++, Promise.reject(new Error('No class has this code.'))) };
    const l = new ClassLink('ws://x', { options: () => ({ code: 'ABCD', name: 'Aiko' }), onStatus: (s) => statuses.push(s), onMessage: () => undefined }, undefined, transport);
    await expect(l.open()).rejects.toThrow('No class has this code.');
    expect(statuses).toEqual(['connecting']);
    expect(joins).toBe(1);
    expect(l.send('act')).toBe(false);
  });

  it('sends only while online, and close() leaves the room and says closed', async () => {
    const statuses: string[] = [];
    const socket = new FakeSocket();
    const transport: Transport = { join: () => Promise.resolve(socket) };
    const l = new ClassLink('ws://x', { options: () => ({ code: 'ABCD', name: 'Aiko' }), onStatus: (s) => statuses.push(s), onMessage: () => undefined }, undefined, transport);
    await l.open();
    expect(l.send('act', { seq: 1 })).toBe(true);
    expect(socket.sent).toEqual(['act']);
    await l.close();
    expect(socket.left).toBe(true);
    expect(statuses).toEqual(['connecting', 'online', 'closed']);
    expect(l.send('act')).toBe(false);
    await l.close();
    expect(statuses).toEqual(['connecting', 'online', 'closed']);
  });
});
