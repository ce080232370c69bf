/**
 * Vitest globalSetup: one real PostgreSQL server for the whole test run, and at the end a check that the run
 * left no process behind.
 *
 * Test files get their own database with:
 *   const url = await createTestDatabase(inject("postgresUrl"));
 */
import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { startPostgres } from "./postgres";
import { RUN_MARKER_NAME, describeProcesses, waitForLeftovers, type RunIdentity } from "./leftoverProcesses";

/** Vitest's test workers (its fork pool's entry point): Vitest ends them itself, after this teardown. */
const isVitestWorker = (entry: { command: string }) => /node_modules\/vitest\/dist\/workers\//.test(entry.command);

export default async function setup(project: TestProject) {
  // Set before anything starts: the workers, and every process a test starts, inherit it.
  const marker = `${RUN_MARKER_NAME}=${randomBytes(8).toString("hex")}`;
  process.env[RUN_MARKER_NAME] = marker.slice(RUN_MARKER_NAME.length + 1);
  const run: RunIdentity = { runnerPid: process.pid, marker, isRunnerOwn: isVitestWorker };

  const started = Date.now();
  const server = await startPostgres();
  if (process.env.PENHOLDER_PG_DEBUG) console.log(`[globalSetup] PostgreSQL ready at ${server.url} in ${Date.now() - started} ms`);
  project.provide("postgresUrl", server.url);
  return async () => {
    await server.stop();
    const left = await waitForLeftovers(run, 10_000);
    if (left.length === 0) return;
    for (const entry of left) {
      try {
        process.kill(entry.pid, "SIGKILL");
      } catch {
        // ended meanwhile
      }
    }
    process.exitCode = 1;
    throw new Error(
      `The test run left ${left.length} process(es) running; each test must stop what it starts (they are killed now):\n` +
        describeProcesses(left),
    );
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    /** Admin URL (database `postgres`) of the run's PostgreSQL server. */
    postgresUrl: string;
  }
}
