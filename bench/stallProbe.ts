import { nowMs } from "./messages";

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Asks /api/health over and over; the longest answer is how long the server could not answer anyone. */
export function stallProbe(port: number) {
  let stopped = false;
  let longest = 0;
  let inFlightSince: number | null = null;
  const loop = (async () => {
    for (let i = 0; !stopped && i < 100_000; i++) {
      const started = nowMs();
      inFlightSince = started;
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(600_000) });
        await response.arrayBuffer();
      } catch {
        // a refused or aborted probe still measured how long it waited
      }
      inFlightSince = null;
      longest = Math.max(longest, nowMs() - started);
      if (!stopped) await sleep(100);
    }
  })();
  return {
    async stop(): Promise<number> {
      if (!stopped) {
        stopped = true;
        await Promise.race([loop, sleep(1_000)]);
        // A probe still waiting when we stop counts for as long as it has waited.
        if (inFlightSince !== null) longest = Math.max(longest, nowMs() - inFlightSince);
      }
      return longest;
    },
  };
}

