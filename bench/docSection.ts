import { readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, totalmem } from "node:os";
import { join } from "node:path";
import { repoRoot } from "./children";

/**
 * Whether this run may rewrite docs/BENCHMARKS.md: BENCH_WRITE_DOC when set, else not for a quick (smoke) run, whose
 * short windows are no results.
 */
export const writesDoc = (env: NodeJS.ProcessEnv = process.env): boolean =>
  env.BENCH_WRITE_DOC ? env.BENCH_WRITE_DOC === "1" : env.BENCH_QUICK !== "1";

/** Rewrites one "## Latest results: <name>" section of docs/BENCHMARKS.md with this run's figures, date and machine. */
export function writeDocSection(name: string, command: string, body: string): void {
  const path = join(repoRoot, "docs", "BENCHMARKS.md");
  const cpu = /model name\s*:\s*(.*)/.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? "unknown CPU";
  const heading = `## Latest results: ${name}`;
  const section = [
    heading,
    "",
    `- Date: ${new Date().toUTCString()}`,
    `- Machine: ${availableParallelism()} cores, ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}`,
    `- Command: \`${command}\` (part of \`npm run bench\`)`,
    "",
    body,
    "",
  ].join("\n");
  const doc = readFileSync(path, "utf8");
  const start = doc.indexOf(heading);
  const next = start < 0 ? -1 : doc.indexOf("\n## ", start + 1);
  const updated = start < 0 ? `${doc.trimEnd()}\n\n${section}` : `${doc.slice(0, start)}${section}${next < 0 ? "" : doc.slice(next + 1)}`;
  writeFileSync(path, updated);
}
