import { machineBusyPercent } from "./procfs";

// Other people's work on a two-core machine skews what a run measures. A run has a bounded amount of spare
// time to wait for the machine to calm down and to measure a disturbed window again; a busy machine then gives
// a noted result rather than a long run.

/** Other processes above this share of one core: wait before measuring. */
const QUIET_BELOW_PERCENT = 25;

export function spareTime(spareMs: number, log: (line: string) => void) {
  let usedMs = 0;
  const left = () => spareMs - usedMs;
  return {
    left,
    /** Counts time spent measuring again against the spare time. */
    charge(ms: number): void {
      usedMs += ms;
    },
    /** Waits (out of the spare time) until other processes use less than a quarter of a core. */
    async waitForQuiet(): Promise<void> {
      const started = Date.now();
      let busy = await machineBusyPercent(1_000);
      if (busy >= QUIET_BELOW_PERCENT && left() > 0) {
        log(`the machine is busy with other work (${busy.toFixed(0)}% of a core); waiting up to ${Math.round(left() / 1000)} s for it to calm down`);
        while (busy >= QUIET_BELOW_PERCENT && Date.now() - started < left()) busy = await machineBusyPercent(1_000);
        if (busy >= QUIET_BELOW_PERCENT) log(`still ${busy.toFixed(0)}% of a core busy with other work; going ahead (see "other CPU")`);
      }
      usedMs += Date.now() - started;
    },
  };
}
