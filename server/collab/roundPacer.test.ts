import { describe, expect, it } from "vitest";
import { RoundPacer } from "./roundPacer";

const settings = { duty: 0.5, burstMs: 20, windowMs: 15 };

describe("RoundPacer", () => {
  it("runs rounds at once while they are cheap", () => {
    const pacer = new RoundPacer(settings, 0);
    expect(pacer.delayAt(0)).toBe(0);
    pacer.roundEnded(0, 2);
    expect(pacer.delayAt(2)).toBe(0);
  });

  it("spaces rounds once they have used their share of the time", () => {
    const pacer = new RoundPacer(settings, 0);
    // 30 ms of rounds with no pause: 20 ms of credit, then 10 ms of debt (refilled at half the rate meanwhile).
    pacer.roundEnded(0, 30);
    const delay = pacer.delayAt(30);
    expect(delay).toBeGreaterThan(0);
    expect(delay).toBeLessThanOrEqual(settings.windowMs);
    // After waiting that long the next round may run.
    expect(pacer.delayAt(30 + delay)).toBe(0);
  });

  it("never waits more than one window, however long a round took", () => {
    const pacer = new RoundPacer(settings, 0);
    pacer.roundEnded(0, 5_000);
    expect(pacer.delayAt(5_000)).toBe(settings.windowMs);
  });

  it("refills no more than the burst after a quiet spell", () => {
    const pacer = new RoundPacer(settings, 0);
    pacer.roundEnded(0, 10);
    // An hour later: the credit is the burst, so 21 ms of rounds leave a debt.
    pacer.delayAt(3_600_000);
    pacer.roundEnded(3_600_000, 3_600_021);
    expect(pacer.delayAt(3_600_021)).toBeGreaterThan(0);
  });
});
