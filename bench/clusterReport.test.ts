import { describe, expect, it } from "vitest";
import { overheadVerdict, type ClusterRun, type Latency } from "./clusterReport";

// The verdict decides what the several-instances benchmark claims, so it is tested like the one-instance ones.

const latency = (p99: number): Latency => ({ p50: p99 / 3, p95: p99 / 2, p99, max: p99 * 2, count: 80_000 });

function twoInstances(sameP99: number, crossP99: number, extra: Partial<ClusterRun> = {}): ClusterRun {
  return {
    instances: 2,
    connections: 100,
    typists: 20,
    all: latency(Math.max(sameP99, crossP99)),
    same: latency(sameP99),
    cross: latency(crossP99),
    deliveries: 160_000,
    expectedDeliveries: 160_000,
    keystrokes: 2_000,
    keystrokesScheduled: 2_000,
    cpu: [],
    otherCpuPercent: 5,
    loadLoopP99Ms: 3,
    sendLagP99Ms: 2,
    loadCpuPercent: 30,
    contentMismatches: 0,
    disconnects: 0,
    allSyncedMs: 300,
    ...extra,
  };
}

describe("overhead of the other instance", () => {
  it("is p99 on the other instance minus p99 on the typist's, met up to 10 ms", () => {
    expect(overheadVerdict(twoInstances(12, 21.5))).toEqual({ overheadMs: 9.5, verdict: "met" });
    expect(overheadVerdict(twoInstances(12, 22))).toEqual({ overheadMs: 10, verdict: "met" });
    expect(overheadVerdict(twoInstances(12, 22.5)).verdict).toBe("NOT MET");
  });

  it("is not met when keystrokes were lost, however fast the rest was", () => {
    expect(overheadVerdict(twoInstances(12, 13, { deliveries: 159_999 })).verdict).toBe("not met (keystrokes lost)");
  });

  it("is inconclusive when the load generator fell behind or other processes took over half a core", () => {
    expect(overheadVerdict(twoInstances(12, 40, { sendLagP99Ms: 75 })).verdict).toMatch(/^inconclusive \(the load generator/);
    expect(overheadVerdict(twoInstances(12, 40, { loadCpuPercent: 95 })).verdict).toMatch(/^inconclusive \(the load generator/);
    expect(overheadVerdict(twoInstances(12, 40, { otherCpuPercent: 80 })).verdict).toBe("inconclusive (other processes took 80% of a core)");
  });
});
