import { afterAll, describe, expect, inject, it } from "vitest";
import { createClient } from "@redis/client";
import { createRedisBus } from "../../server/cluster/redisBus";
import type { ClusterBus } from "../../server/cluster/bus";
import { createLogger } from "../../server/log";
import { createSharedSignInLimits } from "../../server/auth/sharedSignInLimits";
import { DEFAULT_SIGN_IN_POLICY } from "../../server/auth/signInLimits";
import { createSharedOneAtATime } from "../../server/jobs/sharedOneAtATime";
import { createSharedConnectionSlots } from "../../server/collab/sharedConnectionSlots";
import { DEFAULT_LIMITS, type CollabLimits } from "../../server/collab/limits";
import { startServer, type RunningServer } from "../../server/server";
import { demoEmail } from "../../server/seed/demo";
import { connectRaw, eventually } from "../helpers/collab";
import { manualClock, type TestServer } from "../helpers/server";
import { createClient as createHttpClient } from "../helpers/http";
import { openFixture } from "../helpers/fixture";
import { createTestDatabase } from "../helpers/postgres";
import { deferred, sharedRedisSuite } from "../helpers/redisSuite";
import { startRedis } from "../helpers/redis";

// The limits several instances share through Redis, seen from outside: what happens while Redis is away, and two
// real servers on one PostgreSQL and one Redis refusing what one of them alone would have allowed.

const log = createLogger({ silent: !process.env.PENHOLDER_TEST_LOG });
const redis = sharedRedisSuite(log);

describe("when Redis is away", () => {
  it("falls back to this instance's own limits, never unlimited and never locking everyone out, and shares again when it is back", async () => {
    const own = await startRedis();
    let bus: ClusterBus | null = null;
    try {
      bus = await createRedisBus({ url: own.url, log });
      const clock = manualClock();
      const signIn = createSharedSignInLimits({ policy: DEFAULT_SIGN_IN_POLICY, clock, redis: bus.redis!, log });
      const jobs = createSharedOneAtATime({ redis: bus.redis!, kind: "exports", log });
      const slots = createSharedConnectionSlots({ redis: bus.redis!, limits: { maxConnectionsPerUser: 2, maxConnectionsPerSession: 2, connectsPerUserPerMinute: 100 }, log, refreshMs: 10_000 });
      for (let i = 0; i < 3; i++) expect((await signIn.attempt("v@x", "203.0.113.50")).allowed).toBe(true);

      await own.stop();
      await eventually(() => bus!.health() === "down", "the instance notices Redis is away");
      // Sign-ins: this instance's own back-off decides (its count starts afresh), so five more, then waits.
      for (let i = 0; i < 5; i++) expect((await signIn.attempt("v@x", "203.0.113.50")).allowed).toBe(true);
      expect(await signIn.attempt("v@x", "203.0.113.50")).toMatchObject({ allowed: false, limit: "pair" });
      expect((await signIn.attempt("other@x", "203.0.113.51")).allowed).toBe(true);
      // Jobs: one at a time per user on this instance.
      const finish = deferred();
      const running = jobs.run("u1", "an export", (busyWith) => new Error(`Busy with ${busyWith}`), () => finish.promise);
      await expect(jobs.run("u1", "another", (busyWith) => new Error(`Busy with ${busyWith}`), async () => undefined)).rejects.toThrow("Busy with an export");
      finish.resolve();
      await running;
      // Connections: counted on this instance.
      const first = await slots.claim("u1", "s1");
      expect("slot" in first).toBe(true);
      expect("slot" in (await slots.claim("u1", "s2"))).toBe(true);
      expect(await slots.claim("u1", "s3")).toMatchObject({ refused: expect.stringContaining("You have 2 live connections") });
      if ("slot" in first) first.slot.release();
      expect("slot" in (await slots.claim("u1", "s3"))).toBe(true);
      slots.close();

      await own.restart();
      await eventually(() => bus!.health() === "ok", "the instance is back on Redis", 10_000);
      const back = await signIn.attempt("v@x", "203.0.113.60");
      expect(back.allowed).toBe(true);
      const check = createClient({ url: own.url });
      check.on("error", () => {});
      await check.connect();
      expect(await check.exists("penholder:signin:pair:v@x\n203.0.113.60")).toBe(1);
      check.destroy();
    } finally {
      await bus?.close();
      await own.close();
    }
  });
});

describe("two instances on one PostgreSQL and Redis", () => {
  const limits: CollabLimits = { ...DEFAULT_LIMITS, maxConnectionsPerUser: 3, maxConnectionsPerSession: 3 };
  const servers: RunningServer[] = [];
  afterAll(async () => {
    for (const server of servers) await server.close();
  });

  async function start(databaseUrl: string, seed: "demo" | "none"): Promise<TestServer> {
    const env = { PORT: 0, HOST: "127.0.0.1", DATABASE_URL: databaseUrl, PENHOLDER_SEED: seed, LOG_LEVEL: "silent", REDIS_URL: redis.url } as const;
    const server = await startServer({ env, log, collab: { limits } });
    servers.push(server);
    return { ...server, url: server.url.replace("127.0.0.1", "localhost"), databaseUrl };
  }

  it("refuse the sixth wrong password and the fourth connection, whichever instance each reaches", async () => {
    const databaseUrl = await createTestDatabase(inject("postgresUrl"));
    const a = await start(databaseUrl, "demo");
    const b = await start(databaseUrl, "none");
    const [onA, onB] = [createHttpClient(a.url), createHttpClient(b.url)];
    const guess = (client: typeof onA) => client.post("/api/auth/login", { email: demoEmail("wg1.member"), password: "not-the-password" });
    for (const client of [onA, onB, onA, onB, onA]) expect((await guess(client)).status).toBe(401);
    const refused = await guess(onB);
    expect(refused.status).toBe(429);
    expect(refused.body.error.message).toMatch(/Too many wrong passwords for this account from your connection/);

    const fx = await openFixture(a);
    const cookie = await fx.cookie("wg2.member");
    const opened = [
      await connectRaw(a.url, fx.documentId, { cookie }),
      await connectRaw(b.url, fx.documentId, { cookie }),
      await connectRaw(a.url, fx.documentId, { cookie }),
    ];
    await expect(connectRaw(b.url, fx.documentId, { cookie })).rejects.toThrow("upgrade refused: 429");
    // A socket closed on one instance frees its place on the other.
    opened[0]!.close();
    await eventually(async () => {
      try {
        opened.push(await connectRaw(b.url, fx.documentId, { cookie }));
        return true;
      } catch {
        return false;
      }
    }, "a connection accepted again on the other instance");
    for (const connection of opened) connection.close();
  });
});
