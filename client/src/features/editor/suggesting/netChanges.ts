import { Mapping, type Transform } from "@tiptap/pm/transform";

/** One place a transaction changed: `from`..`to` of the old document became `newFrom`..`newTo` of the new one. */
export interface NetChange {
  from: number;
  to: number;
  newFrom: number;
  newTo: number;
}

/**
 * The places a transaction changed, as ranges of the document it started from, in order and apart from each
 * other. A later step that works inside what an earlier one inserted (rare: commands build on their own
 * insertions) widens its place to the whole insertion: suggesting it then strikes and re-inserts a little more
 * than was needed, but never less. Ranges that touch are one place, so the new range of each is unambiguous.
 */
export function netChanges(tr: Transform): NetChange[] {
  const ranges: Array<{ from: number; to: number }> = [];
  tr.steps.forEach((step, index) => {
    // Not `tr.mapping.slice(0, index).invert()`: a sliced Mapping inverts all of its maps, not the slice.
    const back = new Mapping(tr.mapping.maps.slice(0, index)).invert();
    step.getMap().forEach((oldStart, oldEnd) => {
      ranges.push({ from: back.map(oldStart, -1), to: back.map(oldEnd, 1) });
    });
  });
  ranges.sort((a, b) => a.from - b.from || a.to - b.to);
  const merged: Array<{ from: number; to: number }> = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range.from <= last.to) last.to = Math.max(last.to, range.to);
    else merged.push({ ...range });
  }
  return merged.map(({ from, to }) => ({ from, to, newFrom: tr.mapping.map(from, -1), newTo: tr.mapping.map(to, 1) }));
}
