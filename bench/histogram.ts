// A latency histogram that two load processes can merge exactly: 0.1 ms buckets up to 1 s, 10 ms buckets up to
// 120 s, one overflow bucket. Percentiles report a bucket's upper edge, so they err high by at most 0.1 ms (10 ms
// above one second). Count, sum and max are exact.

const FINE = 10_000; // 0.1 ms buckets over [0, 1000)
const COARSE = 11_900; // 10 ms buckets over [1000, 120000)
const SIZE = FINE + COARSE + 1;

export interface HistogramData {
  /** Non-empty buckets as [index, count]. */
  buckets: [number, number][];
  count: number;
  sum: number;
  max: number;
}

export class Histogram {
  private counts = new Uint32Array(SIZE);
  count = 0;
  sum = 0;
  max = 0;

  record(ms: number): void {
    const v = ms < 0 ? 0 : ms;
    const index = v < 1000 ? Math.floor(v * 10) : v < 120_000 ? FINE + Math.floor((v - 1000) / 10) : SIZE - 1;
    this.counts[index]!++;
    this.count++;
    this.sum += v;
    if (v > this.max) this.max = v;
  }

  toData(): HistogramData {
    const buckets: [number, number][] = [];
    for (let i = 0; i < SIZE; i++) if (this.counts[i]! > 0) buckets.push([i, this.counts[i]!]);
    return { buckets, count: this.count, sum: this.sum, max: this.max };
  }

  static merge(parts: readonly HistogramData[]): Histogram {
    const h = new Histogram();
    for (const part of parts) {
      for (const [index, count] of part.buckets) h.counts[index]! += count;
      h.count += part.count;
      h.sum += part.sum;
      h.max = Math.max(h.max, part.max);
    }
    return h;
  }

  /** The q-quantile (0..1), as the upper edge of its bucket, never above the exact max. */
  quantile(q: number): number {
    if (this.count === 0) return 0;
    const rank = Math.max(1, Math.ceil(q * this.count));
    let seen = 0;
    for (let i = 0; i < SIZE; i++) {
      seen += this.counts[i]!;
      if (seen >= rank) return Math.min(this.max, upperEdge(i));
    }
    return this.max;
  }

  mean(): number {
    return this.count === 0 ? 0 : this.sum / this.count;
  }
}

function upperEdge(index: number): number {
  if (index < FINE) return (index + 1) / 10;
  if (index < FINE + COARSE) return 1000 + (index - FINE + 1) * 10;
  return Number.POSITIVE_INFINITY;
}
