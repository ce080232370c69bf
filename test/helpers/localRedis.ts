import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { afterAll, beforeAll } from "vitest";
import { createClient } from "@redis/client";
import { createRedisBus } from "../../server/cluster/redisBus";
import type { ClusterBus, SharedCommands } from "../../server/cluster/bus";
import type { Logger } from "../../server/log";

// A throwaway redis-server (Debian's /usr/bin/redis-server) for the tests of what instances share through Redis.

export interface LocalRedis {
  url: string;
  stop(): Promise<void>;
  /** Starts it again on the same port, empty (as after a restart without persistence). */
  start(): Promise<void>;
}

/** Debian's redis-server on a free loopback port, without persistence. */
export async function startLocalRedis(): Promise<LocalRedis> {
  const port = await new Promise<number>((resolve, reject) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.once("error", reject);
  });
  let child: ChildProcess | null = null;
  const start = () =>
    new Promise<void>((resolve, reject) => {
      const started = spawn("/usr/bin/redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: ["ignore", "pipe", "pipe"] });
      child = started;
      let output = "";
      started.stdout!.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes("Ready to accept connections")) resolve();
      });
      started.once("exit", (code) => reject(new Error(`redis-server exited (${code}):\n${output}`)));
    });
  const stop = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise((resolve) => running.once("exit", resolve));
    running.kill("SIGKILL");
    await exited;
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, start, stop };
}

export interface SharedRedisSuite {
  readonly url: string;
  /** What one more instance would have: its own connection to the suite's Redis. */
  instance(): Promise<SharedCommands>;
  /** A bus on its own connection, closed by the test (an instance that dies). */
  bus(): Promise<ClusterBus>;
  /** Every key matching a pattern (after "penholder:"), with its remaining time to live in ms (-1: none). */
  keysWithTtl(pattern: string): Promise<Array<[string, number]>>;
  exists(key: string): Promise<boolean>;
  pTtl(key: string): Promise<number>;
}

/** One Redis for a test file, started before its tests and stopped after, with the connections made to it. */
export function sharedRedisSuite(log: Logger): SharedRedisSuite {
  let redis: LocalRedis | null = null;
  let inspector: ReturnType<typeof createClient> | null = null;
  const buses: ClusterBus[] = [];
  beforeAll(async () => {
    redis = await startLocalRedis();
    inspector = createClient({ url: redis.url });
    inspector.on("error", () => {});
    await inspector.connect();
  });
  afterAll(async () => {
    await Promise.all(buses.map((bus) => bus.close()));
    inspector?.destroy();
    await redis?.stop();
  });
  const bus = () => createRedisBus({ url: redis!.url, log });
  return {
    get url() {
      return redis!.url;
    },
    async instance() {
      const created = await bus();
      buses.push(created);
      return created.redis!;
    },
    bus,
    async keysWithTtl(pattern) {
      const keys = await inspector!.keys(`penholder:${pattern}`);
      return Promise.all(keys.map(async (key) => [key, await inspector!.pTTL(key)] as [string, number]));
    },
    exists: async (key) => (await inspector!.exists(key)) === 1,
    pTtl: (key) => inspector!.pTTL(key),
  };
}

/** A promise and the function that resolves it. */
export function deferred(): { promise: Promise<void>; resolve(): void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
