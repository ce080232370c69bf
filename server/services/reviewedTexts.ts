import type { SharedCommands } from "../cluster/bus";

/** How long another instance can recall a text a chair was shown (several instances). */
const SHARED_FOR_MS = 6 * 60 * 60_000;

/**
 * The section texts shown to chairs for approval, by fingerprint: when an approval is refused because the text
 * changed, the server can say what changed since that chair looked. Bounded (oldest forgotten first) and in
 * memory; with several instances also in Redis for some hours, since the chair's next request may reach another
 * instance. After a restart (or once forgotten) the refusal says what changed since submission instead.
 */
export function createReviewedTexts(limits: { maxEntries: number; maxChars: number }, shared: SharedCommands | null = null) {
  const texts = new Map<string, string>();
  let chars = 0;
  const key = (sectionId: string, fingerprint: string) => `${sectionId}:${fingerprint}`;
  return {
    remember(sectionId: string, fingerprint: string, text: string): void {
      const k = key(sectionId, fingerprint);
      const known = texts.get(k);
      if (known !== undefined) {
        // Seen again: now the newest.
        texts.delete(k);
        texts.set(k, known);
        return;
      }
      if (text.length > limits.maxChars) return;
      // Best effort: without Redis, the refusal on another instance falls back to the change since submission.
      shared?.setIfAbsent(`reviewed:${k}`, text, SHARED_FOR_MS).catch(() => {});
      texts.set(k, text);
      chars += text.length;
      for (const [oldest, value] of texts) {
        if (texts.size <= limits.maxEntries && chars <= limits.maxChars) break;
        texts.delete(oldest);
        chars -= value.length;
      }
    },
    async recall(sectionId: string, fingerprint: string): Promise<string | undefined> {
      const k = key(sectionId, fingerprint);
      const known = texts.get(k);
      if (known !== undefined || !shared) return known;
      return (await shared.get(`reviewed:${k}`).catch(() => null)) ?? undefined;
    },
  };
}

export type ReviewedTexts = ReturnType<typeof createReviewedTexts>;
