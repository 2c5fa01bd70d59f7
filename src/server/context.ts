/**
 * What the class room and the HTTP API share in one server process: the
 * store, the rate limiters and the class lifetime. Colyseus calls a room's
 * static `onAuth` before any room exists, so this lives in a module, set
 * once when the server starts (one game server per process).
 */
import { LIMITS, RateLimiter } from './limits';
import type { Store } from './store/types';

export interface ServerContext {
  readonly store: Store;
  readonly classTtlMs: number;
  readonly joins: RateLimiter;
  readonly failures: RateLimiter;
  readonly creations: RateLimiter;
}

let current: ServerContext | null = null;

export function setContext(store: Store, classTtlMs: number = LIMITS.classTtlMs): ServerContext {
  current = {
    store,
    classTtlMs,
    joins: new RateLimiter(LIMITS.joinsPerMinute, 60_000),
    failures: new RateLimiter(LIMITS.failuresPer10Minutes, 600_000),
    creations: new RateLimiter(LIMITS.classesPerHour, 3_600_000),
  };
  return current;
}

export function context(): ServerContext {
  if (!current) throw new Error('the game server has not started (no store)');
  return current;
}
