import { Fragment, Slice, type Mark, type Node as ProseMirrorNode } from "@tiptap/pm/model";
import type { Transform } from "@tiptap/pm/transform";
import { ZERO_WIDTH_SPACE } from "../../../../../shared/editor/suggestions";
import { Refused, ownSuggestionId, type Suggester } from "./suggester";
import { textblocksOf } from "./textblocks";

/** Where the suggested insertion landed: from `start` to `end` of the new document. */
export interface Inserted {
  start: number;
  end: number;
}

/**
 * Suggests inserting `slice` at `at` of `out.doc`: every character gets the author's insertion mark, with the id
 * of their own insertion right beside it (typing a word makes one suggestion) or a new one. Every paragraph
 * break the slice brings must lie inside the insertion run, so that rejecting the suggestion joins the blocks
 * back: a block side without a character of the run gets a zero-width space of it, and whole new blocks are
 * tied to the textblock before them (or after, at the top) by a zero-width space there. Throws `Refused` for
 * content a mark cannot carry (line breaks, footnotes, images: y-tiptap keeps no marks on inline nodes).
 */
export function suggestInsertion(out: Transform, at: number, slice: Slice, me: Suggester): Inserted {
  if (slice.size === 0) return { start: at, end: at };
  const doc = out.doc;
  const schema = doc.type.schema;
  const $at = doc.resolve(at);
  const blocks = textblocksOf(doc);
  const inTextblock = $at.parent.isTextblock;
  // Whole blocks (the slice opens no textblock at its start) go between blocks, never inside a textblock.
  const closedStart = slice.openStart === 0 && slice.content.firstChild?.isBlock === true;
  if (closedStart === inTextblock) throw new Refused("structure");
  const previous = blocks.findLast((block) => block.end < at);
  const next = blocks.find((block) => block.start > at);
  const own = (node: ProseMirrorNode | null | undefined) => ownSuggestionId(node, "insertion", me.author);
  const left = inTextblock ? own($at.nodeBefore) : own(previous?.node.lastChild);
  const right = inTextblock ? own($at.nodeAfter) : own(next?.node.firstChild);
  const id = left ?? right ?? me.newId();
  const mark = schema.marks.insertion!.create({ id, author: me.author });
  if (inTextblock && !$at.parent.type.allowsMarkType(mark.type)) throw new Refused("code");

  const marked = markSlice(slice, mark, { leftInRun: left === id, rightInRun: right === id });
  const steps = out.steps.length;
  try {
    out.replace(at, at, marked);
  } catch (error) {
    // ProseMirror refuses content its schema does not allow here (a mark a code block takes none of, say).
    if (error instanceof RangeError) throw new Refused("structure");
    throw error;
  }

  // Whole blocks need a run across the break before them (after them at the top), so that rejecting the
  // suggestion removes them with their breaks.
  if (closedStart) {
    const tie = schema.text(ZERO_WIDTH_SPACE, [mark]);
    if (previous) {
      if (left !== id) out.insert(out.mapping.slice(steps).map(previous.end, -1), tie);
    } else if (next) {
      if (right !== id) out.insert(out.mapping.slice(steps).map(next.start, 1), tie);
    } else {
      throw new Refused("structure");
    }
  }
  const local = out.mapping.slice(steps);
  return { start: local.map(at, -1), end: local.map(at, 1) };
}

/** The slice with the insertion mark on every character and a zero-width space where a block side needs one. */
function markSlice(slice: Slice, mark: Mark, neighbours: { leftInRun: boolean; rightInRun: boolean }): Slice {
  const schema = mark.type.schema;
  const markInline = (content: Fragment): Fragment => {
    const nodes: ProseMirrorNode[] = [];
    content.forEach((node) => {
      if (!node.isText) throw new Refused("inline_node");
      nodes.push(node.mark(mark.addToSet(node.marks)));
    });
    return Fragment.fromArray(nodes);
  };
  const markBlocks = (content: Fragment, depth: number, startPath: boolean, endPath: boolean): Fragment => {
    const nodes: ProseMirrorNode[] = [];
    content.forEach((node, _offset, index) => {
      const onStart = startPath && index === 0;
      const onEnd = endPath && index === content.childCount - 1;
      if (node.isTextblock) {
        if (!node.type.allowsMarkType(mark.type)) throw new Refused("code");
        const openStart = onStart && depth === slice.openStart;
        const openEnd = onEnd && depth === slice.openEnd;
        let inner = markInline(node.content);
        // An open side continues the text already there; only a break the block meets needs a character of
        // the run, and the neighbour of the insertion point may already be one.
        const needsCharacter = openStart && openEnd ? false : openStart ? !neighbours.leftInRun : openEnd ? !neighbours.rightInRun : true;
        if (inner.size === 0 && needsCharacter) inner = Fragment.from(schema.text(ZERO_WIDTH_SPACE, [mark]));
        nodes.push(node.copy(inner));
      } else if (node.isInline) {
        throw new Refused("inline_node");
      } else if (node.isAtom) {
        throw new Refused("structure");
      } else {
        nodes.push(node.copy(markBlocks(node.content, depth + 1, onStart, onEnd)));
      }
    });
    return Fragment.fromArray(nodes);
  };
  const inline = slice.content.firstChild?.isInline === true;
  const content = inline ? markInline(slice.content) : markBlocks(slice.content, 1, true, true);
  return new Slice(content, slice.openStart, slice.openEnd);
}
