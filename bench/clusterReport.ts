import { machineLines } from "./report";
import type { ReaderKind } from "./messages";

// The several-instances section of docs/BENCHMARKS.md: latency by where the reader is, and each process's CPU.

export interface Latency {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  count: number;
}

export interface ProcessCpu {
  name: string;
  /** % of one core over the typing window. */
  percent: number;
  /** CPU ms from the start of typing until every keystroke arrived (or the drain gave up). */
  drainedMs: number;
  /** Deliveries to the readers connected to this instance; null for processes that are not instances. */
  deliveries: number | null;
}

export interface ClusterRun {
  instances: number;
  connections: number;
  typists: number;
  all: Latency;
  same: Latency;
  cross: Latency;
  deliveries: number;
  expectedDeliveries: number;
  keystrokes: number;
  keystrokesScheduled: number;
  cpu: ProcessCpu[];
  otherCpuPercent: number;
  loadLoopP99Ms: number;
  sendLagP99Ms: number;
  loadCpuPercent: number;
  contentMismatches: number;
  disconnects: number;
  allSyncedMs: number;
}

interface Settings {
  typingSeconds: number;
  keystrokesPerSecond: number;
  readers: ReaderKind;
  command: string;
  seconds: number;
}

/** The overhead the design allows the hop between instances at 100 connections / 20 typists. */
export const CROSS_OVERHEAD_TARGET_MS = 10;

const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
const percent = (v: number) => `${v.toFixed(0)}%`;
const perThousand = (cpuMs: number, deliveries: number) => (deliveries > 0 ? ((cpuMs / deliveries) * 1000).toFixed(1) : "–");

/** The load generator fell behind: its latencies include its own queueing (the one-process bench's rule). */
const lagging = (run: ClusterRun) => run.loadLoopP99Ms > 50 || run.sendLagP99Ms > 50 || run.loadCpuPercent > 90;

function latencyRows(run: ClusterRun): string[] {
  const setup = run.instances === 1 ? "one instance (baseline)" : `${run.instances} instances`;
  const row = (readers: string, l: Latency, delivered: string) =>
    `| ${run.connections}/${run.typists} | ${setup} | ${readers} | ${ms(l.p50)} | ${ms(l.p95)} | ${ms(l.p99)} | ${ms(l.max)} | ${delivered} | ${percent(run.otherCpuPercent)} |`;
  const all = `${run.deliveries}/${run.expectedDeliveries}`;
  if (run.instances === 1) return [row("all readers", run.all, all)];
  return [
    row("all readers", run.all, all),
    row("on the typist's instance", run.same, String(run.same.count)),
    row("on the other instance", run.cross, String(run.cross.count)),
  ];
}

function cpuRows(run: ClusterRun): string[] {
  const setup = run.instances === 1 ? "one instance" : `${run.instances} instances`;
  const instances = run.cpu.filter((c) => c.deliveries !== null);
  const rows = run.cpu.map(
    (c) => `| ${run.connections}/${run.typists} | ${setup} | ${c.name} | ${percent(c.percent)} | ${c.deliveries ?? ""} | ${c.deliveries === null ? "" : perThousand(c.drainedMs, c.deliveries)} |`,
  );
  if (instances.length > 1) {
    const cpu = instances.reduce((n, c) => n + c.drainedMs, 0);
    const deliveries = instances.reduce((n, c) => n + c.deliveries!, 0);
    rows.push(`| ${run.connections}/${run.typists} | ${setup} | every instance together | ${percent(instances.reduce((n, c) => n + c.percent, 0))} | ${deliveries} | ${perThousand(cpu, deliveries)} |`);
  }
  rows.push(`| ${run.connections}/${run.typists} | ${setup} | everything else on the machine | ${percent(run.otherCpuPercent)} | | |`);
  return rows;
}

/**
 * The hop between instances at one size: p99 of readers on the other instance minus p99 of readers on the
 * typist's, both from the same window. Judged only where every keystroke arrived, the load kept up and other
 * processes left the machine mostly alone.
 */
export function overheadVerdict(run: ClusterRun): { overheadMs: number; verdict: string } {
  const overheadMs = run.cross.p99 - run.same.p99;
  const verdict =
    run.deliveries < run.expectedDeliveries
      ? "not met (keystrokes lost)"
      : lagging(run)
        ? "inconclusive (the load generator fell behind)"
        : run.otherCpuPercent > 50
          ? `inconclusive (other processes took ${percent(run.otherCpuPercent)} of a core)`
          : overheadMs <= CROSS_OVERHEAD_TARGET_MS
            ? "met"
            : "NOT MET";
  return { overheadMs, verdict };
}

function verdicts(runs: ClusterRun[]): string[] {
  const lines: string[] = [];
  for (const run of runs.filter((r) => r.instances > 1)) {
    const { overheadMs: overhead, verdict } = overheadVerdict(run);
    const baseline = runs.find((r) => r.instances === 1 && r.connections === run.connections && r.typists === run.typists);
    const judged = run.connections === 100 && run.typists === 20;
    lines.push(
      `- ${run.connections}/${run.typists}: p99 on the other instance − p99 on the typist's instance = ${ms(run.cross.p99)} − ${ms(run.same.p99)} = **${ms(overhead)} ms**` +
        (judged ? ` (target ≤ ${CROSS_OVERHEAD_TARGET_MS} ms: ${verdict})` : "") +
        `; at p50 ${ms(run.cross.p50 - run.same.p50)} ms, at p95 ${ms(run.cross.p95 - run.same.p95)} ms` +
        (baseline ? `; against one instance: p99 ${ms(baseline.all.p99)} → ${ms(run.all.p99)} ms for all readers, p50 ${ms(baseline.all.p50)} → ${ms(run.all.p50)} ms` : "") +
        ".",
    );
  }
  return lines;
}

function notes(runs: ClusterRun[]): string[] {
  const lines: string[] = [];
  for (const run of runs) {
    const name = `${run.instances === 1 ? "one instance" : `${run.instances} instances`} ${run.connections}/${run.typists}`;
    if (lagging(run))
      lines.push(
        `- ${name}: the load generator fell behind (CPU ${percent(run.loadCpuPercent)} of a core, event-loop delay p99 ${ms(run.loadLoopP99Ms)} ms, keystrokes sent late by ${ms(run.sendLagP99Ms)} ms at p99): its latencies include its own queueing.`,
      );
    if (run.keystrokes < run.keystrokesScheduled) lines.push(`- ${name}: the typists sent ${run.keystrokes} of ${run.keystrokesScheduled} keystrokes.`);
    if (run.contentMismatches > 0) lines.push(`- ${name}: ${run.contentMismatches} text mismatches after the drain.`);
    if (run.disconnects > 0) lines.push(`- ${name}: ${run.disconnects} disconnects during typing.`);
  }
  return lines;
}

export function clusterReport(runs: ClusterRun[], settings: Settings): string {
  return [
    // Date, machine and command come from writeDocSection.
    ...machineLines().filter((line) => line.startsWith("- Commit")),
    `- Run: \`${settings.command}\`, took ${settings.seconds} s`,
    `- Settings: ${settings.typingSeconds} s of typing after every client synced, ${settings.keystrokesPerSecond} keystrokes/s per typist, ${settings.readers} readers, one load process; a fresh PostgreSQL database and fresh instances per row, one PostgreSQL and one Redis for the run`,
    "",
    "### Keystroke latency, typist → instance → (PostgreSQL, Redis, other instance) → reader",
    "",
    "| C/T | setup | readers | p50 ms | p95 ms | p99 ms | max ms | delivered | other CPU |",
    "|---|---|---|---:|---:|---:|---:|---:|---:|",
    ...runs.flatMap(latencyRows),
    "",
    "### Overhead of the other instance",
    "",
    ...verdicts(runs),
    "",
    "### CPU per process over the typing window, and per delivered update",
    "",
    "\"CPU ms/1k deliveries\": the instance's CPU from the start of typing until every keystroke arrived, over the deliveries to the readers connected to it.",
    "",
    "| C/T | setup | process | CPU (% of a core) | deliveries | CPU ms/1k deliveries |",
    "|---|---|---|---:|---:|---:|",
    ...runs.flatMap(cpuRows),
    ...(notes(runs).length ? ["", "### Notes from this run", "", ...notes(runs)] : []),
  ].join("\n");
}
