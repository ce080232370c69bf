import { describe, expect, it } from "vitest";
import { noWorseThanBaseline, sizeVerdicts, targetLines, type SizeResult } from "./report";

// The verdicts decide what the benchmark claims, so they are tested like the product's rules.

function run(target: "ours" | "baseline", p99: number, extra: Partial<SizeResult> = {}): SizeResult {
  return {
    target,
    connections: 200,
    typists: 50,
    loadProcesses: 1,
    status: "ok",
    latency: { p50: p99 / 3, p95: p99 / 2, p99, max: p99 * 2, mean: p99 / 3 },
    keystrokes: 1000,
    keystrokesScheduled: 1000,
    deliveries: 150_000,
    expectedDeliveries: 150_000,
    loadCpuPercent: 40,
    loadEventLoopP99Ms: 3,
    sendLagP99Ms: 2,
    backgroundCpuPercent: 0,
    serverLoopP99Ms: 2,
    ...extra,
  };
}
const saturated = { loadCpuPercent: 97 };

describe("no worse than the baseline", () => {
  it("compares p99 within 10% or 2 ms when both loads kept up", () => {
    expect(noWorseThanBaseline(run("ours", 10.9), run("baseline", 10))).toBe("yes");
    expect(noWorseThanBaseline(run("ours", 6.9), run("baseline", 5))).toBe("yes");
    expect(noWorseThanBaseline(run("ours", 12.5), run("baseline", 10))).toBe("NO");
  });

  it("says NO when ours lost a keystroke, and inconclusive when ours' own load fell behind", () => {
    expect(noWorseThanBaseline(run("ours", 5, { deliveries: 149_999 }), run("baseline", 10))).toBe("NO");
    expect(noWorseThanBaseline(run("ours", 5, saturated), run("baseline", 10))).toBe("inconclusive");
  });

  it("uses the baseline server's own loop delay as a lower bound only when its load, not other work, fell behind", () => {
    const baseline = run("baseline", 900, { ...saturated, serverLoopP99Ms: 60 });
    expect(noWorseThanBaseline(run("ours", 40), baseline)).toBe("yes (lower bound)");
    expect(noWorseThanBaseline(run("ours", 70), baseline)).toBe("inconclusive");
    expect(noWorseThanBaseline(run("ours", 40), { ...baseline, backgroundCpuPercent: 80 })).toBe("inconclusive");
  });

  it("judges each size over all its runs: a NO anywhere counts, otherwise a conclusive run decides", () => {
    const oneLoad = [run("baseline", 100, saturated), run("ours", 20)];
    const twoLoads = [run("baseline", 23, { loadProcesses: 2 }), run("ours", 20, { loadProcesses: 2 })];
    expect(sizeVerdicts([...oneLoad, ...twoLoads])).toEqual([{ size: "200/50", verdict: "yes", decidedBy: ["200/50 (2 load)"] }]);
    const worseWithTwo = [run("baseline", 10, { loadProcesses: 2 }), run("ours", 20, { loadProcesses: 2 })];
    expect(sizeVerdicts([...oneLoad, ...worseWithTwo])[0]!.verdict).toBe("NO");
    expect(targetLines([...oneLoad, ...twoLoads])[1]).toBe("- no worse than the baseline at every size: met at 200/50 (with 2 load processes)");
  });

  it("holds the 500-connection target to every trustworthy run of ours", () => {
    const at500 = { connections: 500, typists: 50 };
    const lines = targetLines([run("ours", 40, at500), run("ours", 120, { ...at500, loadProcesses: 2 })]);
    expect(lines[0]).toBe("- p99 ≤ 100 ms at 500 connections / 50 typists (ours): NOT MET (p99 40.0 ms, 120 ms with 2 load processes)");
    expect(targetLines([run("ours", 40, at500)])[0]).toContain(": met (p99 40.0 ms)");
  });

  it("judges runs with suggesters on their own: a refused update fails them, and the relay is never compared with them", () => {
    const at500 = { connections: 500, typists: 50 };
    const owners = run("ours", 40, at500);
    const suggesting = run("ours", 60, { ...at500, suggesters: 25, refusals: 0 });
    const lines = targetLines([run("baseline", 50, at500), owners, suggesting]);
    expect(lines[0]).toContain(": met (p99 40.0 ms)");
    expect(lines[1]).toBe("- the same with half the typists suggesting, none of their updates refused: met (p99 60.0 ms)");
    expect(lines[2]).toBe("- no worse than the baseline at every size: met at 500/50");
    const refused = targetLines([owners, { ...suggesting, refusals: 3 }])[1];
    expect(refused).toBe("- the same with half the typists suggesting, none of their updates refused: NOT MET (3 updates refused)");
  });
});
