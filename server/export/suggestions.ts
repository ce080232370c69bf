import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Transform } from "@tiptap/pm/transform";
import { agreedText, suggestionRuns, ZERO_WIDTH_SPACE } from "../../shared/editor/suggestions";
import { noteText } from "../../shared/editor/nodes/footnote";
import { suggestionMarkOf } from "./inline";

// What the exports need to know of a section's suggestions beyond shared/editor/suggestions.ts: the agreed text to
// print, and, to number a tracked export's paragraphs exactly as the agreed one's, which top-level blocks a
// suggested paragraph break made (with every suggestion rejected they are part of the block before them).

/**
 * The section with every suggestion rejected. `agreedText` throws only on a document no editor writes; rather
 * than fail the export, such a section loses its inserted words and zero-width spaces block by block (a suggested
 * break then stays a break) and keeps its deleted words as agreed text.
 */
export function agreedContent(content: ProseMirrorNode): ProseMirrorNode {
  try {
    return agreedText(content);
  } catch {
    return agreedWithinBlocks(content);
  }
}

/** The fallback above, exported for its test: never joins or removes a block. */
export function agreedWithinBlocks(content: ProseMirrorNode): ProseMirrorNode {
  const tr = new Transform(content);
  const removals: Array<{ from: number; to: number }> = [];
  content.descendants((node, pos) => {
    const mark = suggestionMarkOf(node);
    if (!mark) return true;
    if (mark.type.name === "insertion") {
      removals.push({ from: pos, to: pos + node.nodeSize });
    } else if (node.isText) {
      const text = node.text!;
      for (let i = text.indexOf(ZERO_WIDTH_SPACE); i !== -1; i = text.indexOf(ZERO_WIDTH_SPACE, i + 1)) removals.push({ from: pos + i, to: pos + i + 1 });
    }
    return false;
  });
  // From the end backwards, so each removal leaves the positions before it where they were.
  for (const { from, to } of removals.sort((a, b) => b.from - a.from)) tr.delete(from, to);
  for (const type of ["insertion", "deletion"]) tr.removeMark(0, tr.doc.content.size, tr.doc.type.schema.marks[type]!);
  return tr.doc;
}

/**
 * For each top-level block of a section: whether a suggested paragraph break (an insertion run that began in an
 * earlier block) reaches its first textblock. Rejecting that suggestion joins the block to the one before it, so
 * in the agreed text it is part of that block: it is not numbered on its own.
 */
export function joinedToPrevious(content: ProseMirrorNode): boolean[] {
  const insertions = suggestionRuns(content).filter((run) => run.kind === "insertion");
  const joined: boolean[] = [];
  content.forEach((child, offset) => {
    const start = firstTextStart(child, offset);
    joined.push(start !== null && insertions.some((run) => run.from < start && run.to > start));
  });
  return joined;
}

/** Where the first textblock's content starts, for a top-level block at `offset`; null when it has none. */
function firstTextStart(block: ProseMirrorNode, offset: number): number | null {
  if (block.isTextblock) return offset + 1;
  let start: number | null = null;
  block.descendants((node, pos) => {
    if (start !== null) return false;
    if (!node.isTextblock) return true;
    start = offset + 1 + pos + 1;
    return false;
  });
  return start;
}

/**
 * No agreed words in it: nothing but spaces once inserted words and every suggestion's zero-width spaces are
 * left out. A footnote with text counts as words (as `isBlank` in inline.ts).
 */
export function agreedBlank(block: ProseMirrorNode): boolean {
  let blank = true;
  block.descendants((node) => {
    if (!blank) return false;
    const mark = suggestionMarkOf(node);
    if (mark?.type.name === "insertion") return false;
    if (node.type.name === "footnote") blank = noteText(node.attrs.text).length === 0;
    else if (node.isText) blank = (mark ? node.text!.replaceAll(ZERO_WIDTH_SPACE, "") : node.text!).trim().length === 0;
    return true;
  });
  return blank;
}

/** Whether any part of the block belongs to a suggestion. */
export function hasSuggestion(block: ProseMirrorNode): boolean {
  let found = false;
  block.descendants((node) => {
    if (found) return false;
    found = suggestionMarkOf(node) !== undefined;
    return !found;
  });
  return found;
}
