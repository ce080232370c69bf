import * as Y from "yjs";
import type { OutlineEntry } from "../../shared/api/review";
import type { DiffOp, SectionDiff } from "../../shared/api/versions";
import { readPlainText } from "../../shared/editor/content";
import { sectionRootName } from "../../shared/collab/protocol";
import { wordDiff } from "../../shared/wordDiff";

/** A document's text at one moment: its outline and each section's plain text. */
export interface TextSnapshot {
  outline: OutlineEntry[];
  texts: Map<string, string>;
}

export function snapshotOf(state: Uint8Array | Y.Doc, outline: OutlineEntry[]): TextSnapshot {
  const doc = state instanceof Y.Doc ? state : new Y.Doc();
  if (!(state instanceof Y.Doc)) Y.applyUpdate(doc, state);
  try {
    return { outline, texts: new Map(outline.map((s) => [s.id, readPlainText(doc.getXmlFragment(sectionRootName(s.id)))])) };
  } finally {
    if (!(state instanceof Y.Doc)) doc.destroy();
  }
}

const words = (text: string) => (text.match(/\S+/g) ?? []).length;

/** Word-level differences per section, in the newer outline's order, then sections only the older one had. */
export function diffSnapshots(older: TextSnapshot, newer: TextSnapshot): SectionDiff[] {
  const result: SectionDiff[] = [];
  const seen = new Set<string>();
  for (const section of newer.outline) {
    seen.add(section.id);
    const before = older.texts.get(section.id);
    const after = newer.texts.get(section.id) ?? "";
    result.push(sectionDiff(section.id, section.title, before, after));
  }
  for (const section of older.outline) {
    if (seen.has(section.id)) continue;
    result.push(sectionDiff(section.id, section.title, older.texts.get(section.id) ?? "", undefined));
  }
  return result;
}

export function sectionDiff(sectionId: string, title: string, before: string | undefined, after: string | undefined): SectionDiff {
  if (before === undefined) {
    return { sectionId, title, change: "added", ops: [{ type: "insert", text: after ?? "" }], insertedWords: words(after ?? ""), deletedWords: 0 };
  }
  if (after === undefined) {
    return { sectionId, title, change: "removed", ops: [{ type: "delete", text: before }], insertedWords: 0, deletedWords: words(before) };
  }
  const ops: DiffOp[] = wordDiff(before, after);
  const insertedWords = ops.filter((o) => o.type === "insert").reduce((n, o) => n + words(o.text), 0);
  const deletedWords = ops.filter((o) => o.type === "delete").reduce((n, o) => n + words(o.text), 0);
  const changed = ops.some((o) => o.type !== "equal");
  return { sectionId, title, change: changed ? "changed" : "unchanged", ops: changed ? ops : [], insertedWords, deletedWords };
}
