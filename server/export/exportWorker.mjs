// A worker thread's entry file must be JavaScript: Node 20 resolves it before any `--import tsx` hook would run.
// tsx's API then loads the TypeScript worker with the same transforms the server runs under.
import { tsImport } from "tsx/esm/api";

await tsImport("./exportWorker.ts", import.meta.url);
