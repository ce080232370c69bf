import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as Y from "yjs";
import { openStore } from "../server/store/store";
import { SQLITE_SYNCHRONOUS, type SqliteSynchronous } from "../server/store/dialect";

// `npx tsx bench/sqliteDurability.ts`: what SQLITE_SYNCHRONOUS costs the group commit. Times BENCH_COMMITS
// transactions shaped like one flush round of a room (appendRound of BENCH_ROWS rows, each a one-keystroke Yjs
// update, one row per person who typed in the window) with synchronous=FULL and =NORMAL, alternating in the same
// run (BENCH_RUNS times each, a fresh database file each time) so both see the same disk and the same neighbours.
// better-sqlite3 commits on the event loop: the time per commit is time no keystroke of any document is read.
// Set BENCH_DIR to measure on another disk (the default is the system temp directory).

const env = process.env;
const COMMITS = Number(env.BENCH_COMMITS ?? 2000);
const ROWS = (env.BENCH_ROWS ?? "1,5,20").split(",").map(Number);
const RUNS = Number(env.BENCH_RUNS ?? 3);
const WARMUP = 50;

/** One keystroke as a client sends it: a character typed at the end of a paragraph. */
function keystrokes(count: number): Uint8Array[] {
  const doc = new Y.Doc();
  const text = new Y.XmlText();
  doc.getXmlFragment("section:bench").insert(0, [new Y.XmlElement("paragraph")]);
  (doc.getXmlFragment("section:bench").get(0) as Y.XmlElement).insert(0, [text]);
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < count; i++) text.insert(text.length, "abcdefghij"[i % 10]!);
  return updates;
}

interface Timing {
  mode: SqliteSynchronous;
  rows: number;
  perCommitMs: number[];
}

async function timeCommits(mode: SqliteSynchronous, rows: number, updates: Uint8Array[]): Promise<Timing> {
  const dir = mkdtempSync(join(env.BENCH_DIR ?? tmpdir(), "penholder-durability-"));
  const store = await openStore(`sqlite:${join(dir, "bench.db")}`, { sqliteSynchronous: mode });
  try {
    const now = Date.now();
    await store.documents.insert({ id: "bench", title: "Bench", description: "", language: "en", created_by: null, created_at: now, updated_at: now });
    const perCommitMs: number[] = [];
    let next = 0;
    for (let i = 0; i < WARMUP + COMMITS; i++) {
      const batch = Array.from({ length: rows }, (_, person) => ({
        document_id: "bench",
        data: updates[next++ % updates.length]!,
        user_id: `person-${person}`,
        client_id: person + 1,
        created_at: now,
      }));
      const start = performance.now();
      await store.transaction((tx) => tx.documents.appendRound("bench", batch));
      if (i >= WARMUP) perCommitMs.push(performance.now() - start);
    }
    return { mode, rows, perCommitMs };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const ms = (value: number) => value.toFixed(3);

async function main(): Promise<void> {
  const updates = keystrokes(1000);
  const results: Timing[] = [];
  for (const rows of ROWS) {
    for (let run = 0; run < RUNS; run++) {
      // Alternate which goes first, so neither always meets a cold or a busy disk.
      const order = run % 2 === 0 ? SQLITE_SYNCHRONOUS : [...SQLITE_SYNCHRONOUS].reverse();
      for (const mode of order) results.push(await timeCommits(mode, rows, updates));
    }
  }
  const lines = [
    `${COMMITS} group commits per run, ${RUNS} runs per setting, alternating; ${env.BENCH_DIR ?? tmpdir()}`,
    "",
    "| synchronous | rows per commit | median ms/commit | p99 ms/commit | max ms | commits/s (one document) |",
    "|---|---|---|---|---|---|",
  ];
  for (const rows of ROWS) {
    for (const mode of SQLITE_SYNCHRONOUS) {
      const all = results.filter((r) => r.mode === mode && r.rows === rows).flatMap((r) => r.perCommitMs).sort((a, b) => a - b);
      const total = all.reduce((sum, value) => sum + value, 0);
      lines.push(`| ${mode.toUpperCase()} | ${rows} | ${ms(percentile(all, 50))} | ${ms(percentile(all, 99))} | ${ms(all.at(-1)!)} | ${Math.round((all.length / total) * 1000)} |`);
    }
  }
  process.stdout.write(lines.join("\n") + "\n");
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
