import { Worker, type ResourceLimits } from "node:worker_threads";
import type { Logger } from "../log";
import type { JobReply } from "./serveJobs";

// Work that would stall the event loop serving the live documents (rendering an export, reading a Word file)
// runs on a worker thread. One worker per kind of job, started by the first job and kept, does one job at a time
// in the order they came; the rest wait here, up to a limit. A job that runs too long, or that needs more memory
// than its worker may have, ends the worker (the next job starts a new one); every failure reaches the caller as
// the error the caller chose for it.

/** How a job can fail; the caller turns each into the message its user sees. */
export type JobFailure =
  /** Too many jobs waiting already. */
  | "busy"
  /** The job threw on the worker, or could not be sent to it. */
  | "failed"
  | "timed_out"
  | "out_of_memory"
  /** The worker ended for another reason. */
  | "stopped"
  /** The queue was closed (the server is shutting down). */
  | "closed";

export interface WorkerQueueOptions {
  /** Names the jobs in the log: "export", "import". */
  name: string;
  /** The TypeScript module the worker runs; it answers through serveJobs (server/jobs/serveJobs.ts). */
  module: URL;
  log: Logger;
  /** A job that runs for longer than this ends its worker. Counted from when the worker starts on it. */
  timeoutMs: number;
  /** Jobs waiting beyond this are turned away rather than queued for minutes. */
  maxQueued: number;
  /** The worker's heap: past it the worker ends and its job fails with "out_of_memory". */
  resourceLimits?: ResourceLimits;
  failure(kind: JobFailure): Error;
}

export interface WorkerQueue<Job, Result> {
  run(job: Job): Promise<Result>;
  close(): Promise<void>;
}

const ENTRY = new URL("./tsWorker.mjs", import.meta.url);

interface Pending<Job, Result> {
  id: number;
  job: Job;
  resolve(result: Result): void;
  reject(error: Error): void;
}

export function createWorkerQueue<Job, Result>({ name, module, log, timeoutMs, maxQueued, resourceLimits, failure }: WorkerQueueOptions): WorkerQueue<Job, Result> {
  let worker: Worker | null = null;
  let running: (Pending<Job, Result> & { timer: NodeJS.Timeout }) | null = null;
  const queue: Pending<Job, Result>[] = [];
  let nextId = 1;
  let closed = false;

  /** Ends the running job, however it ended, and starts the next. */
  const finish = (outcome: { result: Result } | { error: Error }) => {
    const job = running;
    if (!job) return;
    running = null;
    clearTimeout(job.timer);
    if ("result" in outcome) job.resolve(outcome.result);
    else job.reject(outcome.error);
    next();
  };

  const start = (): Worker => {
    const started = new Worker(ENTRY, { workerData: { module: module.href }, resourceLimits });
    let exitCause: JobFailure = "stopped";
    started.on("message", (reply: JobReply<Result>) => {
      if (worker !== started || running?.id !== reply.id) return;
      if ("error" in reply) {
        log.error(`${name}_failed`, { error: reply.error });
        finish({ error: failure("failed") });
      } else {
        finish({ result: reply.result });
      }
    });
    started.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "ERR_WORKER_OUT_OF_MEMORY") exitCause = "out_of_memory";
      log.error(`${name}_worker_failed`, { error: error.message });
    });
    started.on("exit", (code) => {
      if (worker !== started) return;
      worker = null;
      if (running) {
        log.error(`${name}_worker_exited`, { code, cause: exitCause });
        finish({ error: failure(exitCause) });
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
      log.error(`${name}_timed_out`, { timeoutMs });
      // A job cannot be interrupted any other way; the next one starts a new worker.
      worker = null;
      void current.terminate();
      finish({ error: failure("timed_out") });
    }, timeoutMs);
    running = { ...job, timer };
    try {
      // Copied, not transferred: the caller may still hold what it sent (a copy costs little next to the job).
      current.postMessage({ id: job.id, job: job.job });
    } catch (error) {
      log.error(`${name}_not_sent`, { error: (error as Error).message });
      finish({ error: failure("failed") });
    }
  }

  return {
    run(job) {
      if (closed) return Promise.reject(failure("closed"));
      if (queue.length >= maxQueued) return Promise.reject(failure("busy"));
      return new Promise<Result>((resolve, reject) => {
        queue.push({ id: nextId++, job, resolve, reject });
        next();
      });
    },
    async close() {
      closed = true;
      const current = worker;
      worker = null;
      for (const job of queue.splice(0)) job.reject(failure("closed"));
      finish({ error: failure("closed") });
      await current?.terminate();
    },
  };
}
