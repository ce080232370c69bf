import type { ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { start } from "./children";
import { cpuMs } from "./procfs";
import { freePort } from "../test/helpers/freePort";
import { startRedis, type RedisServer } from "../test/helpers/redis";

// What the several-instances bench runs besides its load: the tests' throwaway redis-server and real
// `server/main.ts` instances, each in a process of its own. Everything goes with the run: instances exit when the
// run's IPC channel closes (bench/exitWithParent.ts), redis-server and PostgreSQL with the run's process (their
// helpers' exit handlers; PostgreSQL also has a watchdog).

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The test helpers' throwaway redis-server, and its pid (asked of the server itself) for its CPU from /proc. */
export async function startRedisWithPid(): Promise<{ redis: RedisServer; pid: number }> {
  const redis = await startRedis();
  const pid = Number(/process_id:(\d+)/.exec(await redis.command(["INFO", "server"]))?.[1]);
  if (!Number.isInteger(pid) || pid <= 0) {
    await redis.close();
    throw new Error("redis-server did not say its process id");
  }
  return { redis, pid };
}

export interface Instance {
  index: number;
  pid: number;
  port: number;
  /** ws://127.0.0.1:<port>/collab */
  wsBase: string;
  stop(): Promise<void>;
}

/** `node --import tsx server/main.ts` as `npm start` runs it, on a free port; ready once /api/health says so. */
export async function startInstance(index: number, env: { DATABASE_URL: string; REDIS_URL: string; PENHOLDER_SEED: "demo" | "none" }): Promise<Instance> {
  const port = await freePort();
  const child: ChildProcess = start(
    "../server/main.ts",
    ["--import", fileURLToPath(new URL("./exitWithParent.ts", import.meta.url))],
    { ...env, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: process.env.BENCH_SERVER_LOG ? "info" : "silent" },
    process.env.BENCH_SERVER_LOG ? "inherit" : "ignore",
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`instance ${index + 1} exited during start-up (${child.signalCode ?? child.exitCode})`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(2_000) });
      const health = (await response.json()) as { status: string; redis: string };
      if (response.ok && health.redis === "ok") break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`instance ${index + 1} did not report healthy with Redis within 60 s`);
    }
    await sleep(100);
  }
  return { index, pid: child.pid!, port, wsBase: `ws://127.0.0.1:${port}/collab`, stop };
}

/** CPU (ms) of a process and every live process below it: PostgreSQL's postmaster with its backends. */
export function treeCpuMs(rootPid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      // gone meanwhile
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    total += cpuMs(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** The postmaster listening on `port`: the postgres process whose command line says `-p <port>`. */
export function postmasterPid(port: number): number | null {
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0");
      if (args[0]?.endsWith("/postgres") && args.includes("-p") && args[args.indexOf("-p") + 1] === String(port)) return Number(entry);
    } catch {
      // gone meanwhile
    }
  }
  return null;
}
