import type { Clock } from "../clock";
import { setRecent } from "./recentKeys";

// A token bucket per key: up to `capacity` at once, then one more every `refillMs`. A rate, not a lock: whoever
// waits the few seconds the answer names may try again.

export interface BucketPolicy {
  capacity: number;
  /** One token comes back every this many milliseconds. */
  refillMs: number;
}

interface Entry {
  tokens: number;
  at: number;
}

export function createTokenBuckets(policy: BucketPolicy, clock: Clock, maxKeys: number) {
  const entries = new Map<string, Entry>();

  /** Tokens the key has now; a bucket that has filled up again is forgotten. */
  function level(key: string): number {
    const entry = entries.get(key);
    if (!entry) return policy.capacity;
    const tokens = Math.min(policy.capacity, entry.tokens + (clock.now() - entry.at) / policy.refillMs);
    if (tokens >= policy.capacity) entries.delete(key);
    return tokens;
  }

  const set = (key: string, tokens: number) => setRecent(entries, key, { tokens: Math.min(policy.capacity, tokens), at: clock.now() }, maxKeys);

  return {
    /** Milliseconds until the key has a token; 0 when it has one now. */
    waitFor(key: string): number {
      const tokens = level(key);
      return tokens >= 1 ? 0 : Math.ceil((1 - tokens) * policy.refillMs);
    },
    take(key: string): void {
      set(key, level(key) - 1);
    },
    /** Gives back a token taken for an attempt that turned out to be no guess (a successful sign-in). */
    refund(key: string): void {
      set(key, level(key) + 1);
    },
  };
}

export type TokenBuckets = ReturnType<typeof createTokenBuckets>;
