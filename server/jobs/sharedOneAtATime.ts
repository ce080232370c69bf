import { randomUUID } from "node:crypto";
import type { Logger } from "../log";
import type { SharedCommands } from "../cluster/bus";
import { createOneAtATime, type OneAtATime } from "./oneAtATime";

// oneAtATime.ts across instances: the user's one place is a Redis key per user and kind, taken with SET NX. Its
// value says what holds it (for the refusal) and which run holds it (so only that run gives it back). The key
// expires unless its holder renews it, so a job whose instance died frees the place within `lockMs`, while a job
// that runs longer than that (exports may wait in a queue, then render for two minutes) keeps it.
//
// When Redis does not answer, this instance's own places decide meanwhile: a user may then have one job in
// flight per instance, never an unbounded number, and nobody is refused because Redis is away.

export interface SharedOneAtATimeOptions {
  redis: SharedCommands;
  /** Names the kind of job in the key ("exports", "imports"). */
  kind: string;
  log: Logger;
  /** How long a place outlives its last renewal (renewed every third of it). */
  lockMs?: number;
}

interface Holder {
  run: string;
  what: string;
}

const DEFAULT_LOCK_MS = 30_000;

export function createSharedOneAtATime({ redis, kind, log, lockMs = DEFAULT_LOCK_MS }: SharedOneAtATimeOptions): OneAtATime {
  const local = createOneAtATime();
  const keyOf = (userId: string) => `busy:${kind}:${userId}`;

  /** Takes the place, or says what holds it; null when Redis did not answer. */
  async function take(key: string, holder: string): Promise<{ taken: true } | { taken: false; busyWith: string } | null> {
    try {
      // The holder may finish between our SET and GET: then try again, a few times at most.
      for (let tries = 0; tries < 3; tries++) {
        if (await redis.setIfAbsent(key, holder, lockMs)) return { taken: true };
        const current = await redis.get(key);
        if (current !== null) return { taken: false, busyWith: (JSON.parse(current) as Holder).what };
      }
      return { taken: false, busyWith: "another job" };
    } catch (error) {
      log.error("per_user_lock_local", { kind, error: (error as Error).message });
      return null;
    }
  }

  return {
    async run(userId, what, refuse, work) {
      const key = keyOf(userId);
      const holder = JSON.stringify({ run: randomUUID(), what } satisfies Holder);
      const place = await take(key, holder);
      if (!place) return local.run(userId, what, refuse, work);
      if (!place.taken) throw refuse(place.busyWith);
      const renewal = setInterval(() => {
        redis.expireIfEquals(key, holder, lockMs).catch((error: Error) => log.error("per_user_lock_renew_failed", { kind, error: error.message }));
      }, lockMs / 3);
      renewal.unref();
      try {
        return await local.run(userId, what, refuse, work);
      } finally {
        clearInterval(renewal);
        // If Redis is away now, the place frees itself when it expires.
        await redis.deleteIfEquals(key, holder).catch((error: Error) => log.error("per_user_lock_release_failed", { kind, error: error.message }));
      }
    },
  };
}
