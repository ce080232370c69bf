import { afterEach, describe, expect, inject, it } from "vitest";
import { createTestDatabase } from "../helpers/postgres";
import { startRedis, type RedisServer } from "../helpers/redis";
import { startBalancer, startInstances, type Balancer, type Instance } from "../helpers/cluster";
import { openFixture } from "../helpers/fixture";
import { connectProvider, eventually, type ProviderClient } from "../helpers/collab";
import { converged, duplicated, startTyping, storedLines, linesOf, type Typist } from "../helpers/typing";
import type { TestServer } from "../helpers/server";

// Losing an instance, losing Redis, and an instance that fell behind: real processes, real PostgreSQL, real Redis.

const FUNDING = "Sustainable funding";

describe("several instances when something fails", { timeout: 90_000 }, () => {
  let redis: RedisServer | null = null;
  let instances: Instance[] = [];
  let balancer: Balancer | null = null;
  let typists: Typist[] = [];
  let readers: ProviderClient[] = [];

  afterEach(async () => {
    for (const typist of typists) {
      typist.stop();
      typist.client.destroy();
    }
    typists = [];
    for (const client of readers) client.destroy();
    readers = [];
    await balancer?.close();
    await Promise.all(instances.map((instance) => instance.stop("SIGTERM")));
    await redis?.close();
    balancer = null;
    redis = null;
    instances = [];
  });

  async function cluster(count: number) {
    const databaseUrl = await createTestDatabase(inject("postgresUrl"));
    redis = await startRedis();
    // Their logs, to see what they did (kept in memory by the test only).
    instances = await startInstances(count, { databaseUrl, redisUrl: redis.url, env: { LOG_LEVEL: "info" } });
    const fx = await openFixture({ url: instances[0]!.url } as TestServer);
    return { databaseUrl, fx, funding: fx.section(FUNDING) };
  }

  it("SIGKILL of an instance while its clients type: they reconnect to another, and everything any client had received is in PostgreSQL", async () => {
    const { databaseUrl, fx, funding } = await cluster(2);
    balancer = await startBalancer(instances.map((instance) => instance.url));
    const people = ["wg1.member", "wg1.second", "wg1.member", "wg1.second"];
    for (const [index, person] of people.entries()) {
      typists.push(startTyping(balancer.url, await fx.cookie(person), fx.documentId, funding, `t${index + 1}`, 30));
    }
    // Round-robin without stickiness: both instances have typists.
    await eventually(() => typists.every((t) => t.typed.length >= 10), "everyone typing");
    await eventually(async () => (await Promise.all(instances.map((i) => i.health()))).every((h) => h.connections > 0), "clients on both instances");

    await instances[0]!.kill();
    // What each client held at the moment the instance died, and what PostgreSQL held then: every line one
    // client had received from another is stored (lines a client typed itself may still be on their way).
    const held = typists.map((t) => ({ own: new Set(t.typed), lines: linesOf(t.client.doc, funding) }));
    for (const typist of typists) typist.client.provider.disconnect();
    const stored = new Set(await storedLines(databaseUrl, fx.documentId, funding));
    for (const { own, lines } of held) {
      const received = lines.filter((line) => /^t\d+-\d+$/.test(line) && !own.has(line));
      expect(received.filter((line) => !stored.has(line))).toEqual([]);
    }

    // They reconnect (through the balancer, to the instance left) and go on typing; nothing is lost.
    for (const typist of typists) typist.client.provider.connect();
    const typedBefore = typists.map((t) => t.typed.length);
    await eventually(() => typists.every((t, i) => t.typed.length >= typedBefore[i]! + 5), "typing again after the kill", 20_000);
    for (const typist of typists) typist.stop();
    const everyLine = typists.flatMap((t) => t.typed);
    const lines = await converged(typists.map((t) => t.client), funding, everyLine);
    expect(duplicated(lines)).toEqual([]);
    await eventually(async () => {
      const now = new Set(await storedLines(databaseUrl, fx.documentId, funding));
      return everyLine.every((line) => now.has(line));
    }, "every line stored");
  });

  it("Redis away for 10 s while people type: instances keep storing, health says degraded, and all resynchronise when it is back", async () => {
    const { databaseUrl, fx, funding } = await cluster(2);
    typists.push(startTyping(instances[0]!.url, await fx.cookie("wg1.member"), fx.documentId, funding, "a", 50));
    typists.push(startTyping(instances[1]!.url, await fx.cookie("wg1.second"), fx.documentId, funding, "b", 50));
    await eventually(() => typists.every((t) => t.typed.length >= 5), "typing");

    await redis!.stop();
    const outageStarted = Date.now();
    await eventually(async () => (await Promise.all(instances.map((i) => i.health()))).every((h) => h.status === "degraded" && h.redis === "down"), "degraded on both");
    const typedAtOutage = typists.map((t) => t.typed.length);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, 10_000 - (Date.now() - outageStarted))));
    // Nobody's typing stopped, and what was typed is stored meanwhile.
    expect(typists.every((t, i) => t.typed.length > typedAtOutage[i]! + 20)).toBe(true);

    await redis!.restart();
    const resynchronised = () => instances.every((instance) => /"event":"redis_back"/.test(instance.output()));
    await eventually(async () => (await Promise.all(instances.map((i) => i.health()))).every((h) => h.status === "ok" && h.redis === "ok"), "healthy again", 20_000);
    for (const typist of typists) typist.stop();
    const everyLine = typists.flatMap((t) => t.typed);
    const lines = await converged(typists.map((t) => t.client), funding, everyLine);
    expect(duplicated(lines)).toEqual([]);
    const stored = new Set(await storedLines(databaseUrl, fx.documentId, funding));
    expect(everyLine.filter((line) => !stored.has(line))).toEqual([]);
    expect(resynchronised()).toBe(true);
  });

  it("three instances, one behind (it missed messages): the others lose nothing and gain no duplicate, and it catches up", async () => {
    const { databaseUrl, fx, funding } = await cluster(3);
    typists.push(startTyping(instances[0]!.url, await fx.cookie("wg1.member"), fx.documentId, funding, "i1", 40));
    typists.push(startTyping(instances[1]!.url, await fx.cookie("wg1.second"), fx.documentId, funding, "i2", 40));
    // On the third instance someone reads along; their turn to type comes when it is behind.
    const reader = connectProvider(instances[2]!.url, await fx.cookie("observer"), fx.documentId);
    readers.push(reader);
    await reader.synced;
    await eventually(() => typists.every((t) => t.typed.length >= 5), "typing on two instances");

    // The third instance stands still (it holds no transaction: nobody types there), and Redis drops its
    // subscription meanwhile: what the others publish then never reaches it.
    const behind = instances[2]!;
    const { instance } = await behind.health();
    behind.pause();
    const clients = await redis!.command(["CLIENT", "LIST", "TYPE", "pubsub"]);
    const subscription = clients.split("\n").find((line) => line.includes(`name=penholder-${instance}-subscriber`));
    expect(subscription).toBeDefined();
    expect(await redis!.command(["CLIENT", "KILL", "ID", /\bid=(\d+)/.exec(subscription!)![1]!])).toBe(":1");
    const typedBeforePause = typists.map((t) => t.typed.length);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    // The others went on typing while it stood still.
    expect(typists.every((t, i) => t.typed.length >= typedBeforePause[i]! + 20)).toBe(true);
    behind.resume();
    // Someone writes through it at once, on whatever it holds then.
    typists.push(startTyping(instances[2]!.url, await fx.cookie("wg1.member"), fx.documentId, funding, "i3", 40));
    await eventually(() => typists[2]!.typed.length >= 10, "typing on the third instance");
    for (const typist of typists) typist.stop();
    const everyLine = typists.flatMap((t) => t.typed);
    const lines = await converged([...typists.map((t) => t.client), reader], funding, everyLine, 30_000);
    expect(duplicated(lines)).toEqual([]);
    expect(everyLine.filter((line) => !lines.includes(line))).toEqual([]);
    const stored = await storedLines(databaseUrl, fx.documentId, funding);
    expect(stored).toEqual(lines);
    // It did miss messages, and read what it missed from the log.
    expect(behind.output()).toMatch(/"event":"log_caught_up"/);
  });
});
