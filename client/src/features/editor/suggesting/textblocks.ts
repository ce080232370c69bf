import type { Node as ProseMirrorNode } from "@tiptap/pm/model";

/** A textblock of a document: its content runs from `start` to `end`. */
export interface Textblock {
  node: ProseMirrorNode;
  start: number;
  end: number;
}

/** Every textblock of `doc` in reading order: the order in which suggestion runs continue from one to the next. */
export function textblocksOf(doc: ProseMirrorNode): Textblock[] {
  const blocks: Textblock[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    blocks.push({ node, start: pos + 1, end: pos + 1 + node.content.size });
    return false;
  });
  return blocks;
}

/** The children of a textblock with their document positions. */
export function inlineChildren(block: Textblock): Array<{ node: ProseMirrorNode; from: number; to: number }> {
  const children: Array<{ node: ProseMirrorNode; from: number; to: number }> = [];
  block.node.forEach((node, offset) => children.push({ node, from: block.start + offset, to: block.start + offset + node.nodeSize }));
  return children;
}
