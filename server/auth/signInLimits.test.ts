import { describe, expect, it } from "vitest";
import { createSignInLimits, DEFAULT_SIGN_IN_POLICY, networkOf, type SignInAttempt, type SignInPolicy } from "./signInLimits";

const SECOND = 1000;
const MINUTE = 60 * SECOND;

function setup(policy: SignInPolicy = DEFAULT_SIGN_IN_POLICY) {
  let now = 0;
  const limits = createSignInLimits(policy, { now: () => now });
  return {
    limits,
    advance: (ms: number) => void (now += ms),
    /** A wrong password: the attempt was counted when it started; nothing more happens. */
    guess: (account: string, address: string): SignInAttempt => limits.attempt(account, address),
    signIn(account: string, address: string): SignInAttempt {
      const attempt = limits.attempt(account, address);
      if (attempt.allowed) attempt.succeeded();
      return attempt;
    },
  };
}

const waitOf = (attempt: SignInAttempt) => (attempt.allowed ? 0 : attempt.retryAfterMs);

describe("sign-in limits", () => {
  it("backs off per account and address: five tries, then waits that double up to five minutes", () => {
    const { guess, advance } = setup();
    for (let i = 0; i < 5; i++) expect(guess("a@x", "203.0.113.7").allowed).toBe(true);
    const waits: number[] = [];
    for (let i = 0; i < 12; i++) {
      const refused = guess("a@x", "203.0.113.7");
      expect(refused).toMatchObject({ allowed: false, limit: "pair" });
      waits.push(waitOf(refused));
      advance(waitOf(refused));
      expect(guess("a@x", "203.0.113.7").allowed).toBe(true);
    }
    expect(waits.map((ms) => ms / SECOND)).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300]);
    // The same address is not slowed for another account, nor another address for this one.
    expect(guess("b@x", "203.0.113.7").allowed).toBe(true);
    expect(guess("a@x", "198.51.100.2").allowed).toBe(true);
  });

  it("forgets a pair's attempts on success, and an hour after its last attempt", () => {
    const { guess, signIn, advance } = setup();
    for (let i = 0; i < 5; i++) guess("a@x", "192.0.2.1");
    expect(signIn("a@x", "192.0.2.1").allowed).toBe(false);
    advance(SECOND);
    expect(signIn("a@x", "192.0.2.1").allowed).toBe(true);
    for (let i = 0; i < 5; i++) expect(guess("a@x", "192.0.2.1").allowed).toBe(true);
    for (let i = 0; i < 6; i++) guess("b@x", "192.0.2.1");
    advance(60 * MINUTE);
    expect(guess("b@x", "192.0.2.1").allowed).toBe(true);
  });

  it("counts an attempt when it starts, so requests sent together cannot all slip past", () => {
    const { limits } = setup();
    const started = Array.from({ length: 8 }, () => limits.attempt("a@x", "203.0.113.7"));
    expect(started.filter((a) => a.allowed)).toHaveLength(5);
  });

  it("never slows the owner at a known address, however many guessers there are", () => {
    const { guess, signIn, advance } = setup();
    expect(signIn("owner@x", "192.0.2.10").allowed).toBe(true);
    for (let host = 1; host <= 200; host++) for (let i = 0; i < 5; i++) guess("owner@x", `203.0.113.${host}`);
    expect(signIn("owner@x", "192.0.2.10").allowed).toBe(true);
    // A known address forgets after 30 days without a sign-in.
    advance(30 * 24 * 60 * MINUTE);
    for (let host = 1; host <= 30; host++) guess("owner@x", `198.51.100.${host}`);
    expect(signIn("owner@x", "192.0.2.10")).toMatchObject({ allowed: false, limit: "account" });
  });

  it("bounds guessers spread over many addresses: 20 from new places, then one a minute, answered in seconds", () => {
    const { guess, advance } = setup();
    let allowed = 0;
    for (let host = 1; host <= 100; host++) for (let i = 0; i < 5; i++) if (guess("a@x", `203.0.113.${host}`).allowed) allowed++;
    expect(allowed).toBe(20);
    const refused = guess("a@x", "198.51.100.1");
    expect(refused).toMatchObject({ allowed: false, limit: "account" });
    expect(waitOf(refused)).toBeLessThanOrEqual(MINUTE);
    let overDay = 0;
    for (let minute = 0; minute < 24 * 60; minute++) {
      advance(MINUTE);
      for (let host = 1; host <= 10; host++) if (guess("a@x", `198.51.${minute % 200}.${host}`).allowed) overDay++;
    }
    expect(overDay).toBe(24 * 60);
  });

  it("lets one guesser alone never empty the account's budget for new places", () => {
    const { guess, signIn, advance } = setup();
    for (let step = 0; step < 500; step++) {
      const attempt = guess("victim@x", "203.0.113.7");
      if (!attempt.allowed) advance(attempt.retryAfterMs);
      // Someone at a place never used before (a new address each time) is never slowed by the account's budget.
      expect(signIn("victim@x", `198.51.${step % 250}.${1 + Math.floor(step / 250)}`).allowed).toBe(true);
    }
  });

  it("slows a network's abusive volume across accounts, but not the accounts known there", () => {
    const { guess, signIn } = setup({ ...DEFAULT_SIGN_IN_POLICY, network: { capacity: 10, refillMs: 2 * SECOND } });
    expect(signIn("colleague@x", "192.0.2.50").allowed).toBe(true);
    for (let i = 0; i < 10; i++) expect(guess(`spray-${i}@x`, "192.0.2.50").allowed).toBe(true);
    const refused = guess("spray-10@x", "192.0.2.50");
    expect(refused).toMatchObject({ allowed: false, limit: "network" });
    expect(waitOf(refused)).toBe(2 * SECOND);
    expect(signIn("colleague@x", "192.0.2.50").allowed).toBe(true);
  });

  it("keys IPv6 clients on their /64, which one client holds whole", () => {
    expect(networkOf("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(networkOf("2001:0db8:0001:0002:ffff:0:0:9")).toBe("2001:db8:1:2::/64");
    expect(networkOf("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(networkOf("::1")).toBe("0:0:0:0::/64");
    expect(networkOf("64:ff9b::192.0.2.1")).toBe("64:ff9b:0:0::/64");
    expect(networkOf("203.0.113.7")).toBe("203.0.113.7");
    expect(networkOf("unknown")).toBe("unknown");
    const { guess } = setup();
    for (let i = 0; i < 5; i++) guess("a@x", `2001:db8:1:2::${i + 1}`);
    expect(guess("a@x", "2001:db8:1:2::99")).toMatchObject({ allowed: false, limit: "pair" });
  });

  it("remembers at most maxKeys of each, forgetting the least recently active first", () => {
    const { guess } = setup({ ...DEFAULT_SIGN_IN_POLICY, maxKeys: 3 });
    for (let i = 0; i < 5; i++) guess("a@x", "192.0.2.1");
    expect(guess("a@x", "192.0.2.1").allowed).toBe(false);
    for (let i = 2; i <= 4; i++) guess("a@x", `192.0.2.${i}`);
    expect(guess("a@x", "192.0.2.1").allowed).toBe(true);
  });
});
