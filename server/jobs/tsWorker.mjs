// A worker thread's entry file must be JavaScript: Node 20 resolves it before any `--import tsx` hook would run.
// tsx's API then loads the TypeScript module named in workerData with the same transforms the server runs under.
import { workerData } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

await tsImport(workerData.module, import.meta.url);
