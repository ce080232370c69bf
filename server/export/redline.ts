import { diffArrays } from "diff";
import { Fragment, type Mark, type Node as ProseMirrorNode, type Schema } from "@tiptap/pm/model";
import { wordDiff } from "../../shared/wordDiff";
import { ZERO_WIDTH_SPACE } from "../../shared/editor/suggestions";
import type { SuggestionKind } from "../../shared/editor/marks/suggestion";

// A redline: one section's text against the same section in a base version, as one ProseMirror document whose
// changes are written the way the editor writes suggestions (shared/editor/suggestions.ts): words added carry an
// `insertion` mark, words removed are kept with a `deletion` mark, and a paragraph added or removed is a run that
// covers its text and crosses one paragraph boundary (a zero-width space carries the mark where no character
// exists). The tracked-changes writers then draw it as they draw suggestions, paragraph marks included.
//
// Both texts are agreed texts (no suggestions of their own). Blocks are matched in order (diffArrays over whole
// nodes); among the blocks between two matches, one removed and one added of the same kind whose words overlap
// are taken for the same block changed, and diffed word by word (shared/wordDiff.ts, as the versions page does);
// lists, quotes and tables of the same shape are matched inside; everything else is wholly removed or added.

/** The author id the redline's marks carry; the model names the author (server/export/redlineModel.ts). */
export const REDLINE_AUTHOR_ID = "redline";
const REDLINE_ID_PREFIX = "redline-";

export const isRedlineMark = (mark: Mark): boolean => String(mark.attrs.id).startsWith(REDLINE_ID_PREFIX);

/** Hands out one mark per change, so two changes side by side never read as one. */
export class RedlineMarks {
  private count = 0;
  constructor(private readonly schema: Schema) {}
  next(kind: SuggestionKind): Mark {
    this.count += 1;
    return this.schema.marks[kind]!.create({ id: `${REDLINE_ID_PREFIX}${this.count}`, author: REDLINE_AUTHOR_ID });
  }
}

/** Containers matched child by child when they are the same kind. */
const MATCHED_INSIDE = new Set(["bulletList", "orderedList", "listItem", "blockquote"]);
/** A changed block is taken for the same block when at least this share of its words is kept. */
const SAME_BLOCK_OVERLAP = 0.34;

/** A section's redline: `base` is its text in the base version (undefined: added since), `current` now (undefined: removed). */
export function redlineSection(base: ProseMirrorNode | undefined, current: ProseMirrorNode | undefined, marks: RedlineMarks): ProseMirrorNode {
  if (!base) return markWhole(current!, marks.next("insertion"));
  if (!current) return markWhole(base, marks.next("deletion"));
  return current.type.create(current.attrs, Fragment.fromArray(mergeChildren(base.content, current.content, marks)));
}

type Piece = { kind: "kept"; node: ProseMirrorNode } | { kind: SuggestionKind; node: ProseMirrorNode };

function children(fragment: Fragment): ProseMirrorNode[] {
  const nodes: ProseMirrorNode[] = [];
  fragment.forEach((node) => nodes.push(node));
  return nodes;
}

function mergeChildren(before: Fragment, after: Fragment, marks: RedlineMarks): ProseMirrorNode[] {
  const pieces: Piece[] = [];
  let removed: ProseMirrorNode[] = [];
  let added: ProseMirrorNode[] = [];
  const flush = () => {
    pieces.push(...matchChanged(removed, added, marks));
    removed = [];
    added = [];
  };
  for (const part of diffArrays(children(before), children(after), { comparator: (a, b) => a.eq(b) })) {
    if (part.removed) removed.push(...part.value);
    else if (part.added) added.push(...part.value);
    else {
      flush();
      pieces.push(...part.value.map((node) => ({ kind: "kept" as const, node })));
    }
  }
  flush();
  return bridge(pieces, marks);
}

/** Pairs removed and added blocks that are one block changed (in order), the rest wholly removed or added. */
function matchChanged(removed: ProseMirrorNode[], added: ProseMirrorNode[], marks: RedlineMarks): Piece[] {
  const pieces: Piece[] = [];
  let r = 0;
  let a = 0;
  for (let i = 0; i < removed.length; i++) {
    const j = added.findIndex((node, index) => index >= a && pairable(removed[i]!, node));
    if (j === -1) continue;
    for (; r < i; r++) pieces.push({ kind: "deletion", node: removed[r]! });
    for (; a < j; a++) pieces.push({ kind: "insertion", node: added[a]! });
    pieces.push({ kind: "kept", node: mergeBlock(removed[i]!, added[j]!, marks) });
    r = i + 1;
    a = j + 1;
  }
  for (; r < removed.length; r++) pieces.push({ kind: "deletion", node: removed[r]! });
  for (; a < added.length; a++) pieces.push({ kind: "insertion", node: added[a]! });
  return pieces;
}

const wordsOf = (node: ProseMirrorNode): string[] => node.textContent.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function overlap(a: ProseMirrorNode, b: ProseMirrorNode): number {
  const before = wordsOf(a);
  const after = wordsOf(b);
  if (before.length === 0 && after.length === 0) return 1;
  const pool = new Map<string, number>();
  for (const word of before) pool.set(word, (pool.get(word) ?? 0) + 1);
  let common = 0;
  for (const word of after) {
    const left = pool.get(word) ?? 0;
    if (left > 0) {
      common += 1;
      pool.set(word, left - 1);
    }
  }
  return common / Math.max(before.length, after.length);
}

function pairable(a: ProseMirrorNode, b: ProseMirrorNode): boolean {
  if (a.type !== b.type) return false;
  if (a.isTextblock || MATCHED_INSIDE.has(a.type.name)) return overlap(a, b) >= SAME_BLOCK_OVERLAP;
  if (a.type.name === "table") return sameShape(a, b) && overlap(a, b) >= SAME_BLOCK_OVERLAP;
  return false;
}

/** Same rows and cells: a table is matched cell by cell only then (a row of another width would break it). */
function sameShape(a: ProseMirrorNode, b: ProseMirrorNode): boolean {
  if (a.childCount !== b.childCount) return false;
  for (let i = 0; i < a.childCount; i++) if (a.child(i).childCount !== b.child(i).childCount) return false;
  return true;
}

function mergeBlock(before: ProseMirrorNode, after: ProseMirrorNode, marks: RedlineMarks): ProseMirrorNode {
  if (before.isTextblock) return after.type.create(after.attrs, mergeInline(before, after, marks), after.marks);
  if (after.type.name === "table") {
    const rows = children(after.content).map((row, i) =>
      row.type.create(row.attrs, Fragment.fromArray(children(row.content).map((cell, k) => cell.type.create(cell.attrs, Fragment.fromArray(mergeChildren(before.child(i).child(k).content, cell.content, marks)))))),
    );
    return after.type.create(after.attrs, Fragment.fromArray(rows));
  }
  return after.type.create(after.attrs, Fragment.fromArray(mergeChildren(before.content, after.content, marks)), after.marks);
}

/** One character per position: text as itself, any inline leaf (a note, a line break) as U+FFFC. */
function positionText(block: ProseMirrorNode): string {
  let text = "";
  block.forEach((child) => (text += child.isText ? child.text! : "\uFFFC"));
  return text;
}

/** A textblock in both texts, diffed word by word: kept words from the current text, removed ones from the base. */
function mergeInline(before: ProseMirrorNode, after: ProseMirrorNode, marks: RedlineMarks): Fragment {
  const parts: ProseMirrorNode[] = [];
  let b = 0;
  let a = 0;
  for (const op of wordDiff(positionText(before), positionText(after))) {
    const length = op.text.length;
    if (op.type === "equal") {
      parts.push(...children(after.content.cut(a, a + length)));
      a += length;
      b += length;
    } else if (op.type === "insert") {
      parts.push(...children(markFragment(after.content.cut(a, a + length), marks.next("insertion"))));
      a += length;
    } else {
      parts.push(...children(markFragment(before.content.cut(b, b + length), marks.next("deletion"))));
      b += length;
    }
  }
  return Fragment.fromArray(parts);
}

function markFragment(fragment: Fragment, mark: Mark): Fragment {
  return Fragment.fromArray(children(fragment).map((node) => (node.isInline ? node.mark(mark.addToSet(node.marks)) : markWhole(node, mark))));
}

/**
 * Every inline node of a block marked, so one run covers the block. An empty textblock gets a zero-width space to
 * carry the mark, or the run would stop there and its paragraph mark would read as unchanged.
 */
function markWhole(node: ProseMirrorNode, mark: Mark): ProseMirrorNode {
  if (node.isTextblock) {
    const content = node.content.size === 0 ? Fragment.from(node.type.schema.text(ZERO_WIDTH_SPACE, [mark])) : markFragment(node.content, mark);
    return node.type.create(node.attrs, content, node.marks);
  }
  if (node.isLeaf) return node;
  return node.type.create(node.attrs, Fragment.fromArray(children(node.content).map((child) => markWhole(child, mark))), node.marks);
}

/** The block with a zero-width space of `mark` at the start of its first textblock or the end of its last. */
function withCarrier(node: ProseMirrorNode, at: "start" | "end", mark: Mark): ProseMirrorNode | null {
  if (node.isTextblock) {
    const carrier = node.type.schema.text(ZERO_WIDTH_SPACE, [mark]);
    return node.type.create(node.attrs, at === "start" ? Fragment.from(carrier).append(node.content) : node.content.addToEnd(carrier), node.marks);
  }
  if (node.isLeaf || node.childCount === 0) return null;
  const index = at === "start" ? 0 : node.childCount - 1;
  const inner = withCarrier(node.child(index), at, mark);
  return inner ? node.copy(node.content.replaceChild(index, inner)) : null;
}

/**
 * Marks the wholly removed and added blocks, one mark per run of them, and makes each run cover one paragraph end
 * per block, as Word counts paragraph marks. Where a kept block follows the changed ones, each run crosses into the
 * start of the block after it (that block's own mark stays); at the end of the text, each run crosses from the end
 * of the block before it instead (the last block's mark, the text's final one, stays). A text whose every block
 * changed has no kept block on either side: there the last removed block and the first added one share a paragraph
 * (removed words, then added words), whose mark is then the one both texts keep.
 */
function bridge(pieces: Piece[], marks: RedlineMarks): ProseMirrorNode[] {
  const nodes = pieces.map((piece) => piece.node);
  const runs: Array<{ start: number; end: number; mark: Mark }> = [];
  for (let start = 0; start < pieces.length; ) {
    const kind = pieces[start]!.kind;
    let end = start + 1;
    while (end < pieces.length && pieces[end]!.kind === kind) end++;
    if (kind !== "kept") runs.push({ start, end, mark: marks.next(kind) });
    start = end;
  }
  // Marked first, carriers after: a carrier put into the next run's first block must keep its own mark.
  for (const { start, end, mark } of runs) for (let i = start; i < end; i++) nodes[i] = markWhole(nodes[i]!, mark);
  if (runs.length === 2 && runs[0]!.start === 0 && runs[0]!.end === runs[1]!.start && runs[1]!.end === nodes.length) {
    const removed = nodes[runs[0]!.end - 1]!;
    const added = nodes[runs[1]!.start]!;
    if (removed.isTextblock && removed.type === added.type) {
      nodes.splice(runs[0]!.end - 1, 2, added.type.create(added.attrs, removed.content.append(added.content), added.marks));
      return nodes;
    }
  }
  const atEnd = (run: { end: number }) => pieces.slice(run.end).every((piece) => piece.kind !== "kept");
  for (const { start, end, mark } of runs) {
    if (!atEnd({ end })) {
      nodes[end] = withCarrier(nodes[end]!, "start", mark) ?? nodes[end]!;
    } else if (start > 0 && !(runs[0]!.start === 0 && atEnd(runs[0]!))) {
      nodes[start - 1] = withCarrier(nodes[start - 1]!, "end", mark) ?? nodes[start - 1]!;
    } else if (end < nodes.length) {
      nodes[end] = withCarrier(nodes[end]!, "start", mark) ?? nodes[end]!;
    }
  }
  return nodes;
}

/**
 * The same document with every insertion a deletion and every deletion an insertion: its agreed text (every change
 * rejected) is the original's text with every change accepted. The model numbers a redline's current text by it.
 */
export function swapChanges(node: ProseMirrorNode): ProseMirrorNode {
  const swap = (mark: Mark): Mark => {
    const other = mark.type.name === "insertion" ? "deletion" : mark.type.name === "deletion" ? "insertion" : null;
    return other ? mark.type.schema.marks[other]!.create(mark.attrs) : mark;
  };
  if (node.isText) return node.mark(node.marks.map(swap));
  if (node.isLeaf) return node.marks.length > 0 ? node.mark(node.marks.map(swap)) : node;
  return node.copy(Fragment.fromArray(children(node.content).map(swapChanges)));
}
