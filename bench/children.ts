import { fork, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { LoadControl, LoadEvent, LoadJob, ServerReady, ServerRequest, ServerResponse, Target } from "./messages";

// Child processes of the benchmark: started with node itself (not the tsx CLI, which would put a wrapper process
// between us and the one we measure), TypeScript through `--import tsx`. Every child is killed when the parent
// exits, however it exits.

export const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const live = new Set<ChildProcess>();

export function killAllChildren(): void {
  for (const child of live) {
    try {
      child.kill("SIGKILL");
    } catch {
      // already gone
    }
  }
  live.clear();
}

const tempDirs = new Set<string>();

/** A temp directory that goes away with the run, however the run ends (short of SIGKILL). */
export function makeTempDir(prefix: string): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.add(path);
  return {
    path,
    remove() {
      tempDirs.delete(path);
      rmSync(path, { recursive: true, force: true });
    },
  };
}

process.on("exit", () => {
  killAllChildren();
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    process.stderr.write(`\n${signal}: stopping the benchmark's child processes\n`);
    killAllChildren();
    process.exit(130);
  });
}

/** BENCH_CPU_PROF=<dir>: every child writes a V8 CPU profile there (open it in Chrome DevTools). */
const profileArgs = process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];

/** A benchmark child process (TypeScript through --import tsx), killed with the run. */
export function start(script: string, extraArgs: string[], env: Record<string, string>, stdout: "inherit" | "ignore" = "inherit"): ChildProcess {
  const child = fork(fileURLToPath(new URL(script, import.meta.url)), [], {
    cwd: repoRoot,
    execArgv: ["--import", "tsx", ...extraArgs, ...profileArgs],
    env: { ...process.env, ...env },
    stdio: ["ignore", stdout, "inherit", "ipc"],
  });
  live.add(child);
  child.once("exit", () => live.delete(child));
  return child;
}

function waitExit(child: ChildProcess, timeoutMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      resolve();
    }, timeoutMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

type Request = ServerRequest extends infer R ? (R extends { id: number } ? Omit<R, "id"> : never) : never;

export class ServerChild {
  private nextId = 1;
  private pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private constructor(
    readonly target: Target,
    private readonly child: ChildProcess,
    readonly pid: number,
    readonly port: number,
    readonly wsBase: string,
  ) {
    child.on("message", (raw) => {
      const message = raw as ServerResponse;
      if (message.type !== "response") return;
      const waiter = this.pending.get(message.id);
      if (!waiter) return;
      this.pending.delete(message.id);
      if (message.ok) waiter.resolve(message.result);
      else waiter.reject(new Error(`${target} server: ${message.error}`));
    });
    child.once("exit", (code, signal) => {
      for (const waiter of this.pending.values()) waiter.reject(new Error(`${target} server exited (${signal ?? code})`));
      this.pending.clear();
    });
  }

  static async start(target: Target, env: Record<string, string>, timeoutMs = 60_000): Promise<ServerChild> {
    const script = target === "ours" ? "./ourServer.ts" : "./baselineServer.ts";
    const child = start(script, ["--expose-gc"], env);
    const ready = await new Promise<ServerReady>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${target} server did not start within ${timeoutMs / 1000} s`)), timeoutMs);
      child.on("message", (raw) => {
        const message = raw as ServerReady;
        if (message.type === "ready") {
          clearTimeout(timer);
          resolve(message);
        }
      });
      child.once("exit", (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`${target} server exited during start-up (${signal ?? code})`));
      });
    }).catch((error: unknown) => {
      child.kill("SIGKILL");
      throw error;
    });
    return new ServerChild(target, child, child.pid!, ready.port, ready.wsBase);
  }

  request<T>(request: Request, timeoutMs: number): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${this.target} server: ${request.op} took longer than ${timeoutMs / 1000} s`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value as T);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      this.child.send({ ...request, id } as ServerRequest);
    });
  }

  async stop(): Promise<void> {
    if (this.child.connected) {
      await this.request({ op: "shutdown" }, 5_000).catch(() => undefined);
    }
    await waitExit(this.child, 10_000);
  }
}

type EventOf<T extends LoadEvent["type"]> = Extract<LoadEvent, { type: T }>;

export class LoadChild {
  private events: LoadEvent[] = [];
  private waiters: (() => void)[] = [];
  private exited: string | null = null;
  readonly pid: number;

  constructor(private readonly child: ChildProcess = start("./load.ts", [], {})) {
    this.pid = child.pid!;
    // A message sent as the process exits fails with EPIPE on the child, not at send(): the exit is what counts.
    child.on("error", () => {});
    child.on("message", (raw) => {
      this.events.push(raw as LoadEvent);
      for (const wake of this.waiters.splice(0)) wake();
    });
    child.once("exit", (code, signal) => {
      this.exited = `load process exited (${signal ?? code})`;
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  send(message: LoadJob | LoadControl): void {
    if (this.child.connected) this.child.send(message);
  }

  /** The next event of this type (earlier events of other types stay queued); rejects on error, exit or timeout. */
  async next<T extends LoadEvent["type"]>(type: T, timeoutMs: number): Promise<EventOf<T>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const error = this.events.find((e) => e.type === "error");
      if (error && error.type === "error") throw new Error(error.error);
      const index = this.events.findIndex((e) => e.type === type);
      if (index >= 0) return this.events.splice(index, 1)[0] as EventOf<T>;
      if (this.exited) throw new Error(`${this.exited} while waiting for ${type}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no ${type} from the load process within ${Math.round(timeoutMs / 1000)} s`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async stop(timeoutMs = 10_000): Promise<void> {
    this.send({ type: "release" });
    await waitExit(this.child, timeoutMs);
  }
}
