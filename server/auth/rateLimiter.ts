import type { Clock } from "../clock";

// Counts failures in a fixed window per key. In memory: one process is the default deployment; with several
// instances each keeps its own count, which still bounds guessing per instance (see docs/SECURITY.md).

export interface RateLimit {
  /** Failures allowed within the window before the key is blocked. */
  max: number;
  windowMs: number;
}

interface Entry {
  count: number;
  windowStart: number;
}

export function createRateLimiter(limit: RateLimit, clock: Clock) {
  const entries = new Map<string, Entry>();

  function current(key: string): Entry | undefined {
    const entry = entries.get(key);
    if (entry && clock.now() - entry.windowStart >= limit.windowMs) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  }

  return {
    /** Milliseconds until the key may try again; 0 when it may try now. */
    retryAfter(key: string): number {
      const entry = current(key);
      if (!entry || entry.count < limit.max) return 0;
      return entry.windowStart + limit.windowMs - clock.now();
    },
    fail(key: string): void {
      const entry = current(key);
      if (entry) entry.count += 1;
      else entries.set(key, { count: 1, windowStart: clock.now() });
      if (entries.size > 100_000) prune();
    },
    reset(key: string): void {
      entries.delete(key);
    },
  };

  function prune(): void {
    for (const key of entries.keys()) current(key);
  }
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
