// Budgets that keep one account from slowing everyone: token buckets over messages and bytes, per connection and
// per person (all their connections to this server share one). A message that finds its buckets empty is not
// dropped: it waits its turn (the connection stops reading meanwhile, so the sender's own TCP buffers fill up and
// nothing of it piles up here); a sender that keeps going until the wait passes a few seconds is told so and cut
// off. A stock client reconnects and sends what it has in one sync message, so nothing typed is lost.

export interface Rate {
  messagesPerSecond: number;
  messageBurst: number;
  bytesPerSecond: number;
  byteBurst: number;
  /**
   * Server time (ms of the event loop, measured) its messages may cost per second: a few bytes can cost more than
   * a megabyte (a delete set over a long history, a sync request on a large document, a crafted item that makes
   * Yjs scan a long list), so what a message cost is charged once it is handled, and the next ones wait for it.
   */
  workMsPerSecond: number;
  workBurstMs: number;
}

/** Tokens that refill at `rate` per second up to `burst`; taking may run into debt, which is the wait. */
export class TokenBucket {
  private tokens: number;
  private at: number;

  constructor(
    private readonly rate: number,
    private readonly burst: number,
    now: number,
  ) {
    this.tokens = burst;
    this.at = now;
  }

  /** Takes `amount` at `now`; returns how long (ms) the taker must wait for it to have been available. */
  take(amount: number, now: number): number {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.at) / 1000) * this.rate);
    this.at = now;
    this.tokens -= amount;
    return this.tokens >= 0 ? 0 : (-this.tokens / this.rate) * 1000;
  }

  /** Whether the bucket is full again (nothing owed, nothing recent): it can be forgotten. */
  idle(now: number): boolean {
    return this.tokens + ((now - this.at) / 1000) * this.rate >= this.burst;
  }
}

/** The two buckets (messages, bytes) of one connection or one person. */
export class MessageBudget {
  private readonly messages: TokenBucket;
  private readonly bytes: TokenBucket;
  private readonly work: TokenBucket;

  constructor(rate: Rate, now: number) {
    this.messages = new TokenBucket(rate.messagesPerSecond, rate.messageBurst, now);
    this.bytes = new TokenBucket(rate.bytesPerSecond, rate.byteBurst, now);
    this.work = new TokenBucket(rate.workMsPerSecond, rate.workBurstMs, now);
  }

  /** Charges one message of `size` bytes; the wait before it may be handled (including work owed). */
  charge(size: number, now: number): number {
    return Math.max(this.messages.take(1, now), this.bytes.take(size, now), this.work.take(0, now));
  }

  /** Charges the server time a handled message cost. */
  chargeWork(ms: number, now: number): void {
    this.work.take(ms, now);
  }

  /** Charges bytes alone: the extra cost of a refused update (decoding it cost the server, and gave nothing). */
  chargeBytes(size: number, now: number): void {
    this.bytes.take(size, now);
  }

  idle(now: number): boolean {
    return this.messages.idle(now) && this.bytes.idle(now) && this.work.idle(now);
  }
}

/** One budget per person, shared by their connections, forgotten once idle. */
export function createUserBudgets(rate: Rate) {
  const budgets = new Map<string, { budget: MessageBudget; connections: number }>();
  return {
    /** The person's budget, held while one of their connections is open. */
    acquire(userId: string, now: number): MessageBudget {
      let entry = budgets.get(userId);
      if (!entry) budgets.set(userId, (entry = { budget: new MessageBudget(rate, now), connections: 0 }));
      entry.connections += 1;
      return entry.budget;
    },
    release(userId: string, now: number): void {
      const entry = budgets.get(userId);
      if (!entry) return;
      entry.connections -= 1;
      // Kept while owed: a person cannot shed their debt by reconnecting.
      if (entry.connections <= 0 && entry.budget.idle(now)) budgets.delete(userId);
    },
    get size(): number {
      return budgets.size;
    },
  };
}

export type UserBudgets = ReturnType<typeof createUserBudgets>;
