import { Worker } from "node:worker_threads";
import type { Logger } from "../log";
import { AppError } from "../http/errors";
import { runRenderJob, transferList, type RenderedFile, type RenderJob } from "./renderJob";
import type { WorkerReply } from "./exportWorker";

// Exports render on a worker thread: a 240-page PDF takes about a second of CPU, and on the event loop that
// serves the live documents that second would stall every keystroke of everyone connected. One worker, started
// on the first export and kept; a worker that dies or hangs fails its exports with a clear message and is
// replaced on the next one.

export interface Renderer {
  render(job: RenderJob): Promise<RenderedFile>;
  close(): Promise<void>;
}

export interface RendererOptions {
  log: Logger;
  /** Render on the calling thread (the benchmark's baseline; tests of the rendering itself). */
  inThread?: boolean;
  /** An export taking longer than this ends its worker. */
  timeoutMs?: number;
}

const WORKER_URL = new URL("./exportWorker.mjs", import.meta.url);
const DEFAULT_TIMEOUT_MS = 120_000;

const stopped = () =>
  new AppError(500, "internal", "The export stopped before it finished. Try again; if it keeps failing, export a smaller part or tell the secretariat.");

interface Pending {
  resolve(file: RenderedFile): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

export function createRenderer({ log, inThread = false, timeoutMs = DEFAULT_TIMEOUT_MS }: RendererOptions): Renderer {
  if (inThread) return { render: runRenderJob, close: async () => undefined };

  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (error: Error) => {
    for (const [id, job] of pending) {
      clearTimeout(job.timer);
      pending.delete(id);
      job.reject(error);
    }
  };

  const start = (): Worker => {
    const started = new Worker(WORKER_URL);
    started.unref();
    started.on("message", (reply: WorkerReply) => {
      const job = pending.get(reply.id);
      if (!job) return;
      pending.delete(reply.id);
      clearTimeout(job.timer);
      // An idle worker does not keep the process alive.
      if (pending.size === 0) started.unref();
      if ("error" in reply) {
        log.error("export_failed", { error: reply.error });
        job.reject(new AppError(500, "internal", "The export could not be made. Try again; if it keeps failing, tell the secretariat."));
      } else {
        job.resolve({ body: reply.body, filename: reply.filename });
      }
    });
    started.on("error", (error) => log.error("export_worker_failed", { error: error.message }));
    started.on("exit", (code) => {
      if (worker === started) worker = null;
      if (pending.size > 0) {
        log.error("export_worker_exited", { code, pending: pending.size });
        failAll(stopped());
      }
    });
    return started;
  };

  return {
    render(job) {
      const current = (worker ??= start());
      const id = nextId++;
      return new Promise<RenderedFile>((resolve, reject) => {
        const timer = setTimeout(() => {
          log.error("export_timed_out", { timeoutMs });
          // Ends every export on that worker: a hung render cannot be interrupted any other way.
          void current.terminate();
        }, timeoutMs);
        pending.set(id, { resolve, reject, timer });
        current.ref();
        current.postMessage({ id, job }, transferList(job.state));
      });
    },
    async close() {
      const current = worker;
      worker = null;
      failAll(stopped());
      await current?.terminate();
    },
  };
}
