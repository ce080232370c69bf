// Which rounds of a document's log this instance's room holds. Rounds are numbered by the database (one per
// stored batch, whichever instance stored it); the room has every round up to `head`, and some beyond it when
// one arrived ahead of another. A gap that does not fill by itself soon (a message lost between instances) is
// filled from the log.

export interface LogFollowerOptions {
  /** How long a gap may wait for the message in flight before the log is read. */
  gapWaitMs: number;
  /** Reads the rounds after `head` from the log, applies them, and returns the last round read. */
  catchUp(head: number): Promise<number>;
  onError(error: Error): void;
}

export class LogFollower {
  private ahead = new Set<number>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private closed = false;

  constructor(
    /** Every round up to this one is in the room's doc. */
    public head: number,
    private readonly options: LogFollowerOptions,
  ) {}

  /** Whether the room already has this round. */
  has(round: number): boolean {
    return round <= this.head || this.ahead.has(round);
  }

  /** The room now holds this round (stored here, or heard from another instance). */
  received(round: number): void {
    if (round <= this.head) return;
    this.ahead.add(round);
    while (this.ahead.delete(this.head + 1)) this.head++;
    if (this.ahead.size > 0) this.scheduleCatchUp();
  }

  /** Reads what the room may lack from the log now (after an outage, or on a hint that it is behind). */
  catchUpNow(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    return this.run();
  }

  private scheduleCatchUp(): void {
    if (this.timer || this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.ahead.size > 0) void this.run();
    }, this.options.gapWaitMs);
  }

  private run(): Promise<void> {
    if (this.running) return this.running.then(() => this.run());
    if (this.closed) return Promise.resolve();
    this.running = (async () => {
      try {
        const last = await this.options.catchUp(this.head);
        if (last > this.head) this.head = last;
        for (const round of this.ahead) if (round <= this.head) this.ahead.delete(round);
        while (this.ahead.delete(this.head + 1)) this.head++;
      } catch (error) {
        this.options.onError(error as Error);
      } finally {
        this.running = null;
      }
      if (this.ahead.size > 0) this.scheduleCatchUp();
    })();
    return this.running;
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
