import type { GcResult, ServerReady, ServerRequest, ServerResponse } from "./messages";

// The server children answer the parent's requests over the IPC channel and exit when it goes away, so a
// parent that dies (even by SIGKILL) never leaves a server running.

function send(message: ServerReady | ServerResponse): void {
  if (process.send && process.connected) process.send(message);
}

export function announceReady(ready: Omit<ServerReady, "type">): void {
  send({ type: "ready", ...ready });
}

export function serveRequests(handle: (request: ServerRequest) => Promise<unknown>, onShutdown: () => Promise<void>): void {
  if (!process.send) throw new Error("run this script as a child of bench/run.ts (it talks over IPC)");
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
