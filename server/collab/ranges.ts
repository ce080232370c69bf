import * as Y from "yjs";
import { decodePosition, encodePosition, resolveAnchor, textOfAnchor, type AnchoredRange, type Point, type Token } from "../../shared/collab/ranges";

// Ranges of section text anchored by Yjs relative positions (as the editor creates them): they follow the text
// through concurrent edits. Reading is shared with the browser (shared/collab/ranges.ts); here the server also
// replaces a range's text when an amendment is accepted.

/** Each end also names its Y node (the text it is in, else the node it stands before), to climb to its block. */
export interface ResolvedRange extends AnchoredRange {
  start: Point & { text: Y.XmlText | Y.XmlElement };
  end: Point & { text: Y.XmlText | Y.XmlElement };
}

export { decodePosition, encodePosition };

/** Resolves a start/end pair inside one section; null when either end is gone or they point into other roots. */
export function resolveRange(doc: Y.Doc, startB64: string, endB64: string): ResolvedRange | null {
  const start = decodePosition(startB64);
  const end = decodePosition(endB64);
  const range = start && end ? resolveAnchor(doc, start, end) : null;
  if (!range) return null;
  const nodeAt = (point: Point) => range.tokens[point.token]!.node;
  return { ...range, start: { ...range.start, text: nodeAt(range.start) }, end: { ...range.end, text: nodeAt(range.end) } };
}

/** The text between the two ends: blocks joined with a line break, a footnote as " [its text]". */
export const textOfRange = textOfAnchor;

type Block = Y.XmlElement | Y.XmlFragment;
/** A leaf that reads as text, as it was before the range was cleared: name, attributes and reading. */
interface Leaf {
  name: string;
  attributes: Record<string, unknown>;
  reading: string;
}
type Format = Record<string, unknown>;

/**
 * Replaces the range with plain text, inside one transaction the caller opens. Within one paragraph the text is
 * swapped in place, keeping the formatting at the start; across paragraphs the covered text is removed, the
 * replacement goes where the range starts, and whatever lies wholly inside the range (the paragraphs in between)
 * is removed.
 *
 * A footnote inside the range reads as " [its text]" in the text the proposer edited: where the replacement still
 * holds that reading, the footnote stays there; where the proposer took it out, the footnote goes with it.
 */
export function replaceRange(range: ResolvedRange, replacement: string): void {
  const { tokens, start, end } = range;
  const first = tokens[start.token]!;
  const last = tokens[end.token]!;
  const { texts, kept } = splitReplacement(replacement, leavesWithin(range));
  const format = first.kind === "text" ? formatBefore(first.node, start.offset) : {};
  const startBlock = first.kind === "close" ? first.node : first.block;
  const endBlock = last.kind === "close" ? last.node : last.block;
  // Fixed before anything is deleted: the text the range starts in, or the node just before its start.
  const left = first.kind === "text" ? first.node : previousSibling(first);
  const removedNodes = removeWithin(range);

  if (first.kind === "text" && start.offset < first.node.length) {
    // The range ended inside the text it starts in, so it held no footnote: a swap in place.
    if (replacement) first.node.insert(start.offset, replacement);
  } else {
    insertAtGap(startBlock, left, texts, kept, format);
  }
  // Removing a footnote or a line break leaves two texts side by side, which the editor never writes: join them.
  if (removedNodes || kept.length > 0) {
    joinTexts(startBlock);
    if (endBlock !== startBlock) joinTexts(endBlock);
  }
}

/** Puts the replacement after `left` (at the start of the block for null), joining the texts either side. */
function insertAtGap(block: Block, left: unknown, texts: string[], kept: Leaf[], format: Format): void {
  const gap = left === null ? 0 : block.toArray().indexOf(left as Y.XmlElement) + 1;
  const before = gap > 0 ? block.get(gap - 1) : null;
  const after = gap < block.length ? block.get(gap) : null;
  const head = texts[0]!;
  const tail = texts[texts.length - 1]!;
  const fresh: (Y.XmlText | Y.XmlElement)[] = [];
  if (head) {
    if (before instanceof Y.XmlText) before.insert(before.length, head);
    else if (kept.length === 0 && after instanceof Y.XmlText) after.insert(0, head, format);
    else fresh.push(textNode(head, format));
  }
  kept.forEach((leaf, k) => {
    fresh.push(leafNode(leaf));
    const between = texts[k + 1]!;
    if (k < kept.length - 1 && between) fresh.push(textNode(between, format));
  });
  if (kept.length > 0 && tail) {
    if (after instanceof Y.XmlText) after.insert(0, tail, format);
    else fresh.push(textNode(tail, format));
  }
  if (fresh.length > 0) block.insert(gap, fresh);
}

function textNode(text: string, format: Format): Y.XmlText {
  const node = new Y.XmlText();
  node.insert(0, text, format);
  return node;
}

function leafNode(leaf: Leaf): Y.XmlElement {
  const node = new Y.XmlElement(leaf.name);
  for (const [name, value] of Object.entries(leaf.attributes)) if (value !== undefined) node.setAttribute(name, value as string);
  return node;
}

/** Joins neighbouring texts of a block into one, as the editor writes them; an empty one is just dropped. */
function joinTexts(block: Block): void {
  for (let k = 0; k + 1 < block.length; ) {
    const a = block.get(k);
    const b = block.get(k + 1);
    if (!(a instanceof Y.XmlText) || !(b instanceof Y.XmlText)) {
      k++;
    } else if (a.length === 0) {
      block.delete(k, 1);
    } else {
      if (b.length > 0) a.applyDelta([{ retain: a.length }, ...b.toDelta()]);
      block.delete(k + 1, 1);
    }
  }
}

/** Leaves that read as text (footnotes) between the two ends, in order. */
function leavesWithin(range: ResolvedRange): Leaf[] {
  const leaves: Leaf[] = [];
  for (let i = range.start.token; i < range.end.token; i++) {
    const token = range.tokens[i]!;
    if (token.kind === "leaf" && token.reading !== null) leaves.push({ name: token.node.nodeName, attributes: token.node.getAttributes(), reading: token.reading });
  }
  return leaves;
}

/** The replacement as text around the leaves it still holds the readings of, in their order. */
function splitReplacement(replacement: string, leaves: Leaf[]): { texts: string[]; kept: Leaf[] } {
  const texts: string[] = [];
  const kept: Leaf[] = [];
  let cursor = 0;
  for (const leaf of leaves) {
    const at = replacement.indexOf(leaf.reading, cursor);
    if (at < 0) continue;
    texts.push(replacement.slice(cursor, at));
    kept.push(leaf);
    cursor = at + leaf.reading.length;
  }
  texts.push(replacement.slice(cursor));
  return { texts, kept };
}

/** The marks of the character before `offset`: new text at the start of a range looks like the text it replaces. */
function formatBefore(text: Y.XmlText, offset: number): Format {
  let at = 0;
  for (const op of text.toDelta() as { insert: unknown; attributes?: Format }[]) {
    const length = typeof op.insert === "string" ? op.insert.length : 1;
    if (offset > at && offset <= at + length) return { ...(op.attributes ?? {}) };
    at += length;
  }
  return {};
}

function previousSibling(token: Token): unknown {
  const block = token.block;
  const index = token.kind === "close" ? block.length : block.toArray().indexOf(token.node);
  return index > 0 ? block.get(index - 1) : null;
}

function removeChild(block: Block, node: unknown): void {
  const index = block.toArray().indexOf(node as Y.XmlElement);
  if (index >= 0) block.delete(index, 1);
}

/** Deletes what lies between the two ends; true when nodes (not only characters) went. */
function removeWithin(range: ResolvedRange): boolean {
  const { tokens, start, end } = range;
  let nodes = false;
  for (let i = start.token; i <= end.token && i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === "text") {
      const from = i === start.token ? start.offset : 0;
      const to = i === end.token ? end.offset : token.node.length;
      if (to > from) token.node.delete(from, to - from);
    } else if (i === end.token) {
      break;
    } else if (token.kind === "leaf") {
      removeChild(token.block, token.node);
      nodes = true;
    } else if (token.kind === "open" && token.close < end.token) {
      // Wholly inside: the element goes, and with it everything in it.
      removeChild(token.block, token.node);
      nodes = true;
      i = token.close;
    }
  }
  return nodes;
}
