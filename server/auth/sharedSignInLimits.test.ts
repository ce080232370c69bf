import { describe, expect, it } from "vitest";
import { createLogger } from "../log";
import { createSharedSignInLimits } from "./sharedSignInLimits";
import { DEFAULT_SIGN_IN_POLICY, type SignInAttempt, type SignInPolicy } from "./signInLimits";
import { eventually } from "../../test/helpers/collab";
import { sharedRedisSuite } from "../../test/helpers/redisSuite";
import { manualClock } from "../../test/helpers/server";

// The sign-in limits shared through a real redis-server: two limit objects on two connections stand for two
// instances. Redis's expiries run in real time, so policies whose expiries matter here are small.

const log = createLogger({ silent: !process.env.PENHOLDER_TEST_LOG });
const redis = sharedRedisSuite(log);
const SECOND = 1000;
const waitOf = (attempt: SignInAttempt) => (attempt.allowed ? 0 : attempt.retryAfterMs);

describe("sign-in limits shared in Redis", () => {
  async function twoInstances(policy: SignInPolicy = DEFAULT_SIGN_IN_POLICY) {
    const clock = manualClock();
    const [a, b] = [await redis.instance(), await redis.instance()];
    return {
      clock,
      a: createSharedSignInLimits({ policy, clock, redis: a, log }),
      b: createSharedSignInLimits({ policy, clock, redis: b, log }),
    };
  }
  /** A fresh account name per test: the tests share one Redis. */
  let accounts = 0;
  const account = () => `person-${++accounts}-${Date.now()}@x`;

  it("refuses the guess one instance alone would have allowed: a pair's back-off counts on every instance", async () => {
    const { a, b } = await twoInstances();
    const victim = account();
    for (const limits of [a, b, a, b, a]) expect((await limits.attempt(victim, "203.0.113.7")).allowed).toBe(true);
    // b has seen two attempts only; together they are five.
    const refused = await b.attempt(victim, "203.0.113.7");
    expect(refused).toMatchObject({ allowed: false, limit: "pair", retryAfterMs: SECOND });
    expect(await a.attempt(victim, "203.0.113.7")).toMatchObject({ allowed: false, limit: "pair" });
  });

  it("gives the same waits as the in-memory limits: doubling up to five minutes, reset by a success", async () => {
    const { a, b, clock } = await twoInstances();
    const victim = account();
    for (let i = 0; i < 5; i++) await a.attempt(victim, "203.0.113.8");
    const waits: number[] = [];
    for (let i = 0; i < 11; i++) {
      const refused = await (i % 2 ? a : b).attempt(victim, "203.0.113.8");
      waits.push(waitOf(refused));
      clock.advance(waitOf(refused));
      expect((await (i % 2 ? b : a).attempt(victim, "203.0.113.8")).allowed).toBe(true);
    }
    expect(waits.map((ms) => ms / SECOND)).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300]);
    clock.advance(300 * SECOND);
    const right = await a.attempt(victim, "203.0.113.8");
    expect(right.allowed).toBe(true);
    if (right.allowed) await right.succeeded();
    for (let i = 0; i < 5; i++) expect((await b.attempt(victim, "203.0.113.8")).allowed).toBe(true);
  });

  it("shares the account's bucket for new places, the network's bucket, and the networks known for an account", async () => {
    const policy = { ...DEFAULT_SIGN_IN_POLICY, account: { capacity: 4, refillMs: 60 * SECOND }, network: { capacity: 6, refillMs: 2 * SECOND } };
    const { a, b } = await twoInstances(policy);
    const owner = account();
    const home = await a.attempt(owner, "192.0.2.10");
    expect(home.allowed).toBe(true);
    if (home.allowed) await home.succeeded();
    for (let host = 1; host <= 4; host++) expect((await (host % 2 ? a : b).attempt(owner, `198.51.100.${host}`)).allowed).toBe(true);
    expect(await a.attempt(owner, "198.51.100.9")).toMatchObject({ allowed: false, limit: "account" });
    // The owner's network was made known on a; b knows it too, so the emptied bucket does not slow them.
    expect((await b.attempt(owner, "192.0.2.10")).allowed).toBe(true);
    // One network spraying accounts: six across both instances, then refused on either.
    for (let i = 0; i < 6; i++) expect((await (i % 2 ? a : b).attempt(account(), "192.0.2.99")).allowed).toBe(true);
    expect(await a.attempt(account(), "192.0.2.99")).toMatchObject({ allowed: false, limit: "network", retryAfterMs: 2 * SECOND });
  });

  it("lets no more than the limit through when attempts arrive together on both instances", async () => {
    const policy = { ...DEFAULT_SIGN_IN_POLICY, account: { capacity: 10, refillMs: 60 * SECOND } };
    const { a, b } = await twoInstances(policy);
    const victim = account();
    const pairs = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).attempt(victim, "203.0.113.20")));
    expect(pairs.filter((attempt) => attempt.allowed)).toHaveLength(5);
    const other = account();
    const spread = await Promise.all(Array.from({ length: 60 }, (_, i) => (i % 2 ? a : b).attempt(other, `198.51.${Math.floor(i / 200)}.${i + 1}`)));
    expect(spread.filter((attempt) => attempt.allowed)).toHaveLength(10);
    expect(spread.filter((attempt) => !attempt.allowed).every((attempt) => !attempt.allowed && attempt.limit === "account")).toBe(true);
  });

  it("keeps nothing without an expiry, and lets Redis forget what the policy forgets", async () => {
    const policy: SignInPolicy = {
      pair: { freeAttempts: 5, firstDelayMs: 100, maxDelayMs: 200, forgetAfterMs: 600 },
      account: { capacity: 3, refillMs: 100 },
      network: { capacity: 3, refillMs: 150 },
      knownForMs: 900,
      maxKeys: 100,
    };
    const { a, b } = await twoInstances(policy);
    const person = `expiring-${Date.now()}@x`;
    await a.attempt(person, "203.0.113.30");
    const right = await b.attempt(person, "203.0.113.31");
    if (right.allowed) await right.succeeded();
    const keys = await redis.keysWithTtl(`signin:*expiring-*`);
    const bounds: Record<string, number> = { pair: 600, account: 300, known: 900 };
    expect(keys.map(([key]) => key.split(":")[2]).sort()).toEqual(["account", "known", "pair"]);
    for (const [key, ttl] of keys) {
      expect(ttl, key).toBeGreaterThan(0);
      expect(ttl, key).toBeLessThanOrEqual(bounds[key.split(":")[2]!]!);
    }
    const networks = await redis.keysWithTtl("signin:network:203.0.113.3*");
    expect(networks.length).toBeGreaterThan(0);
    for (const [key, ttl] of networks) expect(ttl, key).toBeGreaterThan(0);
    await eventually(async () => (await redis.keysWithTtl(`signin:*expiring-*`)).length === 0, "the keys expired", 10_000);
  });
});
