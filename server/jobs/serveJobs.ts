import { parentPort, type Transferable } from "node:worker_threads";

// The worker's side of server/jobs/workerQueue.ts: run each job it is sent and answer with the result (bytes it
// owns moved, not copied) or with what went wrong.

export interface JobRequest<Job> {
  id: number;
  job: Job;
}

export type JobReply<Result> = { id: number; result: Result } | { id: number; error: string };

export function serveJobs<Job, Result>(run: (job: Job) => Result | Promise<Result>, transferOf: (result: Result) => Transferable[] = () => []): void {
  const port = parentPort;
  if (!port) throw new Error("serveJobs runs on a worker thread started by server/jobs/workerQueue.ts");
  // A message that cannot be read here has no id to answer: ending the worker fails that job at once (the queue
  // sees the exit) instead of at its timeout.
  port.on("messageerror", (error) => {
    throw error;
  });
  port.on("message", ({ id, job }: JobRequest<Job>) => {
    Promise.resolve()
      .then(() => run(job))
      .then(
        (result) => port.postMessage({ id, result } satisfies JobReply<Result>, transferOf(result)),
        (error: unknown) => port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies JobReply<Result>),
      );
  });
}

/** Bytes that own their whole buffer move between threads; a slice of a shared pool (small Buffers) is copied. */
export const transferList = (bytes: Uint8Array): ArrayBuffer[] =>
  bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : [];
