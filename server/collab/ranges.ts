import * as Y from "yjs";

// Ranges of section text anchored by Yjs relative positions (as the editor creates them): they follow the text
// through concurrent edits. Here the server resolves them, reads the text between, and replaces it.

export interface ResolvedRange {
  root: string;
  start: { text: Y.XmlText; index: number };
  end: { text: Y.XmlText; index: number };
  /** Every XmlText of the root, in document order. */
  texts: Y.XmlText[];
  startAt: number;
  endAt: number;
}

export function decodePosition(base64: string): Y.RelativePosition | null {
  try {
    return Y.decodeRelativePosition(new Uint8Array(Buffer.from(base64, "base64")));
  } catch {
    return null;
  }
}

export const encodePosition = (position: Y.RelativePosition): string => Buffer.from(Y.encodeRelativePosition(position)).toString("base64");

function rootName(type: Y.AbstractType<any>): string {
  let current: Y.AbstractType<any> = type;
  while (current._item) current = current._item.parent as Y.AbstractType<any>;
  return Y.findRootTypeKey(current);
}

function textsOf(node: Y.XmlFragment | Y.XmlElement, out: Y.XmlText[] = []): Y.XmlText[] {
  for (const child of node.toArray()) {
    if (child instanceof Y.XmlText) out.push(child);
    else if (child instanceof Y.XmlElement) textsOf(child, out);
  }
  return out;
}

/** Resolves a start/end pair inside one root; null when either end is gone or they point into other roots. */
export function resolveRange(doc: Y.Doc, startB64: string, endB64: string): ResolvedRange | null {
  const startRel = decodePosition(startB64);
  const endRel = decodePosition(endB64);
  if (!startRel || !endRel) return null;
  const start = Y.createAbsolutePositionFromRelativePosition(startRel, doc);
  const end = Y.createAbsolutePositionFromRelativePosition(endRel, doc);
  if (!start || !end || !(start.type instanceof Y.XmlText) || !(end.type instanceof Y.XmlText)) return null;
  const root = rootName(start.type);
  if (rootName(end.type) !== root) return null;
  const texts = textsOf(doc.getXmlFragment(root));
  const startAt = texts.indexOf(start.type);
  const endAt = texts.indexOf(end.type);
  if (startAt < 0 || endAt < 0) return null;
  if (startAt > endAt || (startAt === endAt && start.index > end.index)) return null;
  return { root, start: { text: start.type, index: start.index }, end: { text: end.type, index: end.index }, texts, startAt, endAt };
}

const plain = (text: Y.XmlText): string =>
  text
    .toDelta()
    .map((op: { insert?: unknown }) => (typeof op.insert === "string" ? op.insert : ""))
    .join("");

/** The text between the two ends; blocks are joined with a line break. */
export function textOfRange(range: ResolvedRange): string {
  if (range.startAt === range.endAt) return plain(range.start.text).slice(range.start.index, range.end.index);
  const parts = [plain(range.start.text).slice(range.start.index)];
  for (let i = range.startAt + 1; i < range.endAt; i++) parts.push(plain(range.texts[i]!));
  parts.push(plain(range.end.text).slice(0, range.end.index));
  return parts.join("\n");
}

/**
 * Replaces the range with plain text, inside one transaction the caller opens. Within one paragraph the text is
 * swapped in place, keeping the formatting at the start; across paragraphs the covered text is removed, the
 * replacement goes where the range starts, and the paragraphs in between are left empty and then removed.
 */
export function replaceRange(range: ResolvedRange, replacement: string): void {
  const { start, end } = range;
  if (range.startAt === range.endAt) {
    if (end.index > start.index) start.text.delete(start.index, end.index - start.index);
    if (replacement) start.text.insert(start.index, replacement);
    return;
  }
  const startLength = plain(start.text).length;
  if (startLength > start.index) start.text.delete(start.index, startLength - start.index);
  for (let i = range.startAt + 1; i < range.endAt; i++) {
    const text = range.texts[i]!;
    const length = plain(text).length;
    if (length > 0) text.delete(0, length);
    removeIfEmptyBlock(text);
  }
  if (end.index > 0) end.text.delete(0, end.index);
  if (replacement) start.text.insert(start.index, replacement);
}

function removeIfEmptyBlock(text: Y.XmlText): void {
  const block = text.parent;
  if (block instanceof Y.XmlElement && block.length === 1 && block.parent) {
    const parent = block.parent as Y.XmlFragment | Y.XmlElement;
    const index = parent.toArray().indexOf(block);
    if (index >= 0) parent.delete(index, 1);
  }
}
