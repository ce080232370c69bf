import { fork } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer, type RunningServer } from "../server/server";
import { createLogger } from "../server/log";
import { exportCommentsMatrix, exportDocument, EXPORT_FORMATS, type ExportFormat } from "../server/export/exports";
import { writeDocSection, writesDoc } from "./docSection";
import { createLongPaper } from "./longPaper";

// `npx tsx bench/exports.ts`: builds a paper of about a hundred pages (BENCH_SECTIONS sections of
// BENCH_PARAGRAPHS paragraphs of ~80 words, with a heading, a list and a table in each) in a temp SQLite store through
// the real services and rooms, then times each export format, median of BENCH_RUNS runs, each format in a fresh
// child process so its peak RSS is its own, rendered on the export worker (as the server does) and, as the
// baseline in the same run, on the event loop; for each, the longest the event loop stood still meanwhile (what
// every live document's keystrokes would wait). Prints a Markdown table.

const env = process.env;
const SECTIONS = Number(env.BENCH_SECTIONS ?? 40);
const PARAGRAPHS = Number(env.BENCH_PARAGRAPHS ?? 25);
const RUNS = Number(env.BENCH_RUNS ?? 3);
const FORMATS: (ExportFormat | "matrix-csv")[] = [...EXPORT_FORMATS, "matrix-csv"];
/** The six-scripts comparison: a paper of about 20 PDF pages, Latin only against the six UN languages in turn. */
const SCRIPT_SECTIONS = Number(env.BENCH_SCRIPT_SECTIONS ?? 4);
const SCRIPT_PARAGRAPHS = Number(env.BENCH_SCRIPT_PARAGRAPHS ?? 20);
const SCRIPT_FORMATS: ExportFormat[] = ["pdf", "docx", "html"];
/** BENCH_EXPORTS_KEEP=<dir>: also writes each format's file there, to look at. */
const KEEP = env.BENCH_EXPORTS_KEEP;

/** Where a child renders: the server's export worker, or the event loop (the baseline). */
type RenderOn = "worker" | "event loop";

interface ChildReport {
  format: string;
  on: RenderOn;
  /** The longest event-loop stall while the exports ran, in ms. */
  longestStallMs: number;
  runsMs: number[];
  bytes: number;
  pages: number | null;
  baselineRssMb: number;
  peakRssMb: number;
}

async function open(databaseUrl: string, seed: "demo" | "none", on: RenderOn = "worker"): Promise<RunningServer> {
  return startServer({
    env: { PORT: 0, HOST: "127.0.0.1", DATABASE_URL: databaseUrl, PENHOLDER_SEED: seed, LOG_LEVEL: "silent" },
    log: createLogger({ silent: true }),
    exportsInThread: on === "event loop",
  });
}

interface Papers {
  long: string;
  /** The same small paper twice: Latin script only, and its paragraphs in the six UN languages in turn. */
  latin: string;
  six: string;
}

async function build(databaseUrl: string): Promise<Papers> {
  const server = await open(databaseUrl, "demo");
  try {
    const small = { sections: SCRIPT_SECTIONS, paragraphs: SCRIPT_PARAGRAPHS, footnotes: true };
    return {
      long: await createLongPaper(server, "Benchmark paper: a hundred pages of the IGF’s future", { sections: SECTIONS, paragraphs: PARAGRAPHS }),
      latin: await createLongPaper(server, "Benchmark paper in Latin script", { ...small, scripts: "latin" }),
      six: await createLongPaper(server, "Benchmark paper in the six UN languages", { ...small, scripts: "six" }),
    };
  } finally {
    await server.close();
  }
}

/**
 * The longest the event loop went without running a 1 ms timer, minus that millisecond: how long a message from
 * any connection would have waited. (monitorEventLoopDelay misses a stall that ends the measurement.)
 */
function stallWatch(): { stop(): Promise<number> } {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last - 1);
    last = now;
  }, 1);
  return {
    async stop() {
      await new Promise((resolve) => setTimeout(resolve, 5));
      clearInterval(timer);
      return Math.max(0, longest);
    },
  };
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

async function child(format: string, databaseUrl: string, documentId: string, on: RenderOn): Promise<void> {
  const server = await open(databaseUrl, "none", on);
  try {
    // Load the room once, so every run measures the export, not the first load from disk.
    await server.deps.rooms.withRoom(documentId, () => undefined);
    const baseline = process.memoryUsage().rss;
    const runsMs: number[] = [];
    let bytes = 0;
    let pages: number | null = null;
    const stalls = stallWatch();
    for (let i = 0; i < RUNS; i++) {
      // Every run renders: the server would hand out a kept copy of an unchanged paper (server/export/exportCache.ts).
      server.deps.exportCache.clear();
      const started = performance.now();
      const file =
        format === "matrix-csv"
          ? await exportCommentsMatrix(server.deps, documentId, "csv")
          : await exportDocument(server.deps, documentId, format as ExportFormat, { toc: true, numbering: true });
      runsMs.push(performance.now() - started);
      bytes = file.body.byteLength;
      if (KEEP && i === 0) writeFileSync(join(KEEP, `bench-${documentId.slice(0, 8)}.${format === "matrix-csv" ? "csv" : format}`), file.body);
      if (format === "pdf") pages = (Buffer.from(file.body).toString("latin1").match(/\/Type \/Page\b/g) ?? []).length;
    }
    const report: ChildReport = { format, on, longestStallMs: await stalls.stop(), runsMs, bytes, pages, baselineRssMb: mb(baseline), peakRssMb: Math.round(process.resourceUsage().maxRSS / 102.4) / 10 };
    process.send!(report);
  } finally {
    await server.close();
  }
}

function runChild(format: string, databaseUrl: string, documentId: string, on: RenderOn): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    const proc = fork(fileURLToPath(import.meta.url), ["--child", format, databaseUrl, documentId, on], {
      execArgv: ["--import", "tsx"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    let report: ChildReport | null = null;
    proc.on("message", (message) => (report = message as ChildReport));
    proc.once("error", reject);
    proc.once("exit", (code) => (report ? resolve(report) : reject(new Error(`the ${format} child exited with ${code} and no report`))));
  });
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * The same small paper in Latin script only (the baseline) and in the six UN languages in turn, rendered on the
 * export worker in the same run. Targets: the six-script PDF within 2× the Latin one's time, under 1 MB.
 */
async function compareScripts(databaseUrl: string, papers: Papers): Promise<string> {
  const rows: string[] = [];
  const verdicts: string[] = [];
  for (const format of SCRIPT_FORMATS) {
    const latin = await runChild(format, databaseUrl, papers.latin, "worker");
    const six = await runChild(format, databaseUrl, papers.six, "worker");
    const ratio = median(six.runsMs) / median(latin.runsMs);
    for (const [name, r] of [["Latin only (baseline)", latin], ["six UN languages", six]] as const) {
      rows.push(`| ${format} | ${name} | ${Math.round(median(r.runsMs))} ms | ${Math.round(r.bytes / 1024)} KB | ${r.pages ?? ""} | ${r.peakRssMb} MB |`);
    }
    rows.push(`| ${format} | six ÷ Latin | ${ratio.toFixed(2)}× | ${(six.bytes / latin.bytes).toFixed(2)}× | | |`);
    if (format === "pdf") {
      verdicts.push(
        `PDF of the six languages: ${ratio.toFixed(2)}× the Latin paper's time (target ≤ 2×: ${ratio <= 2 ? "met" : "missed"}), ` +
          `${(six.bytes / 1024 / 1024).toFixed(2)} MB for ${six.pages} pages (target < 1 MB for 20 pages: ${six.bytes < 1024 * 1024 * Math.max(1, (six.pages ?? 20) / 20) ? "met" : "missed"}).`,
      );
    }
  }
  return [
    `Six scripts: a paper of ${SCRIPT_SECTIONS} sections × ${SCRIPT_PARAGRAPHS} paragraphs (a footnote every fourth), once in English only and once with its paragraphs ` +
      "in Arabic, Chinese, English, French, Russian and Spanish in turn; rendered on the export worker, median of " +
      `${RUNS} runs, each in its own process, in the same run:`,
    "",
    "| format | paper | median | size | PDF pages | peak RSS |",
    "|---|---|---:|---:|---:|---:|",
    ...rows,
    "",
    ...verdicts,
  ].join("\n");
}

async function main(): Promise<void> {
  if (process.argv[2] === "--child") return child(process.argv[3]!, process.argv[4]!, process.argv[5]!, process.argv[6] as RenderOn);
  const dir = mkdtempSync(join(tmpdir(), "penholder-bench-exports-"));
  try {
    const databaseUrl = `sqlite:${join(dir, "bench.db")}`;
    const started = performance.now();
    const papers = await build(databaseUrl);
    const documentId = papers.long;
    process.stdout.write(`Built ${SECTIONS} sections × ${PARAGRAPHS} paragraphs of ~80 words (+ a heading, list and table each) in ${Math.round(performance.now() - started)} ms.\n\n`);
    const reports: ChildReport[] = [];
    for (const format of FORMATS) {
      // The comments matrix reads threads from the store, so it renders where the request is served.
      for (const on of format === "matrix-csv" ? (["event loop"] as const) : (["worker", "event loop"] as const)) {
        reports.push(await runChild(format, databaseUrl, documentId, on));
      }
    }
    const pdf = reports.find((r) => r.format === "pdf");
    const ms = (v: number) => `${Math.round(v)} ms`;
    const table = [
      `Export of the whole paper (${SECTIONS} sections × ${PARAGRAPHS} paragraphs${pdf?.pages ? `, ${pdf.pages} PDF pages` : ""}), median of ${RUNS} runs, each format in its own process (Node ${process.version}), ` +
        "rendered on the export worker (the server's way; the first run starts the worker) and on the event loop (the baseline). " +
        "\"Longest stall\": the longest the server's event loop stood still during the runs, which every keystroke of every live document would wait:",
      "",
      "| format | rendered on | median | fastest | slowest | longest stall | size | RSS before | peak RSS |",
      "|---|---|---:|---:|---:|---:|---:|---:|---:|",
      ...reports.map(
        (r) =>
          `| ${r.format} | ${r.on} | ${ms(median(r.runsMs))} | ${ms(Math.min(...r.runsMs))} | ${ms(Math.max(...r.runsMs))} | ${ms(r.longestStallMs)} | ${Math.round(r.bytes / 1024)} KB | ${r.baselineRssMb} MB | ${r.peakRssMb} MB |`,
      ),
    ].join("\n");
    const scripts = await compareScripts(databaseUrl, papers);
    process.stdout.write(`${table}\n\n${scripts}\n`);
    if (writesDoc()) writeDocSection("exports", "npx tsx bench/exports.ts", `${table}\n\n${scripts}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
