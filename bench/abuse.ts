import { ServerChild, LoadChild, killAllChildren, makeTempDir, start } from "./children";
import { stallProbe } from "./stallProbe";
import { Histogram } from "./histogram";
import { writeDocSection, writesDoc } from "./docSection";
import { nowMs, type LoadFixture, type TypingJob } from "./messages";
import type { FloodJob, FloodReport } from "./flooder";
import { join } from "node:path";
import { setPriority } from "node:os";
import { cpuMs } from "./procfs";

// The abuse row: the normal 100-connection / 20-typist load (light readers) on our server, once alone and once
// with one more account flooding it (bench/flooder.ts), in the same run. What the flood may not do is slow the
// others: the typists' keystroke latency and the longest /api/health answer, side by side.

const CONNECTIONS = 100;
const TYPISTS = 20;
const TYPING_MS = Number(process.env.BENCH_SECONDS ?? 20) * 1000;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

interface AbuseResult {
  flooder: boolean;
  p50: number;
  p99: number;
  max: number;
  delivered: number;
  expected: number;
  healthWorstMs: number;
  serverCpuPercent: number;
  flood: FloodReport | null;
}

async function runOnce(withFlooder: boolean): Promise<AbuseResult> {
  const dir = makeTempDir("penholder-bench-abuse-");
  const server = await ServerChild.start("ours", { BENCH_DB: join(dir.path, "bench.db") });
  const load = new LoadChild();
  const flooder = withFlooder ? start("./flooder.ts", [], {}) : null;
  // On a two-core machine the flooder's own CPU would slow the server by taking its core; in life it runs
  // elsewhere. At the lowest priority it uses only what the server and the load leave over.
  if (flooder?.pid) setPriority(flooder.pid, 19);
  try {
    // One more typist than the load uses: the flooder is a member with a section of its own.
    const fixture = await server.request<LoadFixture>({ op: "setup-load", connections: CONNECTIONS + 1, typists: TYPISTS + 1 }, 120_000);
    const abuser = fixture.clients[TYPISTS]!;
    const normal: LoadFixture = { room: fixture.room, clients: fixture.clients.filter((_, i) => i !== TYPISTS) };
    const job: TypingJob = {
      kind: "typing",
      wsBase: server.wsBase,
      fixture: normal,
      slice: { from: 0, to: CONNECTIONS },
      typingMs: TYPING_MS,
      keystrokesPerSecond: 5,
      connectTimeoutMs: 60_000,
      drainMs: 10_000,
      connectConcurrency: 50,
      readers: "light",
    };
    load.send(job);
    await load.next("connected", 90_000);
    if (flooder) {
      const flood: FloodJob = {
        url: `${server.wsBase}/${fixture.room}`,
        cookie: abuser.cookie!,
        sectionId: abuser.sectionId!,
        forbiddenSectionId: fixture.clients[0]!.sectionId!,
      };
      flooder.send({ type: "flood", job: flood });
      // Let the flood get going before the measured window.
      await sleep(2_000);
    }
    const probe = stallProbe(server.port);
    const atMs = nowMs() + 500;
    load.send({ type: "start", atMs });
    await sleep(Math.max(0, atMs - nowMs()));
    const cpuStart = cpuMs(server.pid) ?? 0;
    const windowStart = nowMs();
    await load.next("typing-end", TYPING_MS + 60_000);
    const serverCpuPercent = (((cpuMs(server.pid) ?? 0) - cpuStart) / (nowMs() - windowStart)) * 100;
    const healthWorstMs = await probe.stop();
    const report = flooder
      ? await new Promise<FloodReport>((resolve) => {
          flooder.once("message", (m) => resolve(m as FloodReport));
          flooder.send({ type: "stop" });
        })
      : null;
    const [result] = [await load.next("typing-result", 70_000)];
    const latency = Histogram.merge([result.latency]);
    return {
      flooder: withFlooder,
      p50: latency.quantile(0.5),
      p99: latency.quantile(0.99),
      max: latency.max,
      delivered: result.deliveries,
      expected: result.expectedDeliveries,
      healthWorstMs,
      serverCpuPercent,
      flood: report,
    };
  } finally {
    flooder?.kill("SIGKILL");
    await load.stop();
    await server.stop();
    dir.remove();
  }
}

async function main(): Promise<void> {
  const runs = [await runOnce(false), await runOnce(true)];
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const flood = runs[1]!.flood;
  const table = [
    `${CONNECTIONS} connections, ${TYPISTS} typists at 5 keystrokes/s for ${TYPING_MS / 1000} s (light readers), on our server; ` +
      "the same load alone and with one flooding account, measured in the same run. \"Health worst\": the longest any " +
      "/api/health request took during the window (asked every 100 ms). The flooder runs at the lowest CPU priority, so on " +
      "two cores it takes only what the server and the load leave (in life it is another machine).",
    "",
    "| run | keystroke p50 | p99 | max | delivered | health worst | server CPU |",
    "|---|---:|---:|---:|---:|---:|---:|",
    ...runs.map(
      (r) =>
        `| ${r.flooder ? "with the flooder" : "without (baseline)"} | ${ms(r.p50)} | ${ms(r.p99)} | ${ms(r.max)} | ${r.delivered} of ${r.expected} | ${ms(r.healthWorstMs)} | ${r.serverCpuPercent.toFixed(0)}% |`,
    ),
    "",
    flood
      ? `The flooder sent ${flood.messages} messages (${(flood.bytes / 2 ** 20).toFixed(1)} MB: one-character updates, refused 0.8 MB pastes, ` +
        `presence floods of 5000 entries) over ${flood.connections} connections; the server closed them ${Object.entries(flood.closes)
          .map(([code, n]) => `${n}× with ${code}`)
          .join(", ")}, and refused ${flood.refusedUpgrades} reconnections (429).`
      : "",
  ].join("\n");
  process.stdout.write(`${table}\n`);
  if (writesDoc()) writeDocSection("abuse", "npx tsx bench/abuse.ts", table);
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    killAllChildren();
    process.exit(1);
  });
