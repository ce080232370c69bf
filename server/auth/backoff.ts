import type { Clock } from "../clock";
import { setRecent } from "./recentKeys";

// Exponential back-off per key: a few attempts free, then each one more waits twice as long as the last, up to a
// ceiling. It slows guessing to a trickle without ever shutting the door for long.

export interface BackoffPolicy {
  /** Attempts allowed before any wait. */
  freeAttempts: number;
  /** The wait after the first attempt past them; it doubles with each further one. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** A key with no attempt for this long starts again from nothing. */
  forgetAfterMs: number;
}

interface Entry {
  attempts: number;
  lastAt: number;
}

export function createBackoff(policy: BackoffPolicy, clock: Clock, maxKeys: number) {
  const entries = new Map<string, Entry>();

  function current(key: string): Entry | undefined {
    const entry = entries.get(key);
    if (entry && clock.now() - entry.lastAt >= policy.forgetAfterMs) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  }

  return {
    /** Milliseconds until the key may try again; 0 when it may try now. */
    waitFor(key: string): number {
      const entry = current(key);
      if (!entry || entry.attempts < policy.freeAttempts) return 0;
      const delay = Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** (entry.attempts - policy.freeAttempts));
      return Math.max(0, entry.lastAt + delay - clock.now());
    },
    count(key: string): void {
      setRecent(entries, key, { attempts: (current(key)?.attempts ?? 0) + 1, lastAt: clock.now() }, maxKeys);
    },
    reset(key: string): void {
      entries.delete(key);
    },
  };
}

export type Backoff = ReturnType<typeof createBackoff>;
