import { monitorEventLoopDelay, type IntervalHistogram } from "node:perf_hooks";
import type { GcResult, LoopDelay, ServerReady, ServerRequest, ServerResponse } from "./messages";

// The server children answer the parent's requests over the IPC channel and exit when it goes away, so a
// parent that dies (even by SIGKILL) never leaves a server running.

function send(message: ServerReady | ServerResponse): void {
  if (process.send && process.connected) process.send(message);
}

export function announceReady(ready: Omit<ServerReady, "type">): void {
  send({ type: "ready", ...ready });
}

const LOOP_RESOLUTION_MS = 1;

/**
 * The server's own event-loop delay over the typing window. Whatever the load generator adds, a message that
 * reaches the server waits at least this long before the server reads it (Poisson arrivals see the time
 * average), so its p99 is a lower bound of the server's end-to-end p99.
 */
function loopMonitor(): { start(): void; stop(): LoopDelay } {
  let histogram: IntervalHistogram | null = null;
  const ms = (ns: number) => Math.max(0, ns / 1e6 - LOOP_RESOLUTION_MS);
  return {
    start() {
      histogram?.disable();
      histogram = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
      histogram.enable();
    },
    stop() {
      if (!histogram) throw new Error("loop-stop without loop-start");
      histogram.disable();
      const result = { p50: ms(histogram.percentile(50)), p99: ms(histogram.percentile(99)), max: ms(histogram.max) };
      histogram = null;
      return result;
    },
  };
}

export function serveRequests(handle: (request: ServerRequest) => Promise<unknown>, onShutdown: () => Promise<void>): void {
  if (!process.send) throw new Error("run this script as a child of bench/run.ts (it talks over IPC)");
  const loop = loopMonitor();
  let shuttingDown = false;
  const shutdown = async (code: number) => {
    if (shuttingDown) return;
    shuttingDown = true;
    // Bounded: a close that hangs must not keep the process alive.
    const timer = setTimeout(() => process.exit(code), 5_000);
    timer.unref();
    try {
      await onShutdown();
    } finally {
      process.exit(code);
    }
  };
  process.on("message", (raw) => {
    const request = raw as ServerRequest;
    if (request.op === "shutdown") {
      send({ type: "response", id: request.id, ok: true, result: null });
      void shutdown(0);
      return;
    }
    if (request.op === "loop-start" || request.op === "loop-stop") {
      send({ type: "response", id: request.id, ok: true, result: request.op === "loop-start" ? (loop.start(), null) : loop.stop() });
      return;
    }
    handle(request).then(
      (result) => send({ type: "response", id: request.id, ok: true, result: result ?? null }),
      (error: unknown) =>
        send({ type: "response", id: request.id, ok: false, error: error instanceof Error ? error.stack ?? error.message : String(error) }),
    );
  });
  process.on("disconnect", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  process.on("SIGINT", () => void shutdown(0));
}

/** Collects garbage when the child was started with --expose-gc, twice so finalisers run. */
export async function collectGarbage(): Promise<boolean> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return false;
  gc();
  await new Promise((resolve) => setTimeout(resolve, 50));
  gc();
  return true;
}

export const gcResult = (collected: boolean): GcResult => ({ collected, memory: collected ? process.memoryUsage() : null });
