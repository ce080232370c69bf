import SQLite from "better-sqlite3";
import type { TestServer } from "./server";

/**
 * Another connection holding SQLite's write lock: the server's flushes wait for it (busy_timeout), then fail and
 * are retried, for real. `release` lets them through.
 */
export function lockDatabase(server: TestServer): { release(): void } {
  const blocker = new SQLite(server.databaseUrl.slice("sqlite:".length));
  blocker.exec("BEGIN IMMEDIATE");
  return {
    release() {
      blocker.exec("ROLLBACK");
      blocker.close();
    },
  };
}
