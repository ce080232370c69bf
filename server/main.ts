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

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info("shutting_down", { signal });
    await server.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
