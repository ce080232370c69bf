/**
 * Vitest globalSetup: one real PostgreSQL server for the whole test run.
 *
 * Test files get their own database with:
 *   const url = await createTestDatabase(inject("postgresUrl"));
 */
import type { TestProject } from "vitest/node";
import { startPostgres } from "./postgres";

export default async function setup(project: TestProject) {
  const started = Date.now();
  const server = await startPostgres();
  if (process.env.PENHOLDER_PG_DEBUG) console.log(`[globalSetup] PostgreSQL ready at ${server.url} in ${Date.now() - started} ms`);
  project.provide("postgresUrl", server.url);
  return async () => {
    await server.stop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    /** Admin URL (database `postgres`) of the run's PostgreSQL server. */
    postgresUrl: string;
  }
}
