import { parentPort } from "node:worker_threads";
import { runRenderJob, transferList, type RenderJob } from "./renderJob";

// The export worker's side: render each job it is sent and answer with the file (its bytes transferred, not
// copied) or with what went wrong. Started by server/export/renderer.ts through exportWorker.mjs.

export interface WorkerRequest {
  id: number;
  job: RenderJob;
}

export type WorkerReply = { id: number; body: Uint8Array; filename: string } | { id: number; error: string };

const port = parentPort;
if (!port) throw new Error("exportWorker.ts runs as a worker thread (see renderer.ts)");

// A message that cannot be read here has no id to answer: ending the worker fails that export at once (the
// renderer sees the exit) instead of at its timeout.
port.on("messageerror", (error) => {
  throw error;
});

port.on("message", (request: WorkerRequest) => {
  runRenderJob(request.job).then(
    (file) =>
      port.postMessage(
        { id: request.id, body: file.body, filename: file.filename } satisfies WorkerReply,
        transferList(file.body),
      ),
    (error: unknown) => port.postMessage({ id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies WorkerReply),
  );
});
