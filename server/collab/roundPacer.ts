// Group commit, paced by what rounds cost. Rounds (store, then broadcast) may take at most `duty` of the wall
// time: a token bucket filled at that rate, up to `burstMs`, and spent by each round's cost. While the bucket
// has credit the next round runs at once, so with tens of people every keystroke goes out nearly alone; with
// hundreds, fan-out costs milliseconds a round, the credit runs out, and rounds are spaced (never more than one
// window apart) so updates gather into one frame per connection per round and fan-out cannot take the whole CPU.

export interface PacerSettings {
  /** The share of wall time rounds may use (0.5 measured best at 100 to 500 connections, docs/BENCHMARKS.md). */
  duty: number;
  /** Round time a quiet room may spend at once before rounds are spaced. */
  burstMs: number;
  /** The longest gap between two rounds. */
  windowMs: number;
}

export const DEFAULT_PACING = { duty: 1 / 2, burstMs: 20 } as const;

export class RoundPacer {
  private credit: number;
  private creditAt: number;

  constructor(
    private readonly settings: PacerSettings,
    now: number,
  ) {
    this.credit = settings.burstMs;
    this.creditAt = now;
  }

  /** How long to wait (ms) before the next round may start, at time `now`. */
  delayAt(now: number): number {
    const credit = this.refill(now);
    return Math.min(this.settings.windowMs, Math.max(0, -credit / this.settings.duty));
  }

  /** A round that started at `startedAt` ended at `now`: its cost is spent. */
  roundEnded(startedAt: number, now: number): void {
    // A round that waited long on storage costs one window's pause at most, not a debt for seconds after.
    this.credit = Math.max(this.refill(now) - (now - startedAt), -this.settings.windowMs * this.settings.duty);
  }

  private refill(now: number): number {
    this.credit = Math.min(this.settings.burstMs, this.credit + (now - this.creditAt) * this.settings.duty);
    this.creditAt = now;
    return this.credit;
  }
}
