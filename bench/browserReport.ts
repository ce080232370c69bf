import { execFileSync } from "node:child_process";
import type { LoadMarks } from "./browserProbe";
import type { LongPaperShape } from "./longPaper";
import { repoRoot } from "./children";

// The browser benchmark's Markdown: medians over runs for opening each paper, percentiles of typing latency,
// and the targets of the "Fast" issue.

export type Variant = "baseline" | "new";

export interface PageRun {
  variant: Variant;
  paper: "demo" | "long";
  cache: "cold" | "warm";
  marks: LoadMarks;
  heapMb: number;
  domNodes: number;
}

export interface TypingRun {
  variant: Variant;
  paper: "demo" | "long";
  latencies: number[];
}

interface ReportInput {
  pages: PageRun[];
  typing: TypingRun[];
  baselineCommit: string;
  runs: number;
  keys: number;
  keyGapMs: number;
  long: LongPaperShape;
  seconds: number;
}

export const TARGETS = { demoMs: 1000, longMs: 3000, typingP95Ms: 50 };

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const ms = (value: number | null) => (value === null ? "–" : `${Math.round(value)}`);
const nonNull = (values: (number | null)[]) => values.filter((v): v is number => v !== null);

function commitOfThisCheckout(): string {
  try {
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: repoRoot, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--", "client", "shared", "server"], { cwd: repoRoot, encoding: "utf8" }).trim() !== "";
    return dirty ? `${commit} with uncommitted changes` : commit;
  } catch {
    return "unknown";
  }
}

export function renderBrowserReport(input: ReportInput): string {
  const { pages, typing } = input;
  const lines: string[] = [];
  lines.push(
    `Baseline: ${input.baselineCommit} (the document page before this work); new: ${commitOfThisCheckout()}. Each its own server (in a process of its own) and client, ` +
      `on its own temp SQLite database with the demo data and the long paper (${input.long.sections} sections × ${input.long.paragraphs} paragraphs, ` +
      `a heading, list, table and footnotes in each), headless Chromium at 1440 × 900. Median of ${input.runs} runs (run took ${Math.round(input.seconds)} s). ` +
      `"Interactive": from navigation start until the first section's editor takes input and every section in view shows its text. ` +
      `Cold: a fresh browser profile (nothing cached); warm: the same page opened again.`,
  );
  lines.push("");
  lines.push("| paper | cache | client | interactive ms | every section an editor ms | editors at interactive | long tasks before interactive ms (longest) | JS heap MB | DOM elements |");
  lines.push("|---|---|---|---:|---:|---:|---:|---:|---:|");
  for (const paper of ["demo", "long"] as const) {
    for (const cache of ["cold", "warm"] as const) {
      for (const variant of ["baseline", "new"] as const) {
        const runs = pages.filter((p) => p.paper === paper && p.cache === cache && p.variant === variant);
        if (runs.length === 0) continue;
        const all = nonNull(runs.map((r) => r.marks.allEditorsMs));
        lines.push(
          `| ${paper} | ${cache} | ${variant} | ${ms(median(nonNull(runs.map((r) => r.marks.interactiveMs))))} | ${all.length < runs.length ? `${ms(median(all))} (${all.length} of ${runs.length} runs)` : ms(median(all))} | ` +
            `${ms(median(runs.map((r) => r.marks.editorsAtInteractive)))} of ${runs[0]!.marks.sections} | ${ms(median(runs.map((r) => r.marks.longTasksMs)))} (${ms(median(runs.map((r) => r.marks.longestTaskMs)))}) | ` +
            `${(median(runs.map((r) => r.heapMb)) ?? 0).toFixed(1)} | ${ms(median(runs.map((r) => r.domNodes)))} |`,
        );
      }
    }
  }
  lines.push("");
  lines.push(
    `Typing in section ${Math.floor(input.long.sections / 2) - 1} of the long paper (${input.long.sections} sections), and in "Sustainable funding" of the demo paper (9 sections): ${input.keys} keys a run, one every ${input.keyGapMs} ms after the last was handled; ` +
      "key press (the keydown's timestamp) → the task after the next frame's paint. Percentiles per run, median over runs; max over all runs.",
  );
  lines.push("");
  lines.push("| paper | client | keys | p50 ms | p95 ms | p99 ms | max ms |");
  lines.push("|---|---|---:|---:|---:|---:|---:|");
  for (const paper of ["long", "demo"] as const) {
    for (const variant of ["baseline", "new"] as const) {
      const runs = typing.filter((t) => t.variant === variant && t.paper === paper);
      if (runs.length === 0) continue;
      const per = (p: number) => ms(median(nonNull(runs.map((r) => percentile(r.latencies, p)))));
      const keys = runs.reduce((sum, r) => sum + r.latencies.length, 0);
      lines.push(`| ${paper} | ${variant} | ${keys} | ${per(50)} | ${per(95)} | ${per(99)} | ${ms(Math.max(...runs.flatMap((r) => r.latencies)))} |`);
    }
  }
  lines.push("");
  const interactive = (paper: "demo" | "long") => median(nonNull(pages.filter((p) => p.paper === paper && p.cache === "cold" && p.variant === "new").map((p) => p.marks.interactiveMs)));
  const p95 = median(nonNull(typing.filter((t) => t.variant === "new" && t.paper === "long").map((t) => percentile(t.latencies, 95))));
  const verdict = (value: number | null, limit: number) => (value === null ? "not measured" : `${value <= limit ? "met" : "NOT MET"} (${Math.round(value)} ms)`);
  lines.push("Targets (new client, cold):");
  lines.push("");
  lines.push(`- demo paper interactive ≤ ${TARGETS.demoMs} ms: ${verdict(interactive("demo"), TARGETS.demoMs)}`);
  lines.push(`- long paper interactive ≤ ${TARGETS.longMs} ms: ${verdict(interactive("long"), TARGETS.longMs)}`);
  lines.push(`- typing p95 ≤ ${TARGETS.typingP95Ms} ms in the long paper: ${verdict(p95, TARGETS.typingP95Ms)}`);
  return lines.join("\n");
}
