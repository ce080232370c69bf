import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";

/** 120 random bits, lowercase base32: URL-safe and unguessable. */
export function newId(): string {
  const bytes = new Uint8Array(15);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}
