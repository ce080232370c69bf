/**
 * A throwaway, real redis-server for tests: Debian's `redis-server` (apt-get install redis-server) on a free
 * loopback port in a fresh temp directory, nothing saved to disk. One per test file that needs it; `stop()` and
 * `restart()` (same port) let a test take Redis away and bring it back.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { freePort } from "./freePort";

const REDIS_SERVER = process.env.PENHOLDER_REDIS_SERVER ?? "/usr/bin/redis-server";

export interface RedisServer {
  url: string;
  port: number;
  /** Runs one command (e.g. ["CONFIG", "SET", …]) and answers its reply as text (a bulk string's content). */
  command(args: readonly string[]): Promise<string>;
  /** Ends the server (SIGTERM) and waits for it, as an outage would; idempotent. `restart` brings it back. */
  stop(): Promise<void>;
  /** Ends the server at once (SIGKILL), as a crash would, and waits for it; idempotent. `restart` brings it back. */
  kill(): Promise<void>;
  /** Starts it again on the same port, empty (after `stop` or `kill`; stops it first if it runs). */
  restart(): Promise<void>;
  /** Ends the server for good and removes its directory; idempotent. */
  close(): Promise<void>;
}

export async function startRedis(): Promise<RedisServer> {
  if (!fs.existsSync(REDIS_SERVER)) throw new Error(`redis-server is not installed (${REDIS_SERVER}): apt-get install redis-server`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "penholder-redis-"));
  let port = 0;
  let child: ChildProcess | null = null;
  let output = "";
  // If the test process ends without close(), its redis-server goes too.
  const onExit = () => child?.kill("SIGKILL");
  process.on("exit", onExit);

  /** Starts redis-server on `port`; false when the port was taken meanwhile. */
  async function launch(): Promise<boolean> {
    output = "";
    // No title of its own: it would be written over the environment, where the test run's marker is
    // (leftoverProcesses.ts), and a redis-server left behind would go unnoticed.
    const started = spawn(
      REDIS_SERVER,
      ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir, "--daemonize", "no", "--loglevel", "warning", "--set-proc-title", "no"],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    child = started;
    started.stdout!.on("data", (chunk) => (output += chunk));
    started.stderr!.on("data", (chunk) => (output += chunk));
    const exited = new Promise<void>((resolve) => started.once("exit", () => resolve()));
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      if (started.exitCode !== null || started.signalCode !== null) break;
      // Ours answering, not another server that took the port first.
      if ((await send(port, ["INFO", "server"]).catch(() => "")).includes(`process_id:${started.pid}\r\n`)) return true;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (started.exitCode === null) started.kill("SIGKILL");
    await exited;
    child = null;
    if (/Address already in use/i.test(output)) return false;
    throw new Error(`redis-server did not answer on port ${port}:\n${output}`);
  }

  async function end(signal: NodeJS.Signals): Promise<void> {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once("exit", () => resolve()));
    running.kill(signal);
    const timer = setTimeout(() => running.kill("SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
  }

  let removed = false;
  async function close(): Promise<void> {
    await end("SIGTERM");
    process.removeListener("exit", onExit);
    if (removed) return;
    removed = true;
    fs.rmSync(dir, { recursive: true, force: true });
  }

  try {
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      if (await launch()) break;
      if (attempt === 3) throw new Error(`redis-server found no free port:\n${output}`);
    }
  } catch (error) {
    await close();
    throw error;
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    command: (args) => send(port, args),
    stop: () => end("SIGTERM"),
    kill: () => end("SIGKILL"),
    async restart() {
      await end("SIGTERM");
      if (!(await launch())) throw new Error(`redis-server cannot restart: port ${port} was taken while it was stopped`);
    },
    close,
  };
}

/**
 * One command over RESP on a plain socket: a simple reply's line (e.g. "+PONG", "+OK", ":1"), or a bulk
 * string's content (e.g. CLIENT LIST).
 */
function send(port: number, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    let reply = Buffer.alloc(0);
    socket.setTimeout(5000, () => socket.destroy(new Error("no reply from redis-server")));
    socket.on("connect", () => socket.write(`*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join("")}`));
    socket.on("data", (chunk) => {
      reply = Buffer.concat([reply, chunk]);
      const end = reply.indexOf("\r\n");
      if (end < 0) return;
      const line = reply.subarray(0, end).toString("utf8");
      if (!line.startsWith("$")) return done(line);
      const length = Number(line.slice(1));
      if (length < 0) return done("");
      if (reply.length >= end + 2 + length) done(reply.subarray(end + 2, end + 2 + length).toString("utf8"));
    });
    socket.on("error", reject);
    const done = (text: string) => {
      socket.end();
      resolve(text);
    };
  });
}
