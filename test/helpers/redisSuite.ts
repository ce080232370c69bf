import { afterAll, beforeAll } from "vitest";
import { createClient } from "@redis/client";
import { createRedisBus } from "../../server/cluster/redisBus";
import type { ClusterBus, SharedCommands } from "../../server/cluster/bus";
import type { Logger } from "../../server/log";
import { startRedis, type RedisServer } from "./redis";

// One redis-server (test/helpers/redis.ts) per test file, and the connections tests of what instances share make to it.

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
  let redis: RedisServer | null = null;
  let inspector: ReturnType<typeof createClient> | null = null;
  const buses: ClusterBus[] = [];
  beforeAll(async () => {
    redis = await startRedis();
    inspector = createClient({ url: redis.url });
    inspector.on("error", () => {});
    await inspector.connect();
  });
  afterAll(async () => {
    await Promise.all(buses.map((bus) => bus.close()));
    inspector?.destroy();
    await redis?.close();
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
