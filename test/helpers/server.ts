import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { inject } from "vitest";
import { startServer, type CollabSettings, type RunningServer } from "../../server/server";
import { createLogger } from "../../server/log";
import type { Clock } from "../../server/clock";
import { createTestDatabase } from "./postgres";

export type Backend = "sqlite" | "postgres";
export const BACKENDS: Backend[] = ["sqlite", "postgres"];

/** A database of the given kind for one test: a temp SQLite file or a fresh PostgreSQL database. */
export async function testDatabaseUrl(backend: Backend): Promise<{ url: string; cleanup(): void }> {
  if (backend === "postgres") return { url: await createTestDatabase(inject("postgresUrl")), cleanup: () => {} };
  const dir = mkdtempSync(join(tmpdir(), "penholder-test-"));
  return { url: `sqlite:${join(dir, "penholder.db")}`, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface TestServer extends RunningServer {
  databaseUrl: string;
}

export interface TestServerOptions {
  backend?: Backend;
  seed?: "demo" | "none";
  clock?: Clock;
  withClient?: boolean;
  databaseUrl?: string;
  /** Several instances: the Redis they share (needs a PostgreSQL databaseUrl). */
  redisUrl?: string;
  /** ACCESSIBILITY_CONTACT. */
  accessibilityContact?: string;
  collab?: Partial<CollabSettings>;
}

/** The real server on a free loopback port, with demo data unless told otherwise. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const database = options.databaseUrl
    ? { url: options.databaseUrl, cleanup: () => {} }
    : await testDatabaseUrl(options.backend ?? "sqlite");
  const server = await startServer({
    env: {
      PORT: 0,
      HOST: "127.0.0.1",
      DATABASE_URL: database.url,
      PENHOLDER_SEED: options.seed ?? "demo",
      LOG_LEVEL: "silent",
      REDIS_URL: options.redisUrl,
      ACCESSIBILITY_CONTACT: options.accessibilityContact,
    },
    log: createLogger({ silent: !process.env.PENHOLDER_TEST_LOG }),
    clock: options.clock,
    clientDir: options.withClient ? resolve("dist/client") : undefined,
    collab: options.collab,
  });
  return {
    ...server,
    // Browsers treat localhost specially (secure context, cookie rules); tests use the same name users do.
    url: server.url.replace("127.0.0.1", "localhost"),
    databaseUrl: database.url,
    async close() {
      await server.close();
      database.cleanup();
    },
  };
}

/** A clock the test moves by hand. */
export function manualClock(start = Date.UTC(2026, 10, 25, 9, 0, 0)): Clock & { advance(ms: number): void } {
  let now = start;
  return { now: () => now, advance: (ms) => void (now += ms) };
}
