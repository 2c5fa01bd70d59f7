/**
 * One room per class, on a live process. Colyseus alone races here: its
 * joinOrCreate lock waits 0.5–1.1 s for the first creator, and a class's
 * room takes longer than that to create when it replays long logs under
 * load, so simultaneous first joins each created a room of the same class
 * (two hubs seating and moving against one store). And a room listed in
 * Redis by a process that has died costs every join a 2 s call to it and a
 * 2 s health check before Colyseus drops the listing.
 *
 * So every join first makes sure its class is hosted (`ensureHosted`, from
 * the room's onAuth, before Colyseus looks for a room): a listing on a dead
 * process is dropped at once (a process is alive while its Redis channel
 * `p:<id>` is subscribed; Redis drops a killed process's subscriptions when
 * its connection closes), and when no live room is listed, the process that
 * takes the class's lock in presence creates the room and the others wait
 * for its listing. Joins on one process for one class share one check. A
 * sweep every few seconds drops dead processes' listings and room counts
 * too. A process that vanishes without its connection closing (a network
 * cut rather than a crash) is still found by Colyseus' own health check.
 */
import { LocalPresence, matchMaker } from '@colyseus/core';
import { ROOM_NAME } from './protocol';

const LOCK_SECONDS = 15;
/** How long a join waits for another process to host its class before leaving it to Colyseus. */
const WAIT_MS = 10_000;
/** A process's channel must be missing on two looks this far apart (a Redis reconnect is not a death). */
const RECHECK_MS = 150;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const checking = new Map<string, Promise<void>>();
const judging = new Map<string, Promise<boolean>>();

/** Before a join looks for its class's room: make sure one live room hosts the class. */
export function ensureHosted(code: string): Promise<void> {
  const running = checking.get(code);
  if (running) return running;
  const run = hostOnce(code).finally(() => checking.delete(code));
  checking.set(code, run);
  return run;
}

async function hostOnce(code: string): Promise<void> {
  const until = Date.now() + WAIT_MS;
  for (let wait = 20; ; wait = Math.min(wait * 2, 300)) {
    if (await liveHost(code)) return;
    if (await lock(code)) {
      try {
        if (!(await liveHost(code))) await matchMaker.createRoom(ROOM_NAME, { code });
      } finally {
        await unlock(code);
      }
      return;
    }
    if (Date.now() > until) return;
    await sleep(wait);
  }
}

/** Whether a live room hosts the class (listings on dead processes are dropped on the way). */
async function liveHost(code: string): Promise<boolean> {
  const rooms = await matchMaker.query({ name: ROOM_NAME, code } as Parameters<typeof matchMaker.query>[0]);
  for (const r of rooms) if (!(await gone(r.processId))) return true;
  return false;
}

/** Whether process `id` is gone; if so its listings and room count are dropped now. */
export function gone(id: string | undefined): Promise<boolean> {
  if (!id || id === matchMaker.processId || matchMaker.presence instanceof LocalPresence) return Promise.resolve(false);
  const running = judging.get(id);
  if (running) return running;
  const listening = async () => (await matchMaker.presence.channels(`p:${id}`)).length > 0;
  const run = (async () => {
    if ((await listening()) || (await sleep(RECHECK_MS), await listening())) return false;
    await matchMaker.stats.excludeProcess(id);
    await matchMaker.driver.cleanup?.(id);
    return true;
  })().finally(() => judging.delete(id));
  judging.set(id, run);
  return run;
}

/** Drop every dead process's listings and room count (run every few seconds). */
export async function sweep(): Promise<void> {
  const ids = new Set<string>([...(await matchMaker.query({ name: ROOM_NAME })).map((r) => r.processId), ...(await matchMaker.stats.fetchAll()).map((s) => s.processId)]);
  for (const id of ids) await gone(id);
}

const lockKey = (code: string) => `kuril:hosting:${code}`;

/** The class's creation lock: the first to count 1 holds it; a holder that dies frees it after LOCK_SECONDS. */
async function lock(code: string): Promise<boolean> {
  if ((await matchMaker.presence.incr(lockKey(code))) !== 1) return false;
  if (!(matchMaker.presence instanceof LocalPresence)) await matchMaker.presence.expire(lockKey(code), LOCK_SECONDS);
  return true;
}

async function unlock(code: string): Promise<void> {
  await matchMaker.presence.del(lockKey(code));
}
