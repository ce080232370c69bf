import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { prosemirrorToYXmlFragment } from "@tiptap/y-tiptap";
import { schema } from "../../shared/editor/schema";
import { readSection, readSections, sectionRootName } from "../../shared/editor/content";
import type { OutlineEntry } from "../../shared/api/review";
import { allNotes, buildModel, slugify } from "./model";
import { inlineRuns } from "./inline";
import { csvField } from "./commentsMatrix";
import { escapeMarkdown, renderMarkdown } from "./markdown";

const p = (text: string) => ({ type: "paragraph", content: text ? [{ type: "text", text }] : [] });
const h = (text: string) => ({ type: "heading", attrs: { level: 2 }, content: [{ type: "text", text }] });
const list = (...items: string[]) => ({ type: "bulletList", content: items.map((t) => ({ type: "listItem", content: [p(t)] })) });
const quote = (text: string) => ({ type: "blockquote", content: [p(text)] });
const fn = (text: string) => ({ type: "footnote", attrs: { text } });
const withNotes = (text: string, ...notes: string[]) => ({ type: "paragraph", content: [{ type: "text", text }, ...notes.map(fn)] });

function entry(id: string, status: OutlineEntry["status"] = "draft"): OutlineEntry {
  return { id, title: id, position: 0, ownerGroup: { id: "g", slug: "wg1", name: "WG1" }, status, dueDate: null, lastTransition: null };
}

function docWith(sections: Record<string, unknown[]>): Y.Doc {
  const doc = new Y.Doc();
  for (const [id, content] of Object.entries(sections)) {
    prosemirrorToYXmlFragment(schema.nodeFromJSON({ type: "doc", content }), doc.getXmlFragment(sectionRootName(id)));
  }
  return doc;
}

const source = (doc: Y.Doc, outline: OutlineEntry[]) => ({
  document: { id: "d", title: "Café – “Paper”", description: "", language: "en" as const, created_by: null, created_at: 0, updated_at: 0 },
  outline,
  doc,
  at: Date.UTC(2026, 10, 25, 9, 30),
  version: null,
});

describe("render model", () => {
  const sections = {
    a: [p("One"), list("belongs to 1"), p(""), p("Two"), h("Heading"), list("before any paragraph under the heading"), p("Three"), quote("belongs to 3")],
    b: [quote("first in its section"), p("Four")],
  };

  it("numbers top-level paragraphs through the document; headings, blanks and continuations carry none", () => {
    const model = buildModel(source(docWith(sections), [entry("a"), entry("b")]), { numbering: true, toc: true });
    const shown = model.sections.map((s) => s.blocks.map((b) => [b.node.type.name, b.number]));
    expect(shown).toEqual([
      [["paragraph", 1], ["bulletList", null], ["paragraph", 2], ["heading", null], ["bulletList", null], ["paragraph", 3], ["blockquote", null]],
      [["blockquote", null], ["paragraph", 4]],
    ]);
    // Which number each top-level block belongs to (the comments matrix cites by it): the blank paragraph
    // belongs to 1, the list under the heading to none.
    expect(model.sections.map((s) => s.paragraphAt)).toEqual([
      [1, 1, 1, 2, null, null, 3, 3],
      [null, 4],
    ]);
    expect(model).toMatchObject({ draft: true, approvedCount: 0, dateText: "25 November 2026", isoDate: "2026-11-25", versionLabel: "Working text as of 25 November 2026, 09:30 UTC" });
  });

  it("keeps the paragraphs it belongs to but prints no number when numbering is off; not a draft once all is approved", () => {
    const model = buildModel(source(docWith(sections), [entry("a", "approved"), entry("b", "approved")]), { numbering: false, toc: false });
    expect(model.sections.flatMap((s) => s.blocks.map((b) => b.number))).toEqual(Array(9).fill(null));
    expect(model.sections[1]!.paragraphAt).toEqual([null, 4]);
    expect(model.draft).toBe(false);
  });

  it("numbers footnotes through the paper in reading order, lists, tables and quotes included, numbering on or off", () => {
    const cell = (type: string, ...content: unknown[]) => ({ type, content });
    const noted = {
      a: [
        withNotes("One", "n1", "n2"),
        { type: "bulletList", content: [{ type: "listItem", content: [withNotes("item", "n3")] }] },
        { type: "table", content: [{ type: "tableRow", content: [cell("tableHeader", withNotes("head", "n4")), cell("tableCell", withNotes("cell", "n5"))] }] },
      ],
      b: [{ type: "blockquote", content: [withNotes("quoted", "n6")] }, withNotes("Two", " ", "  spaced\u0001\n out  ")],
    };
    for (const numbering of [true, false]) {
      const model = buildModel(source(docWith(noted), [entry("b"), entry("a")]), { numbering, toc: true });
      // Outline order (b before a), then document order; a note of nothing but spaces gets no number.
      expect(model.sections.map((s) => s.notes)).toEqual([
        [{ number: 1, text: "n6" }, { number: 2, text: "spaced out" }],
        [3, 4, 5, 6, 7].map((number, i) => ({ number, text: `n${i + 1}` })),
      ]);
      expect(allNotes(model).map((n) => n.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      // The inline runs carry the same numbers; the unnumbered note is left out of them.
      const two = model.sections[0]!.blocks[1]!.node;
      expect(inlineRuns(two, model.inline).map((r) => r.note ?? r.text)).toEqual(["Two", 2]);
    }
  });

  it("reads every section from one copy, leaving the document untouched, as readSection does one by one", () => {
    const doc = docWith(sections);
    const before = Y.encodeStateAsUpdate(doc);
    const all = readSections(doc, ["a", "b"]);
    expect(all.get("a")!.toJSON()).toEqual(readSection(doc.getXmlFragment(sectionRootName("a"))).toJSON());
    expect(all.get("b")!.childCount).toBe(2);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });
});

describe("export helpers", () => {
  it("slugs titles to ASCII file names", () => {
    expect(slugify("Joint MAG–LP response to the WSIS+20 Elements Paper")).toBe("joint-mag-lp-response-to-the-wsis-20-elements-paper");
    expect(slugify("Café “naïve” São Paulo")).toBe("cafe-naive-sao-paulo");
    expect(slugify("“”")).toBe("document");
  });

  it("quotes every CSV field and defuses formulas", () => {
    expect(csvField("plain")).toBe('"plain"');
    expect(csvField('say "no", twice')).toBe('"say ""no"", twice"');
    for (const formula of ["=1+1", "+1", "-1", "@SUM(A1)", "\tx"]) expect(csvField(formula)).toBe(`"'${formula}"`);
    expect(csvField("a\r\nb")).toBe('"a\r\nb"');
  });

  it("escapes Markdown markup in running text", () => {
    expect(escapeMarkdown("*a* _b_ [c](d) <e> `f` | # ~")).toBe("\\*a\\* \\_b\\_ \\[c\\](d) \\<e\\> \\`f\\` \\| \\# \\~");
    expect(escapeMarkdown("AT&T &amp;")).toBe("AT&T \\&amp;");
  });

  it("keeps Markdown footnotes references: no definition made by a colon, no list made inside a note", () => {
    const leading = { type: "paragraph", content: [fn("- 1. a dash"), { type: "text", text: ": after the note" }] };
    const model = buildModel(source(docWith({ a: [leading] }), [entry("a")]), { numbering: false, toc: false });
    const lines = renderMarkdown(model).trimEnd().split("\n");
    expect(lines).toContain("[^1]\\: after the note");
    expect(lines.at(-1)).toBe("[^1]: \\- 1. a dash");
  });

  it("reads no link into a reference followed by a parenthesis", () => {
    const paren = { type: "paragraph", content: [{ type: "text", text: "policy" }, fn("annex"), { type: "text", text: "(see annex)" }] };
    const model = buildModel(source(docWith({ a: [paren] }), [entry("a")]), { numbering: false, toc: false });
    expect(renderMarkdown(model)).toContain("policy[^1]\\(see annex)");
  });

  it("gives no number to a paragraph that holds only a note with no text: it prints nothing", () => {
    const onlyEmpty = { type: "paragraph", content: [fn("  ")] };
    const onlyNote = { type: "paragraph", content: [fn("a real note")] };
    const model = buildModel(source(docWith({ a: [p("One"), onlyEmpty, p("Two"), onlyNote] }), [entry("a")]), { numbering: true, toc: false });
    expect(model.sections[0]!.blocks.map((b) => b.number)).toEqual([1, 2, 3]);
  });
});
