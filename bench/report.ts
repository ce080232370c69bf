import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { cpus, totalmem, availableParallelism } from "node:os";
import type { Target, TypistRole } from "./messages";

// Tables for stdout and docs/BENCHMARKS.md (Markdown tables read fine in a terminal too).

export interface LatencySummary {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** One kind of typist's keystrokes within a run. */
export interface RoleSummary {
  keystrokes: number;
  deliveries: number;
  expectedDeliveries: number;
  latency: LatencySummary;
}

export interface SizeResult {
  target: Target;
  connections: number;
  typists: number;
  /** Typists who are not members of the owning group and type suggestions (BENCH_SUGGESTERS); 0 when absent. */
  suggesters?: number;
  /** Latency and deliveries by who typed (runs with suggesters). */
  roles?: Record<TypistRole, RoleSummary>;
  /** Updates the server refused (type 100 messages the clients received), and the first one's payload. */
  refusals?: number;
  firstRefusal?: string | null;
  /** Load processes that drove this size (1 when absent: results saved before there could be two). */
  loadProcesses?: number;
  /** "ok", or why there are no numbers (failed to connect, skipped, error). */
  status: "ok" | "failed" | "skipped";
  failure?: string;
  allSyncedMs?: number;
  syncP95Ms?: number;
  latency?: LatencySummary;
  keystrokes?: number;
  keystrokesScheduled?: number;
  deliveries?: number;
  expectedDeliveries?: number;
  serverCpuPercent?: number;
  serverPeakRssMb?: number;
  /** Server CPU from the start of typing until every keystroke arrived, per 1,000 keystroke deliveries. */
  serverCpuPer1kDeliveriesMs?: number;
  serverStartRssMb?: number;
  /** CPU used on the machine during the window by processes that are not part of the benchmark. */
  backgroundCpuPercent?: number;
  loadCpuPercent?: number;
  loadEventLoopP99Ms?: number;
  /** The server's own event-loop delay p99 over the typing window: a lower bound of its end-to-end p99. */
  serverLoopP99Ms?: number;
  sendLagP99Ms?: number;
  disconnects?: number;
  unknownMessages?: number;
  contentMismatches?: number;
}

export interface IdleResult {
  target: Target;
  documents: number;
  status: "ok" | "failed" | "skipped";
  failure?: string;
  rssBeforeMb?: number;
  rssAfterMb?: number;
  perDocumentKb?: number;
  /** JS heap + external memory per document, after a full GC (RSS keeps pages the heap freed). */
  heapPerDocumentKb?: number;
  allSyncedMs?: number;
}

export interface HistoryPhase {
  phase: string;
  /** Update-log rows of the document when the client connected, and once it had synced. */
  rowsBefore: number | null;
  rowsAfter: number | null;
  /** Longest /api/health answer while this client loaded: how long the whole server stopped answering. */
  stallMs: number | null;
  syncMs: number | null;
  chars: string;
  note: string;
}

export interface HistoryResult {
  edits: number;
  status: "ok" | "failed" | "skipped";
  failure?: string;
  writeMs?: number;
  phases: HistoryPhase[];
}

export interface RunReport {
  settings: {
    quick: boolean;
    typingSeconds: number;
    keystrokesPerSecond: number;
    loadProcesses: number | "auto";
    readers: "stock" | "light";
    connectTimeoutSeconds: number;
    /** BENCH_SUGGESTERS: "half" adds, at each size, our server with half the typists suggesting. */
    suggesters?: "half";
  };
  sizes: SizeResult[];
  idle: IdleResult[];
  history: HistoryResult[];
  notes: string[];
  command: string;
  /** Date, machine and commit, taken when the run ended. */
  machine: string[];
  durationSeconds: number;
}

const ms = (v: number | undefined): string => (v === undefined ? "–" : v < 100 ? v.toFixed(1) : v.toFixed(0));
const pct = (v: number | undefined): string => (v === undefined ? "–" : `${v.toFixed(0)}%`);
const mb = (v: number | undefined): string => (v === undefined ? "–" : v.toFixed(0));
const ratio = (a: number | undefined, b: number | undefined): string =>
  a === undefined || b === undefined || b === 0 ? "–" : `${(a / b).toFixed(2)}×`;

export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(headers), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}

/**
 * Flags a run whose load generator, not the server, may have set the numbers: busy near a whole core, or its
 * event loop / keystroke timers running late (which also happens when other processes take the CPU).
 */
export function loadGeneratorSaturated(r: SizeResult): boolean {
  return (r.loadCpuPercent ?? 0) > 90 || (r.sendLagP99Ms ?? 0) > 50 || (r.loadEventLoopP99Ms ?? 0) > 50;
}

function deliveryCell(r: { deliveries?: number; expectedDeliveries?: number }): string {
  if (r.deliveries === undefined || r.expectedDeliveries === undefined) return "–";
  const share = r.expectedDeliveries === 0 ? 100 : (r.deliveries / r.expectedDeliveries) * 100;
  return `${r.deliveries}/${r.expectedDeliveries}${share < 100 ? ` (${share.toFixed(1)}%)` : ""}`;
}

function notesCell(r: SizeResult): string {
  if (r.status !== "ok") return r.failure ?? r.status;
  const notes: string[] = [];
  if (loadGeneratorSaturated(r)) notes.push((r.loadCpuPercent ?? 0) > 90 ? "load generator saturated" : "load generator lagging");
  if (r.keystrokes !== undefined && r.keystrokesScheduled && r.keystrokes < r.keystrokesScheduled * 0.99)
    notes.push(`typists sent ${r.keystrokes} of ${r.keystrokesScheduled} keystrokes`);
  if (r.disconnects) notes.push(`${r.disconnects} disconnects`);
  if (r.refusals) notes.push(`${r.refusals} refused updates (type 100)`);
  if (r.unknownMessages) notes.push(`${r.unknownMessages} unknown msgs`);
  if (r.contentMismatches) notes.push(`${r.contentMismatches} text mismatches`);
  return notes.join("; ");
}

export function latencyTable(sizes: SizeResult[]): string {
  return table(
    ["C/T", "load procs", "server", "all synced s", "p50 ms", "p95 ms", "p99 ms", "max ms", "delivered/expected", "server CPU", "server CPU ms/1k deliveries", "server peak RSS MB", "server loop p99 ms", "load CPU", "load loop p99 ms", "other CPU", "notes"],
    sizes.map((r) => [
      `${r.connections}/${r.typists}`,
      String(r.loadProcesses ?? 1),
      serverLabel(r),
      r.allSyncedMs === undefined ? "–" : (r.allSyncedMs / 1000).toFixed(1),
      ms(r.latency?.p50),
      ms(r.latency?.p95),
      ms(r.latency?.p99),
      ms(r.latency?.max),
      deliveryCell(r),
      pct(r.serverCpuPercent),
      r.serverCpuPer1kDeliveriesMs === undefined ? "–" : r.serverCpuPer1kDeliveriesMs.toFixed(1),
      mb(r.serverPeakRssMb),
      ms(r.serverLoopP99Ms),
      pct(r.loadCpuPercent),
      ms(r.loadEventLoopP99Ms),
      pct(r.backgroundCpuPercent),
      notesCell(r),
    ]),
  );
}

const serverLabel = (r: SizeResult) => (r.suggesters ? `${r.target}, ${r.suggesters} of ${r.typists} typists suggesting` : r.target);

const sizeKey = (r: SizeResult) => `${r.connections}/${r.typists}`;

/**
 * Ours and the baseline measured under the same load: same size, same number of load processes. Runs with
 * suggesters have no counterpart on the reference relay (it has no rights, so nobody suggests there).
 */
function pairs(sizes: SizeResult[]): { key: string; size: string; ours?: SizeResult; baseline?: SizeResult }[] {
  const byKey = new Map<string, { key: string; size: string; ours?: SizeResult; baseline?: SizeResult }>();
  for (const r of sizes.filter((r) => !r.suggesters)) {
    const procs = r.loadProcesses ?? 1;
    const key = `${sizeKey(r)}${procs > 1 ? ` (${procs} load)` : ""}`;
    const entry = byKey.get(key) ?? { key, size: sizeKey(r) };
    entry[r.target] = r;
    byKey.set(key, entry);
  }
  return [...byKey.values()];
}

const complete = (r: SizeResult | undefined): r is SizeResult =>
  r !== undefined && r.status === "ok" && r.deliveries !== undefined && r.deliveries === r.expectedDeliveries;

/**
 * A size whose numbers say something about the server: every keystroke typed, the load keeping up, and no more
 * than half a core taken by other processes during the window (on two cores, more than that starves the server).
 */
const trustworthy = (r: SizeResult): boolean =>
  !loadGeneratorSaturated(r) &&
  (r.backgroundCpuPercent ?? 0) <= 50 &&
  (r.keystrokesScheduled === undefined || (r.keystrokes ?? 0) >= r.keystrokesScheduled * 0.99);

export type Verdict = "yes" | "yes (lower bound)" | "NO" | "not measured" | "inconclusive";

/**
 * "No worse than the baseline": ours p99 within 10% or 2 ms of the baseline's (run-to-run noise), every keystroke
 * delivered. When only the baseline's load generator fell behind, the baseline's end-to-end numbers are upper
 * bounds; its server's own event-loop delay is then a lower bound (every keystroke waits that long before the
 * server reads it), and ours at or under that bound is no worse whatever the load added: "yes (lower bound)".
 * Otherwise inconclusive when either run's load generator fell behind or other processes took over half a core.
 */
export function noWorseThanBaseline(ours: SizeResult | undefined, baseline: SizeResult | undefined): Verdict {
  if (!ours || ours.status === "skipped" || !baseline || baseline.status !== "ok" || !complete(baseline) || !baseline.latency) return "not measured";
  if (ours.status !== "ok" || !ours.latency) return "NO";
  if (!trustworthy(ours)) return "inconclusive";
  if (!complete(ours)) return "NO";
  if (trustworthy(baseline)) return ours.latency.p99 <= Math.max(baseline.latency.p99 * 1.1, baseline.latency.p99 + 2) ? "yes" : "NO";
  const onlyLoadBehind = (baseline.backgroundCpuPercent ?? 0) <= 50;
  if (onlyLoadBehind && baseline.serverLoopP99Ms !== undefined && ours.latency.p99 <= baseline.serverLoopP99Ms) return "yes (lower bound)";
  return "inconclusive";
}

export function ratioTable(sizes: SizeResult[]): string {
  return table(
    ["C/T", "p50", "p95", "p99", "max", "server CPU", "server CPU per delivery", "server peak RSS", "no worse than baseline"],
    pairs(sizes).map(({ key, ours, baseline }) => [
      key,
      ratio(ours?.latency?.p50, baseline?.latency?.p50),
      ratio(ours?.latency?.p95, baseline?.latency?.p95),
      ratio(ours?.latency?.p99, baseline?.latency?.p99),
      ratio(ours?.latency?.max, baseline?.latency?.max),
      ratio(ours?.serverCpuPercent, baseline?.serverCpuPercent),
      ratio(ours?.serverCpuPer1kDeliveriesMs, baseline?.serverCpuPer1kDeliveriesMs),
      ratio(ours?.serverPeakRssMb, baseline?.serverPeakRssMb),
      noWorseThanBaseline(ours, baseline),
    ]),
  );
}

/** The verdict for one size over every run of it: a NO in any run counts; otherwise a conclusive yes decides. */
export function sizeVerdicts(sizes: SizeResult[]): { size: string; verdict: Verdict; decidedBy: string[] }[] {
  const bySize = new Map<string, { key: string; verdict: Verdict }[]>();
  for (const pair of pairs(sizes)) {
    const list = bySize.get(pair.size) ?? [];
    list.push({ key: pair.key, verdict: noWorseThanBaseline(pair.ours, pair.baseline) });
    bySize.set(pair.size, list);
  }
  const order: Verdict[] = ["NO", "yes", "yes (lower bound)", "inconclusive", "not measured"];
  return [...bySize].map(([size, runs]) => {
    const verdict = order.find((v) => runs.some((r) => r.verdict === v)) ?? "not measured";
    return { size, verdict, decidedBy: runs.filter((r) => r.verdict === verdict).map((r) => r.key) };
  });
}

export function targetLines(sizes: SizeResult[]): string[] {
  const suggesting = sizes.filter((r) => r.suggesters);
  return [
    targetLine500("p99 ≤ 100 ms at 500 connections / 50 typists (ours)", sizes.filter((r) => !r.suggesters)),
    ...(suggesting.length > 0 ? [targetLine500("the same with half the typists suggesting, none of their updates refused", suggesting)] : []),
    baselineLine(sizes),
  ];
}

/** The 500/50 target over every run of ours given; a refused update fails it like a lost keystroke. */
function targetLine500(target: string, sizes: SizeResult[]): string {
  const runs = sizes.filter((r) => r.target === "ours" && r.connections === 500 && r.typists === 50 && r.status !== "skipped");
  const failed = runs.find((r) => r.status !== "ok" || !r.latency || (trustworthy(r) && !complete(r)) || (r.refusals ?? 0) > 0);
  const counted = runs.filter((r) => r.status === "ok" && r.latency && trustworthy(r) && complete(r));
  const p99s = (list: SizeResult[]) => list.map((r) => `${ms(r.latency!.p99)} ms${(r.loadProcesses ?? 1) > 1 ? ` with ${r.loadProcesses} load processes` : ""}`).join(", ");
  if (runs.length === 0) return `- ${target}: not measured in this run`;
  if (failed)
    return `- ${target}: NOT MET (${failed.failure ?? (!failed.latency ? "no numbers" : failed.refusals ? `${failed.refusals} updates refused` : "not every keystroke delivered")})`;
  if (counted.length === 0)
    return `- ${target}: inconclusive: p99 ${p99s(runs)} as measured, but the load generator fell behind or other processes took the CPU, so that is an upper bound, not the server's`;
  return `- ${target}: ${counted.every((r) => r.latency!.p99 <= 100) ? "met" : "NOT MET"} (p99 ${p99s(counted)})`;
}

function baselineLine(sizes: SizeResult[]): string {
  const verdicts = sizeVerdicts(sizes);
  const of = (...wanted: Verdict[]) => verdicts.filter((x) => wanted.includes(x.verdict));
  const describe = (v: { size: string; verdict: Verdict; decidedBy: string[] }) => {
    const how = v.decidedBy.filter((key) => key !== v.size).map((key) => key.slice(v.size.length).trim().replace(/^\((.*)\)$/, "$1"));
    const notes = [...how.map((h) => `with ${h.replace("load", "load processes")}`), ...(v.verdict === "yes (lower bound)" ? ["against the baseline server's own event-loop delay"] : [])];
    return `${v.size}${notes.length ? ` (${notes.join("; ")})` : ""}`;
  };
  const rest = [
    of("inconclusive").length
      ? `inconclusive at ${of("inconclusive").map((v) => v.size).join(", ")}: a load generator fell behind or other processes took over half a core`
      : "",
    of("not measured").length ? `not measured at ${of("not measured").map((v) => v.size).join(", ")}` : "",
  ].filter(Boolean);
  const decided = of("yes", "yes (lower bound)", "NO");
  if (decided.length === 0) return `- no worse than the baseline at every size: not established${rest.length ? ` (${rest.join("; ")})` : ""}`;
  return (
    `- no worse than the baseline at every size: ${
      of("NO").length === 0 ? `met at ${of("yes", "yes (lower bound)").map(describe).join(", ")}` : `NOT MET at ${of("NO").map(describe).join(", ")}`
    }` + (rest.length ? ` (${rest.join("; ")})` : "")
  );
}

/** The reason of a refused message's payload (`{ reason, sectionId, message }`); the notes keep it whole. */
function refusalReason(payload: string): string {
  try {
    const reason: unknown = (JSON.parse(payload) as { reason?: unknown }).reason;
    return typeof reason === "string" ? reason : payload;
  } catch {
    return payload;
  }
}

/**
 * Runs with suggesters beside our all-owners run of the same size and load processes: latency and deliveries of
 * owners' and suggesters' keystrokes apart, and the updates the server refused.
 */
export function suggestingTable(sizes: SizeResult[]): string {
  const rows: string[][] = [];
  const role = (r: SizeResult, run: string, who: string, summary: RoleSummary | undefined, refusals: string) => [
    `${r.connections}/${r.typists}`,
    String(r.loadProcesses ?? 1),
    run,
    who,
    summary ? String(summary.keystrokes) : "–",
    ms(summary?.latency.p50),
    ms(summary?.latency.p95),
    ms(summary?.latency.p99),
    ms(summary?.latency.max),
    summary ? deliveryCell(summary) : "–",
    refusals,
    pct(r.serverCpuPercent),
    ms(r.serverLoopP99Ms),
    pct(r.loadCpuPercent),
    pct(r.backgroundCpuPercent),
    notesCell(r),
  ];
  for (const r of sizes.filter((r) => r.suggesters && r.target === "ours")) {
    const owners = sizes.find(
      (o) => o.target === "ours" && !o.suggesters && o.connections === r.connections && o.typists === r.typists && (o.loadProcesses ?? 1) === (r.loadProcesses ?? 1),
    );
    if (owners) {
      const all = owners.roles?.owners ?? (owners.latency && owners.keystrokes !== undefined
        ? { keystrokes: owners.keystrokes, deliveries: owners.deliveries ?? 0, expectedDeliveries: owners.expectedDeliveries ?? 0, latency: owners.latency }
        : undefined);
      rows.push(role(owners, "all owners (baseline)", `${owners.typists} owners`, all, String(owners.refusals ?? "–")));
    }
    const refused = r.refusals === undefined ? "–" : `${r.refusals}${r.firstRefusal ? ` (${refusalReason(r.firstRefusal)})` : ""}`;
    rows.push(role(r, "half suggesting", `${r.typists - r.suggesters!} owners`, r.roles?.owners, refused));
    rows.push(role(r, "half suggesting", `${r.suggesters} suggesters`, r.roles?.suggesters, refused));
  }
  return table(
    ["C/T", "load procs", "run", "who typed", "keystrokes", "p50 ms", "p95 ms", "p99 ms", "max ms", "delivered/expected", "refused", "server CPU", "server loop p99 ms", "load CPU", "other CPU", "notes"],
    rows,
  );
}

export function idleTable(idle: IdleResult[]): string {
  return table(
    ["server", "documents", "RSS before MB", "RSS after MB", "RSS per document KB", "heap+external per document KB", "all synced s", "notes"],
    idle.map((r) => [
      r.target,
      String(r.documents),
      mb(r.rssBeforeMb),
      mb(r.rssAfterMb),
      r.perDocumentKb === undefined ? "–" : r.perDocumentKb.toFixed(0),
      r.heapPerDocumentKb === undefined || Number.isNaN(r.heapPerDocumentKb) ? "–" : r.heapPerDocumentKb.toFixed(0),
      r.allSyncedMs === undefined ? "–" : (r.allSyncedMs / 1000).toFixed(1),
      r.status === "ok" ? "" : (r.failure ?? r.status),
    ]),
  );
}

export function historyTable(history: HistoryResult[]): string {
  const rows: string[][] = [];
  for (const h of history) {
    if (h.phases.length === 0) {
      rows.push([h.edits.toLocaleString("en"), "–", "–", "–", "–", "–", "–", h.failure ?? h.status]);
      continue;
    }
    h.phases.forEach((p, i) =>
      rows.push([
        i === 0 ? h.edits.toLocaleString("en") : "",
        p.phase,
        p.rowsBefore === null ? "–" : String(p.rowsBefore),
        p.rowsAfter === null ? "–" : String(p.rowsAfter),
        p.syncMs === null ? "–" : ms(p.syncMs),
        p.stallMs === null ? "–" : ms(p.stallMs),
        p.chars,
        p.note,
      ]),
    );
  }
  return table(["edits", "phase", "log rows before", "log rows after", "connect → synced ms", "server unresponsive ms", "text loaded", "notes"], rows);
}

export function historyNotes(history: HistoryResult[]): string[] {
  const notes: string[] = [];
  for (const h of history) {
    if (h.writeMs !== undefined) notes.push(`${h.edits.toLocaleString("en")} edits: writing the log through the store took ${(h.writeMs / 1000).toFixed(1)} s.`);
    if (h.failure && h.phases.length > 0) notes.push(`${h.edits.toLocaleString("en")} edits: ${h.failure}`);
  }
  return notes;
}

export function machineLines(): string[] {
  const model = (() => {
    try {
      const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"));
      return match?.[1]?.trim() ?? cpus()[0]?.model ?? "unknown";
    } catch {
      return cpus()[0]?.model ?? "unknown";
    }
  })();
  const commit = (() => {
    try {
      const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
      const dirty = execFileSync("git", ["status", "--porcelain"], { encoding: "utf8" }).trim().length > 0;
      return `${head}${dirty ? " with uncommitted changes" : ""}`;
    } catch {
      return "unknown";
    }
  })();
  const date = (() => {
    try {
      return execFileSync("date", ["-u"], { encoding: "utf8" }).trim();
    } catch {
      return new Date().toUTCString();
    }
  })();
  return [
    `- Date: ${date}`,
    `- Machine: ${availableParallelism()} cores (nproc), ${model}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, ${process.platform}`,
    `- Commit: ${commit}`,
  ];
}

export function renderReport(report: RunReport): string {
  const s = report.settings;
  const out: string[] = [];
  out.push(...report.machine);
  out.push(`- Command: \`${report.command}\` (took ${report.durationSeconds} s)`);
  out.push(
    `- Settings: ${s.typingSeconds} s of typing per size after every client synced, ${s.keystrokesPerSecond} keystrokes/s per typist, ` +
      `${s.readers} readers, ${s.loadProcesses === "auto" ? "1 load process, and 2 where one fell behind" : `${s.loadProcesses} load process${s.loadProcesses > 1 ? "es" : ""}`}, connect timeout ${s.connectTimeoutSeconds} s${s.quick ? ", QUICK mode (smoke sizes)" : ""}`,
  );
  out.push("", "### Keystroke latency, typist → server → every reader", "", latencyTable(report.sizes));
  if (report.sizes.some((r) => r.target === "ours") && report.sizes.some((r) => r.target === "baseline")) {
    out.push("", "### Ours / baseline", "", ratioTable(report.sizes));
  }
  if (report.sizes.some((r) => r.suggesters)) {
    out.push("", "### Half the typists suggesting (ours)", "", suggestingTable(report.sizes));
  }
  out.push("", "### Targets", "", ...targetLines(report.sizes));
  if (report.idle.length > 0) out.push("", "### Memory per open idle document", "", idleTable(report.idle));
  if (report.history.length > 0) {
    out.push("", "### Loading a document with a long update log (ours)", "", historyTable(report.history));
    const notes = historyNotes(report.history);
    if (notes.length) out.push("", ...notes.map((n) => `- ${n}`));
  }
  if (report.notes.length > 0) out.push("", "### Notes from this run", "", ...report.notes.map((n) => `- ${n}`));
  return out.join("\n");
}

const END = "<!-- bench:results:end -->";

export type DocSection = "stock" | "light" | "suggesting";

const SECTION_TITLES: Record<DocSection, string> = {
  stock: "Latest results: stock readers (the default run)",
  light: "Latest results: light readers (BENCH_READERS=light)",
  suggesting: "Latest results: half the typists suggesting (BENCH_SUGGESTERS=half)",
};

/** Where a run's results go: a run with suggesters is its own experiment and keeps the default runs' sections. */
export const docSectionOf = (settings: RunReport["settings"]): DocSection => (settings.suggesters ? "suggesting" : settings.readers);

/**
 * Rewrites one generated section in docs/BENCHMARKS.md, keeping everything around it. Stock runs, light runs and
 * runs with suggesters each keep their own latest section.
 */
export function writeBenchmarksDoc(path: string, kind: DocSection, body: string): void {
  const startTag = `<!-- bench:results:start ${kind} `;
  const start = `${startTag}(written by \`npm run bench\`; edit outside these markers) -->`;
  const title = SECTION_TITLES[kind];
  const section = `${start}\n\n## ${title}\n\n${body}\n\n${END}`;
  const current = existsSync(path) ? readFileSync(path, "utf8") : "# Benchmarks\n";
  const from = current.indexOf(startTag);
  const to = from >= 0 ? current.indexOf(END, from) : -1;
  const next =
    from >= 0 && to > from
      ? `${current.slice(0, from)}${section}${current.slice(to + END.length)}`
      : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(path, next);
}
