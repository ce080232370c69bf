import { resolve } from "node:path";
import { parseEnv } from "./env";
import { createLogger } from "./log";
import { startServer } from "./server";
import { DEMO_PASSWORD, demoEmail } from "./seed/demo";

// Composition root: env -> store -> app -> serve -> graceful shutdown.

async function main(): Promise<void> {
  const env = parseEnv(process.env);
  const log = createLogger({ silent: env.LOG_LEVEL === "silent" });
  const server = await startServer({ env, log, clientDir: resolve("dist/client") });
  const where = env.PUBLIC_URL ?? `http://localhost:${server.port}`;
  const lines = [
    "",
    `  Penholder is running: ${where}`,
    `  Storage: ${server.store.description}`,
    env.PENHOLDER_SEED === "demo"
      ? `  Sign in at ${where}/login — e.g. ${demoEmail("secretariat")} / ${DEMO_PASSWORD} (all demo accounts are in README.md)`
      : `  No demo data. Create the first admin with: npm run admin -- create-user --email you@example.org --name "Your Name" --role admin`,
    "",
  ];
  process.stdout.write(lines.join("\n") + "\n");

  // This process is the server itself (`npm start` execs it; npm passes SIGTERM and SIGINT on to it), so a
  // process manager's stop and Ctrl+C both end here: store what the documents hold, then exit. A second signal
  // while storing does not cut it short; SIGKILL does, and loses nothing any client has received.
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info("shutting_down", { signal });
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error("shutdown_failed", { message: error instanceof Error ? error.message : String(error) });
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
