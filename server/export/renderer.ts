import type { Logger } from "../log";
import { AppError } from "../http/errors";
import { createWorkerQueue, type JobFailure } from "../jobs/workerQueue";
import { runRenderJob, type RenderedFile, type RenderJob } from "./renderJob";

// Exports render on a worker thread: a 240-page PDF takes about a second of CPU, and on the event loop that
// serves the live documents that second would stall every keystroke of everyone connected. One worker renders one
// export at a time, in the order they came (server/jobs/workerQueue.ts); an export that takes too long ends its
// worker, and one that fails, or a worker that dies, answers with a message saying what to do.

export interface Renderer {
  render(job: RenderJob): Promise<RenderedFile>;
  close(): Promise<void>;
}

export interface RendererOptions {
  log: Logger;
  /** Render on the calling thread (the benchmark's baseline; tests of the rendering itself). */
  inThread?: boolean;
  /** An export that renders for longer than this ends its worker. Counted from when the worker starts on it. */
  timeoutMs?: number;
  /** Exports waiting beyond this are turned away (503) rather than queued for minutes. */
  maxQueued?: number;
}

const DEFAULT_TIMEOUT_MS = 120_000;
const DEFAULT_MAX_QUEUED = 20;

function exportFailure(kind: JobFailure): AppError {
  switch (kind) {
    case "busy":
      return new AppError(503, "unavailable", "exports.busyWorkers");
    case "failed":
      return new AppError(500, "internal", "exports.failed");
    default:
      return new AppError(500, "internal", "exports.stopped");
  }
}

export function createRenderer({ log, inThread = false, timeoutMs = DEFAULT_TIMEOUT_MS, maxQueued = DEFAULT_MAX_QUEUED }: RendererOptions): Renderer {
  if (inThread) return { render: runRenderJob, close: async () => undefined };
  const queue = createWorkerQueue<RenderJob, RenderedFile>({
    name: "export",
    module: new URL("./exportWorker.ts", import.meta.url),
    log,
    timeoutMs,
    maxQueued,
    failure: exportFailure,
  });
  return { render: (job) => queue.run(job), close: () => queue.close() };
}
