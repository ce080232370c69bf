import * as Y from "yjs";
import { Fragment, type Node as ProseMirrorNode } from "@tiptap/pm/model";
import { prosemirrorToYXmlFragment, updateYFragment, yXmlFragmentToProseMirrorRootNode } from "@tiptap/y-tiptap";
import { schema } from "./schema";
import { sectionRootName } from "../collab/protocol";

// Section text lives in the Y.Doc as `section:<id>` XmlFragments. Reading and seeding go through the same
// y-tiptap functions the editor's Collaboration extension uses, with the same schema, so what the server seeds
// is exactly what an editor would have written (opening it writes nothing back), and what the server reads is
// exactly what an editor shows.

export type ContentBlock =
  | { type: "paragraph"; text: string }
  | { type: "heading"; level: 2 | 3; text: string };

export { sectionRootName };

/** Appends blocks to a section's fragment, in the shape y-tiptap writes (heading `level` is a number). */
export function writeBlocks(fragment: Y.XmlFragment, blocks: readonly ContentBlock[]): void {
  const existing = fragment.length > 0 ? yXmlFragmentToProseMirrorRootNode(fragment, schema).content : Fragment.empty;
  const added = blocks.map((block) => {
    const content = block.text.length > 0 ? schema.text(block.text) : undefined;
    return block.type === "heading"
      ? schema.node("heading", { level: block.level }, content)
      : schema.node("paragraph", null, content);
  });
  prosemirrorToYXmlFragment(schema.node("doc", null, existing.append(Fragment.fromArray(added))), fragment);
}

/**
 * A section's text as the editor sees it, as a ProseMirror document. Read from a copy of the Y.Doc: y-tiptap
 * deletes elements the schema cannot hold while it reads, and a reader must never change the document.
 */
export function readSection(fragment: Y.XmlFragment): ProseMirrorNode {
  const doc = fragment.doc;
  if (!doc) return yXmlFragmentToProseMirrorRootNode(fragment, schema);
  const copy = new Y.Doc();
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    return yXmlFragmentToProseMirrorRootNode(copy.getXmlFragment(Y.findRootTypeKey(fragment)), schema);
  } finally {
    copy.destroy();
  }
}

/**
 * Makes a section exactly what an editor reading it would leave it: y-tiptap drops elements the schema cannot hold
 * (a paragraph inside a paragraph, a list item outside a list) and writes attributes back to what the schema
 * makes of them (a footnote without its text, an attribute no node has). The server runs this after a change that
 * adds or removes elements or attributes, so no reader's editor ever tries that write itself (and is refused).
 */
export function settleSection(fragment: Y.XmlFragment): void {
  const doc = fragment.doc;
  if (!doc) return;
  const node = yXmlFragmentToProseMirrorRootNode(fragment, schema);
  updateYFragment(doc, fragment, node, { mapping: new Map(), isOMark: new Map() } as unknown as Parameters<typeof updateYFragment>[3]);
}

/**
 * Several sections' text from ONE copy of the Y.Doc. `readSection` copies the whole document per call, which a
 * reader of every section (an export) cannot afford: 40 sections would copy a large document 40 times.
 */
export function readSections(doc: Y.Doc, sectionIds: readonly string[]): Map<string, ProseMirrorNode> {
  const copy = new Y.Doc();
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    return readSectionsInPlace(copy, sectionIds);
  } finally {
    copy.destroy();
  }
}

/**
 * Reads sections straight from `disposable`, a Y.Doc the caller owns and that nobody else sees (a copy, or a
 * stored version loaded into a fresh doc): y-tiptap may delete elements the schema cannot hold from it while it
 * reads. Afterwards each fragment's children correspond one to one to the returned node's children.
 */
export function readSectionsInPlace(disposable: Y.Doc, sectionIds: readonly string[]): Map<string, ProseMirrorNode> {
  const sections = new Map<string, ProseMirrorNode>();
  for (const id of sectionIds) {
    sections.set(id, yXmlFragmentToProseMirrorRootNode(disposable.getXmlFragment(sectionRootName(id)), schema));
  }
  return sections;
}

/**
 * Headings and paragraphs for plain readers (the document API, simple exports). Every node of the schema is
 * read: list items, block quotes and code become paragraphs (list items keep a "• " or "1. " marker), a table
 * row becomes one paragraph with its cells separated by " | ". A footnote reads as " [its text]" where its
 * reference stands. Empty blocks are left out.
 */
export function readBlocks(fragment: Y.XmlFragment): ContentBlock[] {
  return blocksOf(readSection(fragment));
}

/** The same, from a section already read (readSections reads many from one copy of the document). */
export function blocksOf(section: ProseMirrorNode): ContentBlock[] {
  const blocks: ContentBlock[] = [];
  collectBlocks(section, blocks);
  return blocks;
}

/** Plain text of a section, blocks separated by a blank line: what a person can copy and paste elsewhere. */
export function readPlainText(fragment: Y.XmlFragment): string {
  return readBlocks(fragment)
    .map((block) => block.text)
    .join("\n\n");
}

// A leaf reads as its own `leafText` where the schema gives one (a footnote: " [text]"); any other leaf, such as
// a hard break, as a space. Passing a plain " " to textBetween would override the footnote's reading and drop it.
const leafText = (leaf: ProseMirrorNode): string => leaf.type.spec.leafText?.(leaf) ?? " ";

const inlineText = (node: ProseMirrorNode): string => node.textBetween(0, node.content.size, " ", leafText).trim();

function pushParagraph(blocks: ContentBlock[], text: string): void {
  if (text.length > 0) blocks.push({ type: "paragraph", text });
}

function collectBlocks(node: ProseMirrorNode, blocks: ContentBlock[], marker = ""): void {
  node.forEach((child, _offset, index) => {
    const name = child.type.name;
    if (name === "heading") {
      const text = inlineText(child);
      if (text.length > 0) blocks.push({ type: "heading", level: Number(child.attrs.level) === 3 ? 3 : 2, text });
    } else if (name === "bulletList" || name === "orderedList") {
      const start = typeof child.attrs.start === "number" ? child.attrs.start : 1;
      child.forEach((item, _o, i) => collectBlocks(item, blocks, name === "bulletList" ? "• " : `${start + i}. `));
    } else if (name === "table") {
      child.forEach((row) => {
        const cells: string[] = [];
        row.forEach((cell) => cells.push(inlineText(cell)));
        pushParagraph(blocks, cells.filter((text) => text.length > 0).join(" | "));
      });
    } else if (child.isTextblock) {
      const text = inlineText(child);
      // A list item's marker goes on its first paragraph only.
      pushParagraph(blocks, text.length > 0 && index === 0 ? `${marker}${text}` : text);
    } else if (!child.isLeaf) {
      collectBlocks(child, blocks);
    }
  });
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
