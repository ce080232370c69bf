import { isIP } from "node:net";
import type { Clock } from "../clock";
import { createBackoff, type BackoffPolicy } from "./backoff";
import { createTokenBuckets, type BucketPolicy } from "./tokenBuckets";
import { setRecent } from "./recentKeys";

// How many passwords anyone may try, without letting a guesser lock the owner out (docs/SECURITY.md):
// - every (account, network) pair backs off on its own: 5 attempts, then 1 s, 2 s, 4 s ... up to 5 minutes
//   between attempts. A guesser elsewhere never touches the owner's pair.
// - a network the account signed in from within 30 days is known for it: that pair is limited by its own back-off
//   only. Guessers cannot make their network known without the password.
// - from networks not known for the account, attempts on it share one bucket (20, then one a minute), so guessers
//   spread over many addresses are bounded too; a single address's back-off is slower than the refill, so one
//   guesser alone never empties it for others.
// - a network not known for the account also draws on its own bucket across all accounts (100, then one every
//   2 s): only a volume no person produces.
// An attempt is counted when it starts and given back when it succeeds, so parallel requests cannot all slip
// past the counters while their passwords are being hashed. Counters are in memory, per process; several instances
// share them in Redis instead (sharedSignInLimits.ts), with the same policy.

export interface SignInPolicy {
  pair: BackoffPolicy;
  account: BucketPolicy;
  network: BucketPolicy;
  /** How long a successful sign-in makes its network known for the account. */
  knownForMs: number;
  /** Keys each counter remembers at most (the least recently active are forgotten first). */
  maxKeys: number;
}

const MINUTE = 60_000;

export const DEFAULT_SIGN_IN_POLICY: SignInPolicy = {
  pair: { freeAttempts: 5, firstDelayMs: 1000, maxDelayMs: 5 * MINUTE, forgetAfterMs: 60 * MINUTE },
  account: { capacity: 20, refillMs: MINUTE },
  network: { capacity: 100, refillMs: 2000 },
  knownForMs: 30 * 24 * 60 * MINUTE,
  maxKeys: 100_000,
};

/** Which counter refused: the message tells the person what it means for them. */
export type SignInLimit = "pair" | "account" | "network";

export type SignInAttempt =
  | { allowed: true; /** The password was right: forget the pair's attempts and know its network. */ succeeded(): void | Promise<void> }
  | { allowed: false; limit: SignInLimit; retryAfterMs: number };

/** The limits as the sign-in route uses them: in this process's memory, or shared by instances (sharedSignInLimits.ts). */
export interface SignInLimits {
  /** Asks whether `account` may try a password from `address` now, and counts the attempt if so. */
  attempt(account: string, address: string): SignInAttempt | Promise<SignInAttempt>;
}

/**
 * The network an address stands for: an IPv6 client holds a whole /64 and could take a fresh address for each
 * guess, so its counters key on the /64.
 */
export function networkOf(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head = "", tail] = address.split("::");
  const groups = (part: string | undefined) => (part ? part.split(":").flatMap((g) => (g.includes(".") ? ["0", "0"] : [g])) : []);
  const left = groups(head);
  const right = groups(tail);
  const full = [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right];
  return `${full.slice(0, 4).map((g) => parseInt(g, 16).toString(16)).join(":")}::/64`;
}

export function createSignInLimits(policy: SignInPolicy, clock: Clock) {
  const pairs = createBackoff(policy.pair, clock, policy.maxKeys);
  const accounts = createTokenBuckets(policy.account, clock, policy.maxKeys);
  const networks = createTokenBuckets(policy.network, clock, policy.maxKeys);
  const known = new Map<string, number>();

  function isKnown(pair: string): boolean {
    const at = known.get(pair);
    if (at === undefined) return false;
    if (clock.now() - at < policy.knownForMs) return true;
    known.delete(pair);
    return false;
  }

  return {
    /** Asks whether `account` may try a password from `address` now, and counts the attempt if so. */
    attempt(account: string, address: string): SignInAttempt {
      const network = networkOf(address);
      const pair = `${account}\n${network}`;
      const fromKnown = isKnown(pair);
      const waits: Array<[SignInLimit, number]> = [["pair", pairs.waitFor(pair)]];
      if (!fromKnown) waits.push(["account", accounts.waitFor(account)], ["network", networks.waitFor(network)]);
      const [limit, retryAfterMs] = waits.reduce((longest, wait) => (wait[1] > longest[1] ? wait : longest));
      if (retryAfterMs > 0) return { allowed: false, limit, retryAfterMs };
      pairs.count(pair);
      if (!fromKnown) {
        accounts.take(account);
        networks.take(network);
      }
      return {
        allowed: true,
        succeeded() {
          pairs.reset(pair);
          if (!fromKnown) {
            accounts.refund(account);
            networks.refund(network);
          }
          setRecent(known, pair, clock.now(), policy.maxKeys);
        },
      };
    },
  };
}

export type LocalSignInLimits = ReturnType<typeof createSignInLimits>;
