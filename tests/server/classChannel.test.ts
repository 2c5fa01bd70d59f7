// The presence channel between rooms of one class (src/server/classChannel.ts)
// over an in-memory presence: rooms find each other by hello, a move goes
// out only once a peer is known, and a third room opened later is answered
// too (each room answers a room it has not heard before), so its moves reach
// the others.
import type { Presence } from '@colyseus/core';
import { describe, expect, it } from 'vitest';
import { ClassChannel, type PeerChange } from '../../src/server/classChannel';

/** Publish/subscribe in memory, delivered on a later turn as Redis would. */
function memoryPresence() {
  const subs = new Map<string, Set<(m: unknown) => void>>();
  const sent: unknown[] = [];
  const presence = {
    subscribe: (topic: string, cb: (m: unknown) => void) => (subs.get(topic) ?? subs.set(topic, new Set()).get(topic)!).add(cb),
    unsubscribe: (topic: string, cb: (m: unknown) => void) => subs.get(topic)?.delete(cb),
    publish: (topic: string, m: unknown) => {
      sent.push(m);
      for (const cb of subs.get(topic) ?? []) setImmediate(() => cb(m));
    },
  } as unknown as Presence;
  return { presence, sent };
}

const quiet = async () => {
  for (let i = 0; i < 10; i++) await new Promise((r) => setImmediate(r));
};

describe('the class channel', () => {
  it('keeps moves home until a peer is known, and a room opened later learns of the others', async () => {
    const { presence, sent } = memoryPresence();
    const heard: Record<string, PeerChange[]> = { a: [], b: [], c: [] };
    const channel = (room: string) => new ClassChannel(presence, 'CODE', room, (c) => heard[room]!.push(c));
    const a = channel('a');
    await a.open();
    await quiet();
    const before = sent.length;
    a.changed('g1');
    expect(sent).toHaveLength(before);
    const b = channel('b');
    await b.open();
    await quiet();
    a.changed('g1');
    await quiet();
    expect(heard.b).toContainEqual({ game: 'g1' });
    const c = channel('c');
    await c.open();
    await quiet();
    c.changed('g2');
    await quiet();
    expect(heard.a).toContainEqual({ game: 'g2' });
    expect(heard.b).toContainEqual({ game: 'g2' });
    // The hellos settle: nothing more is sent once every room knows the others.
    const settled = sent.length;
    await quiet();
    expect(sent).toHaveLength(settled);
    await Promise.all([a.close(), b.close(), c.close()]);
  });
});
