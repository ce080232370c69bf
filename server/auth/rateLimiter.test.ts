import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./rateLimiter";

describe("rate limiter", () => {
  it("blocks a key after max failures until its window passes", () => {
    let now = 0;
    const limiter = createRateLimiter({ max: 3, windowMs: 1000 }, { now: () => now });
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfter("a")).toBe(0);
      limiter.fail("a");
    }
    now = 400;
    expect(limiter.retryAfter("a")).toBe(600);
    expect(limiter.retryAfter("b")).toBe(0);
    now = 1000;
    expect(limiter.retryAfter("a")).toBe(0);
  });

  it("forgets a key on reset", () => {
    const limiter = createRateLimiter({ max: 1, windowMs: 1000 }, { now: () => 0 });
    limiter.fail("a");
    expect(limiter.retryAfter("a")).toBeGreaterThan(0);
    limiter.reset("a");
    expect(limiter.retryAfter("a")).toBe(0);
  });
});
