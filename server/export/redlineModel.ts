import type * as Y from "yjs";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import type { OutlineEntry } from "../../shared/api/review";
import { schema } from "../../shared/editor/schema";
import { readSectionsInPlace } from "../../shared/editor/content";
import { agreedContent } from "./suggestions";
import { isoSeconds, trackedChangesWith, type TrackedChangesBuilder } from "./changes";
import { clean, type TrackedChange } from "./inline";
import type { NumberChange } from "./model";
import { RedlineMarks, redlineSection } from "./redline";

// The text of a redline export (docs/EXPORTS.md, "Redline against a version"): every section of the current text
// and of the base version, the agreed text of each (open suggestions are not part of either), matched by section
// id. Sections in the current outline's order; a section removed since the base comes after the section it followed
// there. Every change is shown with one author and one time: the document's own record cannot say cheaply who
// typed which word between two versions, so the author is the paper's submitting bodies (who put the text
// forward), and the time is that of the newer text.

export interface RedlineBase {
  doc: Y.Doc;
  outline: OutlineEntry[];
  version: { id: string; label: string };
  /** When the base version was saved (ms). */
  at: number;
}

export type SectionChange = "kept" | "added" | "removed";

export interface RedlineEntry extends OutlineEntry {
  change: SectionChange;
  /** The title in the base version, where the section was there under another title. */
  baseTitle: string | null;
}

/** A section title as runs: the base's title deleted and the new one inserted where it changed. */
export interface TitleRun {
  text: string;
  change: TrackedChange | null;
}

export interface RedlineText {
  outline: RedlineEntry[];
  contents: Map<string, ProseMirrorNode>;
  tracked: TrackedChangesBuilder;
  /** Per section id: its title as runs, and the change to its heading's paragraph mark (added or removed sections). */
  titles: Map<string, { runs: TitleRun[]; mark: TrackedChange | null }>;
  /** A paragraph number that differs between the base and the current text, as a deletion and an insertion. */
  numberChange(before: number | null, after: number | null): NumberChange;
}

/** Current sections in order, each removed one after the section it followed in the base (or first). */
export function redlineOutline(base: OutlineEntry[], current: OutlineEntry[]): RedlineEntry[] {
  const inCurrent = new Set(current.map((entry) => entry.id));
  const baseById = new Map(base.map((entry) => [entry.id, entry]));
  const removedAfter = new Map<string | null, OutlineEntry[]>();
  let anchor: string | null = null;
  for (const entry of base) {
    if (inCurrent.has(entry.id)) {
      anchor = entry.id;
      continue;
    }
    removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), entry]);
  }
  const removed = (after: string | null): RedlineEntry[] => (removedAfter.get(after) ?? []).map((entry) => ({ ...entry, change: "removed", baseTitle: null }));
  const result: RedlineEntry[] = removed(null);
  for (const entry of current) {
    const before = baseById.get(entry.id);
    result.push({ ...entry, change: before ? "kept" : "added", baseTitle: before && before.title !== entry.title ? before.title : null });
    result.push(...removed(entry.id));
  }
  return result;
}

export function redlineText(current: { doc: Y.Doc; outline: OutlineEntry[] }, base: RedlineBase, author: string, at: number): RedlineText {
  const outline = redlineOutline(base.outline, current.outline);
  const now = readSectionsInPlace(current.doc, current.outline.map((entry) => entry.id));
  const then = readSectionsInPlace(base.doc, base.outline.map((entry) => entry.id));
  const date = isoSeconds(new Date(at).toISOString());
  const name = clean(author).trim() || "Penholder";
  const change = (kind: TrackedChange["kind"], id: string): TrackedChange => ({ kind, id, author: name, date });
  const tracked = trackedChangesWith((kind, id) => change(kind, id));
  const marks = new RedlineMarks(schema);
  const contents = new Map<string, ProseMirrorNode>();
  const titles = new Map<string, { runs: TitleRun[]; mark: TrackedChange | null }>();
  for (const entry of outline) {
    const before = entry.change === "added" ? undefined : then.get(entry.id);
    const after = entry.change === "removed" ? undefined : now.get(entry.id);
    const content = redlineSection(before && agreedContent(before), after && agreedContent(after), marks);
    contents.set(entry.id, content);
    tracked.addSection(content);
    const title = clean(entry.title);
    if (entry.change === "kept") {
      const runs: TitleRun[] = entry.baseTitle === null ? [{ text: title, change: null }] : [
        { text: clean(entry.baseTitle), change: change("deletion", `title-del-${entry.id}`) },
        { text: title, change: change("insertion", `title-ins-${entry.id}`) },
      ];
      titles.set(entry.id, { runs, mark: null });
      continue;
    }
    // A whole section added or removed: its heading and its last paragraph's mark too, so accepting or rejecting
    // leaves no empty paragraph behind.
    const whole = change(entry.change === "added" ? "insertion" : "deletion", `section-${entry.id}`);
    titles.set(entry.id, { runs: [{ text: title, change: whole }], mark: whole });
    const last = lastTextblock(content);
    if (last) tracked.setEnd(last, whole);
  }
  let numbers = 0;
  const numberChange = (before: number | null, after: number | null): NumberChange => {
    numbers += 1;
    return {
      before,
      after,
      deleted: before === null ? null : change("deletion", `number-del-${numbers}`),
      inserted: after === null ? null : change("insertion", `number-ins-${numbers}`),
    };
  };
  return { outline, contents, tracked, titles, numberChange };
}

function lastTextblock(node: ProseMirrorNode): ProseMirrorNode | null {
  let last: ProseMirrorNode | null = null;
  node.descendants((child) => {
    if (!child.isTextblock) return true;
    last = child;
    return false;
  });
  return last;
}
