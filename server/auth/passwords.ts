import { hash, verify } from "@node-rs/argon2";

// Argon2id (the library's default algorithm) with OWASP's minimum parameters: 19 MiB, 2 passes, 1 lane.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password, OPTIONS);
}

/**
 * A hash of nothing anyone knows, verified against when the email is unknown, so that a wrong email costs the
 * same time as a wrong password and answers do not reveal which accounts exist.
 */
export function createDecoyHash(): Promise<string> {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  return hashPassword(Buffer.from(bytes).toString("base64"));
}
