import { describe, expect, it } from "vitest";
import { createLogger } from "../log";
import { createSharedConnectionSlots } from "./sharedConnectionSlots";
import type { SlotClaim, SlotLimits } from "./connectionSlots";
import { eventually } from "../../test/helpers/collab";
import { sharedRedisSuite } from "../../test/helpers/redisSuite";

// A person's live connections counted across instances, through a real redis-server: two slot counters on two
// connections stand for two instances.

const log = createLogger({ silent: !process.env.PENHOLDER_TEST_LOG });
const redis = sharedRedisSuite(log);

describe("live connections shared in Redis", () => {
  const limits: SlotLimits = { maxConnectionsPerUser: 3, maxConnectionsPerSession: 2, connectsPerUserPerMinute: 100 };
  let people = 0;
  const person = () => `person-${++people}-${Date.now()}`;
  const held = (claim: SlotClaim) => ("slot" in claim ? claim.slot : null);

  async function twoInstances(slotLimits = limits, refreshMs = 10_000) {
    const a = createSharedConnectionSlots({ redis: await redis.instance(), limits: slotLimits, log, refreshMs });
    const b = createSharedConnectionSlots({ redis: await redis.instance(), limits: slotLimits, log, refreshMs });
    return { a, b };
  }

  it("counts a person's connections on every instance together, per person and per browser", async () => {
    const { a, b } = await twoInstances();
    const someone = person();
    expect(held(await a.claim(someone, `${someone}-s1`))).not.toBeNull();
    expect(held(await b.claim(someone, `${someone}-s2`))).not.toBeNull();
    const third = held(await a.claim(someone, `${someone}-s3`));
    expect(third).not.toBeNull();
    expect(await b.claim(someone, `${someone}-s4`)).toEqual({ refused: expect.stringContaining("You have 3 live connections open already") });
    third!.release();
    await eventually(async () => held(await b.claim(someone, `${someone}-s4`)) !== null, "a slot given back is free on the other instance");
    const other = person();
    const session = `${other}-browser`;
    expect(held(await a.claim(other, session))).not.toBeNull();
    expect(held(await b.claim(other, session))).not.toBeNull();
    expect(await a.claim(other, session)).toEqual({ refused: expect.stringContaining("Close some tabs") });
    a.close();
    b.close();
  });

  it("lets no more connections in than the limit when they open together on both instances", async () => {
    const { a, b } = await twoInstances({ ...limits, maxConnectionsPerSession: 100 });
    const someone = person();
    const claims = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).claim(someone, `${someone}-s${i}`)));
    expect(claims.filter((claim) => "slot" in claim)).toHaveLength(3);
    a.close();
    b.close();
  });

  it("counts the opens of the last minute on every instance together", async () => {
    const { a, b } = await twoInstances({ maxConnectionsPerUser: 100, maxConnectionsPerSession: 100, connectsPerUserPerMinute: 3 });
    const someone = person();
    for (const slots of [a, b, a]) held(await slots.claim(someone, `${someone}-s`))!.release();
    expect(await b.claim(someone, `${someone}-s`)).toEqual({ refused: expect.stringContaining("Too many new connections in the last minute (at most 3)") });
    const ttl = await redis.pTtl(`penholder:conns:opened:${someone}`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(60_000);
    a.close();
    b.close();
  });

  it("lets a dead instance's connections lapse while a live instance's stay counted", async () => {
    const refreshMs = 100;
    const dying = await redis.bus();
    const a = createSharedConnectionSlots({ redis: dying.redis!, limits: { ...limits, maxConnectionsPerUser: 2 }, log, refreshMs });
    const b = createSharedConnectionSlots({ redis: await redis.instance(), limits: { ...limits, maxConnectionsPerUser: 2 }, log, refreshMs });
    const someone = person();
    expect(held(await b.claim(someone, `${someone}-s1`))).not.toBeNull();
    expect(held(await a.claim(someone, `${someone}-s2`))).not.toBeNull();
    expect(await b.claim(someone, `${someone}-s3`)).toMatchObject({ refused: expect.any(String) });
    const userKey = `penholder:conns:user:${someone}`;
    const ttl = await redis.pTtl(userKey);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(a.ttlMs);
    // a dies without closing its sockets: nobody renews its slot.
    a.close();
    await dying.close();
    await eventually(async () => held(await b.claim(someone, `${someone}-s3`)) !== null, "the dead instance's slot lapsed", 5000);
    // b's first slot, older than the lapse time, is still counted: it was renewed.
    expect(await b.claim(someone, `${someone}-s4`)).toEqual({ refused: expect.stringContaining("You have 2 live connections open already") });
    b.close();
  });
});
