import { randomUUID } from "node:crypto";
import type { Logger } from "../log";
import type { SharedCommands } from "../cluster/bus";
import { createLocalConnectionSlots, crowdedMessage, tooFastMessage, type ConnectionSlot, type ConnectionSlots, type SlotClaim, type SlotLimits } from "./connectionSlots";

// connectionSlots.ts across instances: a person's connections on every instance count together. Each held slot is
// a member of two sorted sets in Redis (the person's and the session's) scored by when it expires; the instance
// holding it pushes that time on every `refreshMs`, and gives it back when the socket closes. An instance that
// dies stops pushing: its slots lapse within `3 × refreshMs`. The opens of the last minute are a third sorted set,
// scored by when they happened. Times are Redis's own clock, the one clock every instance sees.
//
// When Redis does not answer, this instance counts alone meanwhile: a person may then hold the limit once per
// instance, and nobody is refused because Redis is away.

const NOW = `local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)`;

/**
 * KEYS: the person's slots, the session's slots, the person's recent opens. ARGV: slot id, ttlMs, max per user,
 * max per session, opens per minute. Returns {0, held} when claimed, {1, held} when too many are held, {2, held}
 * when too many were opened in the last minute.
 */
const CLAIM = `${NOW}
local ttl = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
local perUser = redis.call('ZCARD', KEYS[1])
if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[4]) or perUser >= tonumber(ARGV[3]) then return {1, perUser} end
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now - 60000)
if redis.call('ZCARD', KEYS[3]) >= tonumber(ARGV[5]) then return {2, perUser} end
redis.call('ZADD', KEYS[3], now, ARGV[1])
redis.call('PEXPIRE', KEYS[3], 60000)
for i = 1, 2 do
  redis.call('ZADD', KEYS[i], now + ttl, ARGV[1])
  redis.call('PEXPIRE', KEYS[i], ttl)
end
return {0, perUser}
`;

/** KEYS: the person's slots, the session's slots. ARGV: slot id, ttlMs. Also puts back a slot Redis lost. */
const REFRESH = `${NOW}
local ttl = tonumber(ARGV[2])
for i = 1, 2 do
  redis.call('ZADD', KEYS[i], now + ttl, ARGV[1])
  redis.call('PEXPIRE', KEYS[i], ttl)
end
return 1
`;

/** KEYS: the person's slots, the session's slots. ARGV: slot id. */
const RELEASE = "redis.call('ZREM', KEYS[1], ARGV[1]) redis.call('ZREM', KEYS[2], ARGV[1]) return 1";

export interface SharedConnectionSlotsOptions {
  redis: SharedCommands;
  limits: SlotLimits;
  log: Logger;
  /** How often held slots are renewed; they lapse after three missed renewals. */
  refreshMs: number;
}

export function createSharedConnectionSlots({ redis, limits, log, refreshMs }: SharedConnectionSlotsOptions): ConnectionSlots & { readonly ttlMs: number } {
  const local = createLocalConnectionSlots(limits);
  const ttlMs = 3 * refreshMs;
  /** The slots this instance holds in Redis, by id: their keys. */
  const held = new Map<string, string[]>();
  let onLocal = false;

  const refresh = setInterval(() => {
    for (const [id, keys] of held) {
      redis.evaluate(REFRESH, keys, [id, ttlMs]).catch((error: Error) => log.error("connection_slot_refresh_failed", { error: error.message }));
    }
  }, refreshMs);
  refresh.unref();

  return {
    ttlMs,
    async claim(userId, sessionId): Promise<SlotClaim> {
      const id = randomUUID();
      const keys = [`conns:user:${userId}`, `conns:session:${sessionId}`, `conns:opened:${userId}`];
      let verdict: number[];
      try {
        verdict = (await redis.evaluate(CLAIM, keys, [id, ttlMs, limits.maxConnectionsPerUser, limits.maxConnectionsPerSession, limits.connectsPerUserPerMinute])) as number[];
      } catch (error) {
        if (!onLocal) log.error("connection_slots_local", { error: (error as Error).message });
        onLocal = true;
        return local.claim(userId, sessionId);
      }
      if (onLocal) log.info("connection_slots_shared", {});
      onLocal = false;
      const [outcome, perUser = 0] = verdict;
      if (outcome === 1) return { refused: crowdedMessage(perUser, limits) };
      if (outcome === 2) return { refused: tooFastMessage(limits) };
      const slotKeys = keys.slice(0, 2);
      held.set(id, slotKeys);
      const slot: ConnectionSlot = {
        release() {
          if (!held.delete(id)) return;
          // If Redis is away now, the slot lapses by itself.
          redis.evaluate(RELEASE, slotKeys, [id]).catch((error: Error) => log.error("connection_slot_release_failed", { error: error.message }));
        },
      };
      return { slot };
    },
    close() {
      clearInterval(refresh);
    },
  };
}
