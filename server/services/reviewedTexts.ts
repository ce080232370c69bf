/**
 * The section texts shown to chairs for approval, by fingerprint: when an approval is refused because the text
 * changed, the server can say what changed since that chair looked. Bounded (oldest forgotten first) and in
 * memory only: after a restart, or on another instance, the refusal says what changed since submission instead.
 */
export function createReviewedTexts(limits: { maxEntries: number; maxChars: number }) {
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
      texts.set(k, text);
      chars += text.length;
      for (const [oldest, value] of texts) {
        if (texts.size <= limits.maxEntries && chars <= limits.maxChars) break;
        texts.delete(oldest);
        chars -= value.length;
      }
    },
    recall(sectionId: string, fingerprint: string): string | undefined {
      return texts.get(key(sectionId, fingerprint));
    },
  };
}

export type ReviewedTexts = ReturnType<typeof createReviewedTexts>;
