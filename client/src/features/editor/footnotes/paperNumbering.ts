// Footnotes are numbered through the whole paper, as every export numbers them (server/export/model.ts): sections in
// outline order, notes in reading order within each. Each section has an editor of its own, so a note's number is
// the count of notes in the sections before it (its section's offset) plus its place in its own section. Each
// editor reports its count when it changes; offsets are prefix sums over the outline order, recomputed only
// then (a note added or removed, or the order changed) and never by walking other sections' text.

/** What one section's editor and its footnote references see of the paper's numbering. */
export interface SectionNumbering {
  /** How many numbered notes the sections before this one hold. */
  offset(): number;
  /** Called whenever `offset()` changes; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** This section's editor counted its numbered notes (again). */
  setCount(count: number): void;
}

/** The numbering of one open paper: one per document page, shared by its section editors. */
export interface PaperNumbering {
  /** The live sections in reading order (the outline's order; retired sections are not in it). */
  setOrder(sectionIds: readonly string[]): void;
  section(sectionId: string): SectionNumbering;
}

/** Each section's offset: the notes of the sections before it in `order`. Sections not in `order` count for nothing. */
export function noteOffsets(order: readonly string[], counts: ReadonlyMap<string, number>): Map<string, number> {
  const offsets = new Map<string, number>();
  let total = 0;
  for (const id of order) {
    offsets.set(id, total);
    total += counts.get(id) ?? 0;
  }
  return offsets;
}

export function createPaperNumbering(): PaperNumbering {
  let order: readonly string[] = [];
  const counts = new Map<string, number>();
  let offsets = new Map<string, number>();
  const listeners = new Map<string, Set<() => void>>();

  // Only sections whose offset moved are told: a note added in section 2 redraws the references of 3 and later.
  const recompute = () => {
    const before = offsets;
    offsets = noteOffsets(order, counts);
    for (const [id, set] of listeners) {
      if ((before.get(id) ?? 0) !== (offsets.get(id) ?? 0)) for (const listener of [...set]) listener();
    }
  };

  return {
    setOrder(sectionIds) {
      if (sectionIds.length === order.length && sectionIds.every((id, i) => id === order[i])) return;
      order = [...sectionIds];
      recompute();
    },
    section(sectionId) {
      return {
        offset: () => offsets.get(sectionId) ?? 0,
        subscribe(listener) {
          const set = listeners.get(sectionId) ?? new Set();
          listeners.set(sectionId, set);
          set.add(listener);
          return () => {
            set.delete(listener);
            if (set.size === 0) listeners.delete(sectionId);
          };
        },
        setCount(count) {
          if (counts.get(sectionId) === count) return;
          counts.set(sectionId, count);
          recompute();
        },
      };
    },
  };
}

/** For an editor outside a paper (none today): its notes are numbered from 1. */
export const standaloneNumbering = (): SectionNumbering => ({ offset: () => 0, subscribe: () => () => {}, setCount: () => {} });
