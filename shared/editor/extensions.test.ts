// @vitest-environment node
import { describe, expect, it } from "vitest";
import { getSchema, resolveExtensions } from "@tiptap/core";
import { extensions, HEADING_LEVELS } from "./extensions";
import { schema } from "./schema";
import { clampFootnote, FOOTNOTE_MAX_LENGTH } from "./nodes/footnote";

// The server imports the extension list to build the schema: it must load in plain Node, without a DOM.
describe("the one extension list", () => {
  it("loads in Node without a DOM and yields the section schema", () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe("undefined");
    expect(typeof (globalThis as { window?: unknown }).window).toBe("undefined");
    const fresh = getSchema(extensions);
    expect(Object.keys(fresh.nodes).sort()).toEqual(Object.keys(schema.nodes).sort());
    for (const node of ["doc", "paragraph", "heading", "blockquote", "bulletList", "orderedList", "listItem", "codeBlock", "hardBreak", "horizontalRule", "table", "tableRow", "tableHeader", "tableCell"]) {
      expect(schema.nodes, node).toHaveProperty(node);
    }
    for (const mark of ["bold", "italic", "underline", "strike", "code", "link"]) expect(schema.marks, mark).toHaveProperty(mark);
  });

  it("keeps headings at levels 2 and 3, and leaves undo and trailing paragraphs to collaboration", () => {
    expect(HEADING_LEVELS).toEqual([2, 3]);
    const names = new Set(resolveExtensions(extensions).map((extension) => extension.name));
    expect(names).toContain("heading");
    expect(names).toContain("link");
    expect(names).toContain("table");
    expect(names).not.toContain("undoRedo");
    expect(names).not.toContain("trailingNode");
  });
});

describe("footnotes", () => {
  it("are inline atoms that carry their text, read as plain text in brackets", () => {
    const note = schema.nodes.footnote!.create({ text: "A/RES/70/125, paragraph 65." });
    const paragraph = schema.nodes.paragraph!.create(null, [schema.text("Renew the mandate"), note, schema.text(".")]);
    expect(note.isInline && note.isAtom && note.isLeaf).toBe(true);
    expect(paragraph.textContent).toBe("Renew the mandate [A/RES/70/125, paragraph 65.].");
    expect(schema.nodes.footnote!.create({}).attrs.text).toBe("");
  });
});

describe("clampFootnote", () => {
  it("folds whitespace, trims, and cuts at the limit without splitting a character", () => {
    expect(clampFootnote("  See\n\n the   report. ")).toBe("See the report.");
    const cut = clampFootnote(`${"a".repeat(FOOTNOTE_MAX_LENGTH - 1)}😀`);
    expect(cut).toBe("a".repeat(FOOTNOTE_MAX_LENGTH - 1));
  });
});
