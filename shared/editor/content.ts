import * as Y from "yjs";

// Section text lives in the Y.Doc as `section:<id>` XmlFragments in the shape y-prosemirror writes for the
// editor's schema (elements named after nodes, XmlText inside). Until the live editor lands, the server reads
// and seeds that shape through these two functions, which handle the block nodes we seed.

export type ContentBlock =
  | { type: "paragraph"; text: string }
  | { type: "heading"; level: 2 | 3; text: string };

export { sectionRootName } from "../collab/protocol";

export function writeBlocks(fragment: Y.XmlFragment, blocks: readonly ContentBlock[]): void {
  const elements = blocks.map((block) => {
    const element = new Y.XmlElement(block.type);
    if (block.type === "heading") element.setAttribute("level", block.level as unknown as string);
    element.insert(0, [new Y.XmlText(block.text)]);
    return element;
  });
  fragment.insert(fragment.length, elements);
}

export function readBlocks(fragment: Y.XmlFragment): ContentBlock[] {
  const blocks: ContentBlock[] = [];
  for (const node of fragment.toArray()) {
    if (!(node instanceof Y.XmlElement)) continue;
    const text = textOf(node);
    if (node.nodeName === "heading") {
      const level = Number(node.getAttribute("level")) === 3 ? 3 : 2;
      blocks.push({ type: "heading", level, text });
    } else {
      blocks.push({ type: "paragraph", text });
    }
  }
  return blocks;
}

function textOf(node: Y.XmlElement | Y.XmlText): string {
  if (node instanceof Y.XmlText) return node.toDelta().map((op: { insert?: unknown }) => (typeof op.insert === "string" ? op.insert : "")).join("");
  return node.toArray().map((child) => (child instanceof Y.XmlElement || child instanceof Y.XmlText ? textOf(child) : "")).join("");
}

/** Plain text typed by an admin: blank lines separate paragraphs; a line starting with "## " is a heading. */
export function blocksFromPlainText(text: string): ContentBlock[] {
  return text
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk.length > 0)
    .map((chunk): ContentBlock => {
      const heading = /^(#{2,3})\s+(.*)$/s.exec(chunk);
      if (heading) return { type: "heading", level: heading[1] === "###" ? 3 : 2, text: heading[2]!.replace(/\s+/g, " ") };
      return { type: "paragraph", text: chunk.replace(/\s+/g, " ") };
    });
}
