import type { Mark, Node as ProseMirrorNode } from "@tiptap/pm/model";
import type { Transform } from "@tiptap/pm/transform";
import { ZERO_WIDTH_SPACE, suggestionRuns, type SuggestionRun } from "../../../../../shared/editor/suggestions";
import { Refused, isSuggestion, suggestionMarkOf, type Suggester } from "./suggester";
import { inlineChildren, textblocksOf, type Textblock } from "./textblocks";

/** What a deletion left: the struck text runs from `start` to `end` of the new document. */
export interface Struck {
  start: number;
  end: number;
}

/** How the suggestion departs from the letter of the user's edit (then accepting it gives something else). */
export interface EditNotes {
  /** Someone else's suggestion had to stay as it was: the suggestion does less than the edit did. */
  skippedOthers: boolean;
  /** Deleting only the zero-width space of the author's own break was read as deleting the break. */
  tookBackBreak: boolean;
  /** An agreed zero-width space in the deleted text stays (see `visibleParts`). */
  keptAgreedZeroWidth: boolean;
}

interface Gap {
  /** End of the textblock before the gap, start of the one after. */
  end: number;
  start: number;
  before: Textblock;
  after: Textblock;
}

/**
 * Suggests deleting `from`..`to` of `out.doc`: the author's own inserted text goes (it was only ever theirs),
 * agreed text is struck through with the author's deletion mark, and other people's suggestions stay as they
 * are (a suggester may not remove or re-mark them). A paragraph break goes only when the author suggested it
 * (their insertion run crosses it); an agreed break is deleted by striking the characters on both sides of it,
 * which the one deletion run then spans. Throws `Refused` when the deletion cannot be written that way.
 */
export function suggestDeletion(out: Transform, from: number, to: number, me: Suggester, notes: EditNotes): Struck {
  if (from >= to) return { start: from, end: from };
  const doc = out.doc;
  // A range that starts or ends between blocks removes whole blocks (a horizontal rule, a table, a paragraph
  // with its break): nothing a character mark can say.
  if (!doc.resolve(from).parent.isTextblock || !doc.resolve(to).parent.isTextblock) throw new Refused("structure");
  doc.nodesBetween(from, to, (node) => {
    if (node.isBlock && node.isAtom) throw new Refused("structure");
    return !node.isTextblock;
  });

  const all = textblocksOf(doc);
  const first = all.findIndex((block) => block.end >= from);
  const last = all.findLastIndex((block) => block.start <= to);
  const blocks = all.slice(first, last + 1);
  const runs = suggestionRuns(doc);
  const author = me.author;

  const toStrike: Array<{ from: number; to: number }> = [];
  const toRemove: Array<{ from: number; to: number }> = [];
  // Whether the range holds characters and all are zero-width spaces of the author's own insertions.
  let onlyOwnZeroWidth: boolean | undefined;
  for (const block of blocks) {
    for (const child of inlineChildren(block)) {
      const start = Math.max(child.from, from);
      const end = Math.min(child.to, to);
      if (start >= end) continue;
      const mark = suggestionMarkOf(child.node);
      const text = child.node.isText ? child.node.text!.slice(start - child.from, end - child.from) : "";
      onlyOwnZeroWidth = onlyOwnZeroWidth !== false && isSuggestion(mark, "insertion", author) && isZeroWidths(text);
      if (isSuggestion(mark, "insertion", author)) toRemove.push({ from: start, to: end });
      else if (mark) notes.skippedOthers ||= isSuggestion(mark, "insertion");
      else if (!child.node.isText) throw new Refused("inline_node");
      else if (!block.node.type.allowsMarkType(doc.type.schema.marks.deletion!)) throw new Refused("code");
      else toStrike.push(...visibleParts(text, start, notes));
    }
  }

  const crossing = (gap: Gap) => runs.find((run) => run.from < gap.end && run.to > gap.start);
  const around = all.slice(Math.max(first - 1, 0), last + 2);
  const joins: Array<{ gap: Gap; run: SuggestionRun }> = [];
  const mustBeStruck: Gap[] = [];
  // The author's own breaks near the range that stay: each must still have a character of its run on both
  // sides afterwards, or it would silently become agreed.
  const keep: Array<{ gap: Gap; mark: Mark }> = [];
  for (const [index, after] of around.slice(1).entries()) {
    const gap: Gap = { before: around[index]!, after, end: around[index]!.end, start: after.start };
    const run = crossing(gap);
    const own = run?.kind === "insertion" && run.author === author;
    const inside = from <= gap.end && gap.start <= to;
    // Deleting only the zero-width space beside the author's own break (the caret at the start or end of a
    // line, the space invisible) means deleting the break. One break at a time: an empty suggested paragraph
    // has a break on both sides, and Backspace in it takes back the one before.
    const besideOwnBreak = own && onlyOwnZeroWidth === true && (from === gap.start || to === gap.end) && !notes.tookBackBreak;
    if (own && (inside || besideOwnBreak)) {
      joins.push({ gap, run });
      notes.tookBackBreak ||= !inside;
    } else if (own) {
      keep.push({ gap, mark: suggestionMarkOf(doc.resolve(gap.end).nodeBefore)! });
    } else if (inside && !run) {
      mustBeStruck.push(gap);
    } else if (inside) {
      notes.skippedOthers ||= run!.kind === "insertion";
    }
  }

  if (toStrike.length > 0) {
    const deletionId = runs.find((run) => run.kind === "deletion" && run.author === author && run.to >= from && run.from <= to)?.id ?? me.newId();
    const mark = doc.type.schema.marks.deletion!.create({ id: deletionId, author });
    for (const range of toStrike) out.addMark(range.from, range.to, mark);
  }

  // A break the author suggested goes with the zero-width spaces of theirs beside it, which would otherwise be
  // left mid-paragraph.
  for (const { gap, run } of joins) {
    toRemove.push({ from: ownZeroWidthEdge(gap.before, "end", run), to: ownZeroWidthEdge(gap.after, "start", run) });
  }
  const steps = out.steps.length;
  for (const range of mergeRanges(toRemove).reverse()) out.delete(range.from, range.to);
  const carries = (node: ProseMirrorNode | null, mark: Mark) => node !== null && mark.isInSet(node.marks);
  for (const { gap, mark } of keep) {
    const space = mark.type.schema.text(ZERO_WIDTH_SPACE, [mark]);
    const end = out.mapping.slice(steps).map(gap.end, -1);
    if (!carries(out.doc.resolve(end).nodeBefore, mark)) out.insert(end, space);
    const start = out.mapping.slice(steps).map(gap.start, 1);
    if (!carries(out.doc.resolve(start).nodeAfter, mark)) out.insert(start, space);
  }
  const local = out.mapping.slice(steps);

  // An agreed break inside the range is deleted only if the struck characters on both sides make one run.
  for (const gap of mustBeStruck) {
    const left = suggestionMarkOf(out.doc.resolve(local.map(gap.end, -1)).nodeBefore);
    const right = suggestionMarkOf(out.doc.resolve(local.map(gap.start, 1)).nodeAfter);
    if (!isSuggestion(left, "deletion", author) || !right || !left.eq(right)) throw new Refused("join");
  }
  return { start: local.map(from, -1), end: local.map(to, -1) };
}

/** Where the zero-width spaces of `run` at one end of `block` begin (end) or stop (start). */
function ownZeroWidthEdge(block: Textblock, edge: "start" | "end", run: SuggestionRun): number {
  const children = inlineChildren(block);
  const ordered = edge === "start" ? children : [...children].reverse();
  let pos = edge === "start" ? block.start : block.end;
  for (const child of ordered) {
    if (child.from < run.from || child.to > run.to || !child.node.isText) break;
    const text = child.node.text!;
    const chars = edge === "start" ? text : [...text].reverse().join("");
    const spaces = chars.length - chars.replace(/^\u200B+/, "").length;
    pos += edge === "start" ? spaces : -spaces;
    if (spaces < text.length) break;
  }
  return pos;
}

const isZeroWidths = (text: string) => text.length > 0 && [...text].every((char) => char === ZERO_WIDTH_SPACE);

/**
 * The parts of agreed text `text` (at `from`) that can be struck: all but its zero-width spaces. A deletion run
 * owns the zero-width spaces inside it (they mark a suggested join, and rejecting drops them), so striking an
 * agreed one would change the agreed text. It stays, invisible, between the struck parts.
 */
function visibleParts(text: string, from: number, notes: EditNotes): Array<{ from: number; to: number }> {
  const parts: Array<{ from: number; to: number }> = [];
  let start = 0;
  for (let index = 0; index <= text.length; index += 1) {
    if (index < text.length && text[index] !== ZERO_WIDTH_SPACE) continue;
    if (index > start) parts.push({ from: from + start, to: from + index });
    notes.keptAgreedZeroWidth ||= index < text.length;
    start = index + 1;
  }
  return parts;
}

function mergeRanges(ranges: Array<{ from: number; to: number }>): Array<{ from: number; to: number }> {
  const sorted = [...ranges].filter((range) => range.from < range.to).sort((a, b) => a.from - b.from);
  const merged: Array<{ from: number; to: number }> = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.from <= last.to) last.to = Math.max(last.to, range.to);
    else merged.push({ ...range });
  }
  return merged;
}
