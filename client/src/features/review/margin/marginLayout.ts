// Where each card of a section's margin goes: beside its words in the text, without overlapping the others.
// The active card (the one the reader is on) sits exactly at its words; the cards after it are pushed down, the
// ones before it pushed up, and if those run out of room at the top, everything moves down as little as it can.

export interface MarginEntry {
  id: string;
  /** Where its words are, from the top of the margin, in pixels; null when they are not in the text. */
  anchor: number | null;
  height: number;
}

export interface MarginLayout {
  tops: Record<string, number>;
  /** How tall the margin must be to hold every card. */
  height: number;
}

/**
 * Places the cards, given in the order of the text (a card without words follows the one before it). `gap`
 * separates neighbours; no card starts above 0.
 */
export function marginLayout(entries: readonly MarginEntry[], activeId: string | null, gap: number): MarginLayout {
  const tops = entries.map(() => 0);
  const start = Math.max(0, entries.findIndex((entry) => entry.id === activeId));
  const bottom = (i: number) => tops[i]! + entries[i]!.height + gap;
  const want = (i: number) => entries[i]!.anchor ?? (i > 0 ? bottom(i - 1) : 0);

  if (entries.length > 0) tops[start] = Math.max(0, want(start));
  for (let i = start + 1; i < entries.length; i++) tops[i] = Math.max(want(i), bottom(i - 1));
  for (let i = start - 1; i >= 0; i--) {
    const room = tops[i + 1]! - gap - entries[i]!.height;
    const anchor = entries[i]!.anchor;
    tops[i] = anchor === null ? room : Math.min(anchor, room);
  }
  // Pushed above the top: move down what must move, keeping the order and the gaps.
  for (let i = 0; i < entries.length; i++) tops[i] = Math.max(tops[i]!, i > 0 ? bottom(i - 1) : 0);

  const result: Record<string, number> = {};
  entries.forEach((entry, i) => (result[entry.id] = Math.round(tops[i]!)));
  const height = entries.length > 0 ? Math.round(bottom(entries.length - 1) - gap) : 0;
  return { tops: result, height };
}
