// Which rounds of a document's log this instance's room holds. Rounds are numbered by the database (one per
// stored batch, whichever instance stored it); the room holds every round up to `head`. A round heard ahead of
// one still missing waits (applying it first could leave structs whose dependencies are missing), and a gap
// that does not fill by itself soon (a message lost between instances) is filled from the log.

export interface LogFollowerOptions {
  /** How long a gap may wait for the message in flight before the log is read. */
  gapWaitMs: number;
  /** Applies a round heard from another instance, in order. */
  apply(update: Uint8Array): void;
  /** Reads the rounds after `head` from the log, applies them, and returns the last round read. */
  catchUp(head: number): Promise<number>;
  onError(error: Error): void;
}

export class LogFollower {
  /** Rounds past the head: null for this instance's own (already in the doc), else the update to apply. */
  private ahead = new Map<number, Uint8Array | null>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private closed = false;

  constructor(
    /** Every round up to this one is in the room's doc. */
    private current: number,
    private readonly options: LogFollowerOptions,
  ) {}

  get head(): number {
    return this.current;
  }

  /** Whether the room holds this round, or has it waiting. */
  has(round: number): boolean {
    return round <= this.current || this.ahead.has(round);
  }

  /** This instance stored the round (its changes are in the doc already). */
  stored(round: number): void {
    this.arrived(round, null);
  }

  /** Another instance stored the round: applied once every round before it is here. */
  heard(round: number, update: Uint8Array): void {
    this.arrived(round, update);
  }

  /** The doc now holds every round up to `round` (read from the log). */
  caughtUpTo(round: number): void {
    if (round > this.current) this.current = round;
    for (const waiting of this.ahead.keys()) if (waiting <= this.current) this.ahead.delete(waiting);
    this.advance();
  }

  /** Reads what the room may lack from the log now (after an outage, or before checking the latest text). */
  catchUpNow(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    return this.run();
  }

  private arrived(round: number, update: Uint8Array | null): void {
    if (this.has(round) || this.closed) return;
    this.ahead.set(round, update);
    this.advance();
  }

  private advance(): void {
    for (let next = this.current + 1; this.ahead.has(next); next++) {
      const update = this.ahead.get(next)!;
      this.ahead.delete(next);
      this.current = next;
      if (update) this.options.apply(update);
    }
    if (this.ahead.size > 0) this.scheduleCatchUp();
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
        this.caughtUpTo(await this.options.catchUp(this.current));
      } catch (error) {
        this.options.onError(error as Error);
        if (this.ahead.size > 0) this.scheduleCatchUp();
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  close(): void {
    this.closed = true;
    this.ahead.clear();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
