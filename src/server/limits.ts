/**
 * Limits against abuse: a fixed-window counter per key (an address, a
 * client) that says whether one more event is allowed, and the numbers the
 * server uses. Windows are forgotten once over, so memory stays bounded by
 * the keys active in the last window.
 */
const fromEnv = (name: string, fallback: number): number => {
  const v = Number(typeof process === 'undefined' ? undefined : process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
};

export const LIMITS = {
  /** Joins per address per minute (any outcome; a school behind one address joins at once). JOINS_PER_MINUTE overrides. */
  joinsPerMinute: fromEnv('JOINS_PER_MINUTE', 600),
  /** Failed class lookups (wrong or expired code, wrong token) per address per 10 minutes: code guessing. */
  failuresPer10Minutes: 20,
  /** Classes created per address per hour. */
  classesPerHour: 30,
  /** Messages per client per 10 seconds; past twice that the client is disconnected. */
  messagesPer10Seconds: 40,
  /** The largest websocket message accepted (bytes); a move is well under 1 kB. */
  maxPayload: 4096,
  /** How long a class and its data live (default 14 days; CLASS_TTL_HOURS overrides). */
  classTtlMs: 14 * 24 * 3600 * 1000,
} as const;

export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Count one event for `key`; false when it goes over the limit. */
  hit(key: string): boolean {
    const t = this.now();
    let w = this.windows.get(key);
    if (!w || t - w.start >= this.windowMs) {
      if (this.windows.size > 10_000) this.sweep(t);
      w = { start: t, count: 0 };
      this.windows.set(key, w);
    }
    w.count++;
    return w.count <= this.limit;
  }

  /** Whether `key` is over the limit now, without counting. */
  blocked(key: string): boolean {
    const w = this.windows.get(key);
    return !!w && this.now() - w.start < this.windowMs && w.count >= this.limit;
  }

  count(key: string): number {
    const w = this.windows.get(key);
    return w && this.now() - w.start < this.windowMs ? w.count : 0;
  }

  private sweep(t: number): void {
    for (const [k, w] of this.windows) if (t - w.start >= this.windowMs) this.windows.delete(k);
  }
}
