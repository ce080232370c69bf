import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer } from "../server/server";
import { createLogger } from "../server/log";
import { createLongPaper, type LongPaperShape } from "./longPaper";

// A server for the browser benchmark, in a process of its own: this checkout's, or (copied next to it and run from
// there) a baseline commit's server with that commit's client. startServer from server/server.ts on a temp SQLite
// database with the demo data and the long paper; tells the parent its address and documents over IPC, and
// closes when the parent says so or goes away.

export interface BrowserServerReady {
  url: string;
  demoId: string;
  longId: string;
}

const clientDir = process.env.BENCH_CLIENT_DIR;
if (!clientDir || !process.send) throw new Error("run by bench/browser.ts, with BENCH_CLIENT_DIR");
const shape = JSON.parse(process.env.BENCH_LONG_PAPER ?? "{}") as LongPaperShape;

const dir = mkdtempSync(join(tmpdir(), "penholder-bench-browser-"));
const server = await startServer({
  env: { PORT: 0, HOST: "127.0.0.1", DATABASE_URL: `sqlite:${join(dir, "bench.db")}`, PENHOLDER_SEED: "demo", LOG_LEVEL: "silent" },
  log: createLogger({ silent: true }),
  clientDir,
});
const longId = await createLongPaper(server, "Long paper: the IGF’s future in forty sections", shape);
const demo = (await server.store.documents.list()).find((d) => d.id !== longId && d.title.startsWith("Joint"));
if (!demo) throw new Error("the demo's joint paper is missing");

let closing = false;
const close = async () => {
  if (closing) return;
  closing = true;
  await server.close();
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
};
process.on("message", (message) => message === "shutdown" && void close());
process.on("disconnect", () => void close());
const ready: BrowserServerReady = { url: server.url.replace("127.0.0.1", "localhost"), demoId: demo.id, longId };
process.send(ready);
