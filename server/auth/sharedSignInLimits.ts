import type { Clock } from "../clock";
import type { Logger } from "../log";
import type { SharedCommands } from "../cluster/bus";
import { createSignInLimits, networkOf, type SignInAttempt, type SignInLimit, type SignInLimits, type SignInPolicy } from "./signInLimits";

// The sign-in limits of signInLimits.ts, shared by every instance through Redis: a guesser who spreads attempts
// over the instances behind a load balancer gets no more tries than against one. Each attempt is one Lua script,
// so checking and counting are one step that no parallel request can slip between, on any instance.
//
// Times come from the injected clock (instances' clocks agree to well under the waits involved); Redis expiries
// only clear away what the policy has already forgotten: a pair an hour after its last attempt, a bucket once it
// has filled up again, a known network after 30 days. Nothing is kept without an expiry.
//
// When Redis does not answer, this instance's own counters decide meanwhile (docs/SECURITY.md): a guesser gets at
// most one instance's allowance per instance during an outage, and nobody is locked out by it.

const LIMITS: SignInLimit[] = ["pair", "account", "network"];

/** Tokens a bucket has at `now` (a missing bucket is full), as tokenBuckets.ts counts them. */
const LEVEL = `
local function level(key, capacity, refill, now)
  local entry = redis.call('HMGET', key, 'tokens', 'at')
  local tokens, at = tonumber(entry[1]), tonumber(entry[2])
  if tokens == nil then return capacity end
  return math.min(capacity, tokens + math.max(0, now - at) / refill)
end
local function store(key, tokens, capacity, refill, now)
  redis.call('HSET', key, 'tokens', tostring(math.min(capacity, tokens)), 'at', tostring(now))
  redis.call('PEXPIRE', key, math.ceil(capacity * refill))
end
`;

/**
 * KEYS: pair, account, network, known. ARGV: now, freeAttempts, firstDelayMs, maxDelayMs, forgetAfterMs,
 * account capacity, account refillMs, network capacity, network refillMs, knownForMs.
 * Returns {1, fromKnown} when allowed (and counted), {0, limit (1 pair, 2 account, 3 network), waitMs} when not.
 */
const ATTEMPT = `${LEVEL}
local now = tonumber(ARGV[1])
local free, firstDelay, maxDelay, forget = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
local accountCapacity, accountRefill = tonumber(ARGV[6]), tonumber(ARGV[7])
local networkCapacity, networkRefill = tonumber(ARGV[8]), tonumber(ARGV[9])
local knownAt = tonumber(redis.call('GET', KEYS[4]))
local fromKnown = knownAt ~= nil and now - knownAt < tonumber(ARGV[10])

local pair = redis.call('HMGET', KEYS[1], 'attempts', 'at')
local attempts, lastAt = tonumber(pair[1]) or 0, tonumber(pair[2]) or 0
if attempts > 0 and now - lastAt >= forget then attempts = 0 end
local waits = {0, 0, 0}
if attempts >= free then
  local delay = math.min(maxDelay, firstDelay * 2 ^ (attempts - free))
  waits[1] = math.max(0, lastAt + delay - now)
end
local accountTokens, networkTokens
if not fromKnown then
  accountTokens = level(KEYS[2], accountCapacity, accountRefill, now)
  networkTokens = level(KEYS[3], networkCapacity, networkRefill, now)
  if accountTokens < 1 then waits[2] = math.ceil((1 - accountTokens) * accountRefill) end
  if networkTokens < 1 then waits[3] = math.ceil((1 - networkTokens) * networkRefill) end
end
local limit, wait = 1, waits[1]
for i = 2, 3 do
  if waits[i] > wait then limit, wait = i, waits[i] end
end
if wait > 0 then return {0, limit, wait} end

redis.call('HSET', KEYS[1], 'attempts', attempts + 1, 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], forget)
if fromKnown then return {1, 1} end
store(KEYS[2], accountTokens - 1, accountCapacity, accountRefill, now)
store(KEYS[3], networkTokens - 1, networkCapacity, networkRefill, now)
return {1, 0}
`;

/**
 * The password was right. KEYS: pair, account, network, known. ARGV: now, fromKnown (1 or 0), account capacity,
 * account refillMs, network capacity, network refillMs, knownForMs.
 */
const SUCCEEDED = `${LEVEL}
local now = tonumber(ARGV[1])
redis.call('DEL', KEYS[1])
if ARGV[2] == '0' then
  local accountCapacity, accountRefill = tonumber(ARGV[3]), tonumber(ARGV[4])
  local networkCapacity, networkRefill = tonumber(ARGV[5]), tonumber(ARGV[6])
  store(KEYS[2], level(KEYS[2], accountCapacity, accountRefill, now) + 1, accountCapacity, accountRefill, now)
  store(KEYS[3], level(KEYS[3], networkCapacity, networkRefill, now) + 1, networkCapacity, networkRefill, now)
end
redis.call('SET', KEYS[4], ARGV[1], 'PX', ARGV[7])
return 1
`;

export interface SharedSignInLimitsOptions {
  policy: SignInPolicy;
  clock: Clock;
  redis: SharedCommands;
  log: Logger;
}

export function createSharedSignInLimits({ policy, clock, redis, log }: SharedSignInLimitsOptions): SignInLimits {
  const local = createSignInLimits(policy, clock);
  let onLocal = false;

  function fallBack(error: unknown): void {
    if (onLocal) return;
    onLocal = true;
    log.error("sign_in_limits_local", { error: error instanceof Error ? error.message : String(error) });
  }

  return {
    async attempt(account: string, address: string): Promise<SignInAttempt> {
      const network = networkOf(address);
      const keys = [`signin:pair:${account}\n${network}`, `signin:account:${account}`, `signin:network:${network}`, `signin:known:${account}\n${network}`];
      const { pair, account: accountBucket, network: networkBucket } = policy;
      let verdict: number[];
      try {
        verdict = (await redis.evaluate(ATTEMPT, keys, [
          clock.now(),
          pair.freeAttempts,
          pair.firstDelayMs,
          pair.maxDelayMs,
          pair.forgetAfterMs,
          accountBucket.capacity,
          accountBucket.refillMs,
          networkBucket.capacity,
          networkBucket.refillMs,
          policy.knownForMs,
        ])) as number[];
      } catch (error) {
        fallBack(error);
        return local.attempt(account, address);
      }
      if (onLocal) {
        onLocal = false;
        log.info("sign_in_limits_shared", {});
      }
      const [allowed = 0, second = 0, wait = 0] = verdict;
      if (allowed !== 1) return { allowed: false, limit: LIMITS[second - 1] ?? "pair", retryAfterMs: wait };
      return {
        allowed: true,
        async succeeded() {
          const args = [clock.now(), second, accountBucket.capacity, accountBucket.refillMs, networkBucket.capacity, networkBucket.refillMs, policy.knownForMs];
          // A success that cannot be recorded costs the owner nothing now: the attempt was allowed.
          await redis.evaluate(SUCCEEDED, keys, args).catch((error: unknown) => fallBack(error));
        },
      };
    },
  };
}
