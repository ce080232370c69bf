import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { prosemirrorToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from "@tiptap/y-tiptap";
import { blocksFromPlainText, readBlocks, readPlainText, writeBlocks, type ContentBlock } from "./content";
import { schema } from "./schema";

const STARTER: readonly ContentBlock[] = [
  { type: "heading", level: 2, text: "Funding" },
  { type: "paragraph", text: "We recommend a sustainable funding model." },
  { type: "heading", level: 3, text: "Sources" },
  { type: "paragraph", text: "Regular budget, complemented by voluntary contributions." },
];

function seeded(blocks: readonly ContentBlock[] = STARTER): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => writeBlocks(doc.getXmlFragment("section:a"), blocks));
  return doc;
}

/** Every Yjs update the doc emits while `run` runs. */
function updatesDuring(doc: Y.Doc, run: () => void): Uint8Array[] {
  const updates: Uint8Array[] = [];
  const listen = (update: Uint8Array) => updates.push(update);
  doc.on("update", listen);
  try {
    run();
  } finally {
    doc.off("update", listen);
  }
  return updates;
}

describe("section content", () => {
  it("writes and reads back headings and paragraphs through a Yjs round trip", () => {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(seeded()));
    expect(readBlocks(copy.getXmlFragment("section:a"))).toEqual(STARTER);
  });

  it("seeds exactly what the editor's Collaboration binding reads and would write", () => {
    const doc = seeded();
    const fragment = doc.getXmlFragment("section:a");
    // Stored as y-tiptap stores it: heading level is a number attribute.
    const heading = fragment.get(0) as Y.XmlElement;
    expect(heading.nodeName).toBe("heading");
    expect(heading.getAttribute("level")).toBe(2);
    expect((fragment.get(2) as Y.XmlElement).getAttribute("level")).toBe(3);

    // Loaded through y-tiptap with the shared schema, it is a valid document with the same text and levels.
    const node = yXmlFragmentToProseMirrorRootNode(fragment, schema);
    expect(() => node.check()).not.toThrow();
    expect(node.childCount).toBe(STARTER.length);
    STARTER.forEach((block, index) => {
      const child = node.child(index);
      expect(child.type.name).toBe(block.type);
      expect(child.textContent).toBe(block.text);
      if (block.type === "heading") expect(child.attrs.level).toBe(block.level);
    });

    // An editor that opens the text and writes its view back changes nothing: readers of a read-only section
    // never send an update just by looking at it.
    expect(updatesDuring(doc, () => prosemirrorToYXmlFragment(node, fragment))).toEqual([]);
  });

  it("appends to a section that already has text", () => {
    const doc = seeded(STARTER.slice(0, 2));
    doc.transact(() => writeBlocks(doc.getXmlFragment("section:a"), STARTER.slice(2)));
    expect(readBlocks(doc.getXmlFragment("section:a"))).toEqual(STARTER);
  });

  it("reads every node of the schema: lists, quotes, code and tables become paragraphs", () => {
    const content = schema.nodeFromJSON({
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Recommendations" }] },
        {
          type: "paragraph",
          content: [
            { type: "text", text: "A " },
            { type: "text", text: "bold", marks: [{ type: "bold" }] },
            { type: "text", text: " link", marks: [{ type: "link", attrs: { href: "https://intgovforum.org" } }] },
            { type: "hardBreak" },
            { type: "text", text: "after a break" },
          ],
        },
        { type: "paragraph" },
        { type: "bulletList", content: [item("First"), item("Second")] },
        { type: "orderedList", attrs: { start: 3 }, content: [item("Third"), item("Fourth")] },
        { type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: "Quoted" }] }] },
        { type: "codeBlock", content: [{ type: "text", text: "code()" }] },
        { type: "horizontalRule" },
        {
          type: "table",
          content: [
            { type: "tableRow", content: [cell("tableHeader", "Source"), cell("tableHeader", "Share")] },
            { type: "tableRow", content: [cell("tableCell", "Regular budget"), cell("tableCell", "60%")] },
          ],
        },
      ],
    });
    expect(() => content.check()).not.toThrow();
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment("section:b");
    doc.transact(() => prosemirrorToYXmlFragment(content, fragment));

    expect(readBlocks(fragment)).toEqual([
      { type: "heading", level: 2, text: "Recommendations" },
      { type: "paragraph", text: "A bold link after a break" },
      { type: "paragraph", text: "• First" },
      { type: "paragraph", text: "• Second" },
      { type: "paragraph", text: "3. Third" },
      { type: "paragraph", text: "4. Fourth" },
      { type: "paragraph", text: "Quoted" },
      { type: "paragraph", text: "code()" },
      { type: "paragraph", text: "Source | Share" },
      { type: "paragraph", text: "Regular budget | 60%" },
    ]);
    expect(readPlainText(fragment)).toMatch(/^Recommendations\n\nA bold link after a break\n\n• First\n\n/);
  });

  it("reads without changing the document, even when it holds a node the schema does not know", () => {
    const doc = seeded(STARTER.slice(0, 2));
    const fragment = doc.getXmlFragment("section:a");
    const stranger = new Y.XmlElement("marquee");
    stranger.insert(0, [new Y.XmlText("not in the schema")]);
    fragment.insert(1, [stranger]);
    const before = Y.encodeStateAsUpdate(doc);

    let blocks: ContentBlock[] = [];
    expect(updatesDuring(doc, () => (blocks = readBlocks(fragment)))).toEqual([]);
    expect(blocks).toEqual(STARTER.slice(0, 2));
    expect(fragment.length).toBe(3);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it("reads a footnote as its text in brackets where its reference stands, in paragraphs, list items and cells", () => {
    const note = (text: string) => ({ type: "footnote", attrs: { text } });
    const content = schema.nodeFromJSON({
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Mandate" }, note("Tunis Agenda, para. 72.")] },
        { type: "paragraph", content: [{ type: "text", text: "Renew the mandate" }, note("A/RES/70/125, para. 63."), { type: "text", text: " for ten years." }] },
        { type: "paragraph", content: [note("A note alone still makes a paragraph.")] },
        { type: "paragraph", content: [{ type: "text", text: "Broken" }, { type: "hardBreak" }, { type: "text", text: "line" }] },
        { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "Funding" }, note("See annex.")] }] }] },
        {
          type: "table",
          content: [
            { type: "tableRow", content: [cell("tableCell", "Source"), { type: "tableCell", content: [{ type: "paragraph", content: [{ type: "text", text: "60%" }, note("2024 figures.")] }] }] },
          ],
        },
      ],
    });
    content.check();
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment("section:f");
    doc.transact(() => prosemirrorToYXmlFragment(content, fragment));

    expect(readBlocks(fragment)).toEqual([
      { type: "heading", level: 2, text: "Mandate [Tunis Agenda, para. 72.]" },
      { type: "paragraph", text: "Renew the mandate [A/RES/70/125, para. 63.] for ten years." },
      { type: "paragraph", text: "[A note alone still makes a paragraph.]" },
      { type: "paragraph", text: "Broken line" },
      { type: "paragraph", text: "• Funding [See annex.]" },
      { type: "paragraph", text: "Source | 60% [2024 figures.]" },
    ]);
    expect(readPlainText(fragment)).toContain("Renew the mandate [A/RES/70/125, para. 63.] for ten years.");
  });

  it("splits plain text into paragraphs and headings", () => {
    expect(blocksFromPlainText("## Title\n\nFirst line\ncontinues.\n\n\n  \n### Sub\n\nLast.")).toEqual([
      { type: "heading", level: 2, text: "Title" },
      { type: "paragraph", text: "First line continues." },
      { type: "heading", level: 3, text: "Sub" },
      { type: "paragraph", text: "Last." },
    ]);
    expect(blocksFromPlainText("   ")).toEqual([]);
  });
});

function item(text: string) {
  return { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text }] }] };
}

function cell(type: "tableCell" | "tableHeader", text: string) {
  return { type, content: [{ type: "paragraph", content: [{ type: "text", text }] }] };
}
