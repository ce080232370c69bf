import { Worker } from "node:worker_threads";
import type { Logger } from "../log";
import { AppError } from "../http/errors";
import { runRenderJob, type RenderedFile, type RenderJob } from "./renderJob";
import type { WorkerReply } from "./exportWorker";

// Exports render on a worker thread: a 240-page PDF takes about a second of CPU, and on the event loop that
// serves the live documents that second would stall every keystroke of everyone connected. One worker, started
// on the first export and kept, renders one export at a time, in the order they came; the rest wait here, up to a
// limit. An export that takes too long ends its worker (the next export starts a new one); one that fails, or a
// worker that dies, answers with a message saying what to do.

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

const WORKER_URL = new URL("./exportWorker.mjs", import.meta.url);
const DEFAULT_TIMEOUT_MS = 120_000;
const DEFAULT_MAX_QUEUED = 20;

const stopped = () =>
  new AppError(500, "internal", "The export stopped before it finished. Try again; if it keeps failing, tell the secretariat.");
const failed = () => new AppError(500, "internal", "The export could not be made. Try again; if it keeps failing, tell the secretariat.");
const busy = () => new AppError(503, "unavailable", "Many exports are being made right now. Try again in a minute.");

interface Job {
  id: number;
  job: RenderJob;
  resolve(file: RenderedFile): void;
  reject(error: Error): void;
}

export function createRenderer({ log, inThread = false, timeoutMs = DEFAULT_TIMEOUT_MS, maxQueued = DEFAULT_MAX_QUEUED }: RendererOptions): Renderer {
  if (inThread) return { render: runRenderJob, close: async () => undefined };

  let worker: Worker | null = null;
  let running: (Job & { timer: NodeJS.Timeout }) | null = null;
  const queue: Job[] = [];
  let nextId = 1;
  let closed = false;

  /** Ends the running job, however it ended, and starts the next. */
  const finish = (outcome: { file: RenderedFile } | { error: Error }) => {
    const job = running;
    if (!job) return;
    running = null;
    clearTimeout(job.timer);
    if ("file" in outcome) job.resolve(outcome.file);
    else job.reject(outcome.error);
    next();
  };

  const start = (): Worker => {
    const started = new Worker(WORKER_URL);
    started.on("message", (reply: WorkerReply) => {
      if (worker !== started || running?.id !== reply.id) return;
      if ("error" in reply) {
        log.error("export_failed", { error: reply.error });
        finish({ error: failed() });
      } else {
        finish({ file: { body: reply.body, filename: reply.filename } });
      }
    });
    started.on("error", (error) => log.error("export_worker_failed", { error: error.message }));
    started.on("exit", (code) => {
      if (worker !== started) return;
      worker = null;
      if (running) {
        log.error("export_worker_exited", { code });
        finish({ error: stopped() });
      }
    });
    return started;
  };

  function next(): void {
    if (running || closed) return;
    const job = queue.shift();
    if (!job) {
      worker?.unref();
      return;
    }
    const current = (worker ??= start());
    current.ref();
    const timer = setTimeout(() => {
      log.error("export_timed_out", { timeoutMs });
      // A render cannot be interrupted any other way; the next export starts a new worker.
      worker = null;
      void current.terminate();
      finish({ error: stopped() });
    }, timeoutMs);
    running = { ...job, timer };
    try {
      // Copied, not transferred: the caller may still hold the state (a copy costs little next to a render).
      current.postMessage({ id: job.id, job: job.job });
    } catch (error) {
      log.error("export_not_sent", { error: (error as Error).message });
      finish({ error: failed() });
    }
  }

  return {
    render(job) {
      if (closed) return Promise.reject(stopped());
      if (queue.length >= maxQueued) return Promise.reject(busy());
      return new Promise<RenderedFile>((resolve, reject) => {
        queue.push({ id: nextId++, job, resolve, reject });
        next();
      });
    },
    async close() {
      closed = true;
      const current = worker;
      worker = null;
      for (const job of queue.splice(0)) job.reject(stopped());
      finish({ error: stopped() });
      await current?.terminate();
    },
  };
}
