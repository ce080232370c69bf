/**
 * A new suggestion id: 16 random letters, digits, "-" and "_" (96 bits), within what the suggestion marks
 * allow. Made by the author's editor, so it needs no round trip; `getRandomValues` works in any context, unlike
 * `randomUUID`, which browsers keep to secure ones.
 */
export function newSuggestionId(): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => alphabet[byte % 64]).join("");
}
