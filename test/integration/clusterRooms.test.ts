import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createTestDatabase } from "../helpers/postgres";
import { startRedis, type RedisServer } from "../helpers/redis";
import { startTestServer, type TestServer } from "../helpers/server";
import { openFixture, type Fixture } from "../helpers/fixture";
import { connectProvider, eventually, type ProviderClient } from "../helpers/collab";
import { converged, duplicated, startTyping, storedLines, type Typist } from "../helpers/typing";

// What each instance does with its own copy of a document, next to the others: compaction, automatic versions,
// loading and unloading. Two instances in this process (their settings shortened), one PostgreSQL, one Redis.

const FUNDING = "Sustainable funding";
const AUTO_VERSION_MS = 400;

describe("rooms on two instances", { timeout: 60_000 }, () => {
  let redis: RedisServer;
  const servers: TestServer[] = [];
  let fx: Fixture;
  let databaseUrl: string;

  beforeAll(async () => {
    databaseUrl = await createTestDatabase(inject("postgresUrl"));
    redis = await startRedis();
    const collab = { flushWindowMs: 5, compactAfter: 25, idleUnloadMs: 300, autoVersionMs: AUTO_VERSION_MS };
    servers.push(await startTestServer({ databaseUrl, redisUrl: redis.url, collab }));
    servers.push(await startTestServer({ databaseUrl, redisUrl: redis.url, collab, seed: "none" }));
    fx = await openFixture(servers[0]!);
  }, 60_000);

  afterAll(async () => {
    for (const server of servers) await server.close();
    await redis?.close();
  });

  it("folds the log while both store rounds, losing no one's round; makes one automatic version per interval, not one per instance; unloads on each when idle", async () => {
    const funding = fx.section(FUNDING);
    const documentId = fx.documentId;
    const started = Date.now();
    const typists: Typist[] = [
      startTyping(servers[0]!.url, await fx.cookie("wg1.member"), documentId, funding, "a", 20),
      startTyping(servers[1]!.url, await fx.cookie("wg1.second"), documentId, funding, "b", 20),
    ];
    try {
      await eventually(() => typists.every((t) => t.typed.length >= 60), "typing on both", 20_000);
    } finally {
      for (const typist of typists) typist.stop();
    }
    const typedFor = Date.now() - started;
    const everyLine = typists.flatMap((t) => t.typed);
    const lines = await converged(typists.map((t) => t.client), funding, everyLine);
    expect(duplicated(lines)).toEqual([]);
    await eventually(async () => {
      const stored = new Set(await storedLines(databaseUrl, documentId, funding));
      return everyLine.every((line) => stored.has(line));
    }, "every line stored");

    // The log was folded (far fewer rows than the rounds stored), and what it holds is the whole text.
    const head = await servers[0]!.store.documents.logHead(documentId);
    const rows = (await servers[0]!.store.documents.updates(documentId)).length;
    expect(head).toBeGreaterThan(60);
    expect(rows).toBeLessThan(head / 2);

    // One automatic version per interval for the document, whichever instance saw the interval pass first.
    const autos = (await servers[0]!.store.versions.list(documentId)).filter((v) => v.kind === "auto").map((v) => v.created_at).sort((x, y) => x - y);
    expect(autos.length).toBeGreaterThan(1);
    expect(autos.length).toBeLessThanOrEqual(Math.floor(typedFor / AUTO_VERSION_MS) + 2);
    for (let i = 1; i < autos.length; i++) expect(autos[i]! - autos[i - 1]!).toBeGreaterThanOrEqual(AUTO_VERSION_MS);

    // Nobody left: each instance unloads the document and stops hearing it.
    for (const typist of typists) typist.client.destroy();
    await eventually(() => servers.every((server) => server.deps.rooms.loaded(documentId) === undefined), "unloaded on both", 10_000);
    expect(await redis.command(["PUBSUB", "NUMSUB", `penholder:doc:${documentId}`])).toBe("*2");
  });

  it("loads the document on whichever instance is asked, up to date with what the other stored", async () => {
    const funding = fx.section(FUNDING);
    const writer: ProviderClient = connectProvider(servers[0]!.url, await fx.cookie("wg1.member"), fx.documentId);
    await writer.synced;
    const typist = startTyping(servers[0]!.url, await fx.cookie("wg1.second"), fx.documentId, funding, "late", 20);
    await eventually(() => typist.typed.length >= 10, "typing on the first");
    typist.stop();
    const reader = connectProvider(servers[1]!.url, await fx.cookie("observer"), fx.documentId);
    try {
      await converged([typist.client, reader, writer], funding, typist.typed);
    } finally {
      for (const client of [writer, reader, typist.client]) client.destroy();
    }
  });
});
