import { afterAll, beforeAll } from "vitest";
import type { Kysely } from "kysely";
import { testDatabaseUrl, type Backend } from "./server";
import { connect, type Dialect } from "../../server/store/dialect";

/**
 * The setup of a suite that runs migrations over data from before them: a fresh database of `backend`, reached
 * without the Store (so a test migrates it step by step and writes rows the way an older release did), closed
 * and removed after the suite. The Store can open the same `url` once it is migrated.
 */
export function migrationSuite(backend: Backend) {
  let url: string | null = null;
  let cleanup: (() => void) | undefined;
  let db: Kysely<unknown> | null = null;

  beforeAll(async () => {
    ({ url, cleanup } = await testDatabaseUrl(backend));
    db = connect(url).db as unknown as Kysely<unknown>;
  });
  afterAll(async () => {
    await db?.destroy();
    cleanup?.();
  });

  const ready = <T>(value: T | null): T => {
    if (value === null) throw new Error("the database is not ready: use it inside a test");
    return value;
  };
  return {
    dialect: (backend === "postgres" ? "postgres" : "sqlite") as Dialect,
    url: () => ready(url),
    db: () => ready(db),
  };
}
