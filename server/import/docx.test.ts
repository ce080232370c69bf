import { describe, expect, it } from "vitest";
import { importDocx, IMPORT_LIMITS, type ImportedDocument } from "./docx";
import { translatorFor } from "../i18n/translate";
import { ImportError } from "./errors";
import { zip } from "../../test/fixtures/import/handmade";
import { schema } from "../../shared/editor/schema";
import type { PmNode } from "./model";

// Converter details that the integration test's two documents do not reach. Each file is written by hand.

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const docx = (body: string, parts: Record<string, string> = {}) =>
  zip({ "word/document.xml": `<?xml version="1.0"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`, ...parts });
const p = (text: string, pPr = "", rPr = "") => `<w:p><w:pPr>${pPr}</w:pPr><w:r><w:rPr>${rPr}</w:rPr><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const h1 = (text: string) => p(text, '<w:pStyle w:val="Heading1"/>');
const numbered = (text: string, numId = 1, ilvl = 0) => p(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`);
const NUMBERING = `<?xml version="1.0"?><w:numbering xmlns:w="${W}">
  <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
const RELS = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="n" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
  <Relationship Id="l" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/" TargetMode="External"/></Relationships>`;
const withNumbering = { "word/numbering.xml": NUMBERING, "word/_rels/document.xml.rels": RELS };

/** The warnings as an admin reading English sees them. */
const english = (imported: ImportedDocument): string[] => imported.warnings.map(translatorFor("en"));

const blocksOf = (bytes: Uint8Array, section = 0): PmNode[] => importDocx(bytes).sections[section]!.content?.content ?? [];

describe("importDocx", () => {
  it("goes on numbering a list interrupted by a paragraph, as Word does", () => {
    const blocks = blocksOf(docx(numbered("one") + numbered("two") + p("An aside.") + numbered("three"), withNumbering));
    expect(blocks.map((b) => [b.type, b.attrs?.start ?? null])).toEqual([["orderedList", 1], ["paragraph", null], ["orderedList", 3]]);
  });

  it("makes lists from list style names when numbering definitions are missing", () => {
    const blocks = blocksOf(docx(p("a", '<w:pStyle w:val="ListBullet"/>') + p("b", '<w:pStyle w:val="ListBullet2"/>') + p("1", '<w:pStyle w:val="ListNumber"/>')));
    expect(blocks.map((b) => b.type)).toEqual(["bulletList", "orderedList"]);
    expect(blocks[0]!.content![0]!.content![1]!.type).toBe("bulletList");
  });

  it("marks monospace runs as code, lets a link win over code, and reads code paragraphs as a code block", () => {
    const mono = '<w:rFonts w:ascii="Courier New" w:hAnsi="Courier New"/>';
    const body =
      `<w:p><w:r><w:rPr>${mono}<w:b/></w:rPr><w:t>npm ci</w:t></w:r><w:hyperlink r:id="l" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:r><w:rPr>${mono}</w:rPr><w:t>site</w:t></w:r></w:hyperlink></w:p>` +
      p("line 1", '<w:pStyle w:val="HTMLPreformatted"/>') +
      p("line 2", '<w:pStyle w:val="HTMLPreformatted"/>');
    const [paragraph, code] = blocksOf(docx(body, withNumbering));
    expect(paragraph!.content).toEqual([
      { type: "text", text: "npm ci", marks: [{ type: "code" }] },
      { type: "text", text: "site", marks: [{ type: "link", attrs: { href: "https://example.org/" } }] },
    ]);
    expect(code).toEqual({ type: "codeBlock", content: [{ type: "text", text: "line 1\nline 2" }] });
  });

  it("leaves out hidden text, page breaks and symbol-font characters; keeps line breaks", () => {
    const body = `<w:p><w:r><w:t>Seen</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r><w:r><w:br w:type="page"/><w:sym w:font="Wingdings" w:char="F0E0"/><w:t> and</w:t><w:br/><w:t>next</w:t></w:r></w:p>`;
    expect(blocksOf(docx(body))[0]!.content).toEqual([{ type: "text", text: "Seen and" }, { type: "hardBreak" }, { type: "text", text: "next" }]);
  });

  it("squares up ragged tables and keeps headings in cells as headings, not sections", () => {
    const cell = (inner: string, tcPr = "") => `<w:tc><w:tcPr>${tcPr}</w:tcPr>${inner}</w:tc>`;
    const body =
      h1("Only section") +
      `<w:tbl><w:tr>${cell(p("a"))}${cell(p("b"))}${cell(p("c"))}</w:tr>` +
      `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${cell(h1("In a cell"))}</w:tr>` +
      `<w:tr>${cell(p("wide"), '<w:gridSpan w:val="2"/>')}</w:tr></w:tbl>`;
    const result = importDocx(docx(body));
    expect(result.sections.map((s) => s.title)).toEqual(["Only section"]);
    const table = result.sections[0]!.content!.content[0]!;
    const node = schema.nodeFromJSON(table);
    node.check();
    const widths = table.content!.map((row) => row.content!.reduce((sum, c) => sum + Number(c.attrs?.colspan ?? 1), 0));
    expect(widths).toEqual([3, 3, 3]);
    expect(table.content![1]!.content![1]!.content![0]).toMatchObject({ type: "heading", attrs: { level: 2 } });
  });

  it("keeps at most 200 sections and clips long titles, saying so", () => {
    const many = Array.from({ length: IMPORT_LIMITS.maxSections + 3 }, (_, i) => h1(`Part ${i + 1}`) + p("Text.")).join("");
    const result = importDocx(docx(p("T".repeat(300), '<w:pStyle w:val="Title"/>') + many));
    expect(result.sections).toHaveLength(IMPORT_LIMITS.maxSections);
    expect(result.title).toHaveLength(IMPORT_LIMITS.maxTitleLength);
    const last = result.sections[IMPORT_LIMITS.maxSections - 1]!.content!.content;
    expect(last.filter((b) => b.type === "heading").map((b) => b.content![0]!.text)).toEqual(["Part 201", "Part 202", "Part 203"]);
    expect(english(result).join(" ")).toMatch(/at most 200 sections.*shortened|shortened.*at most 200 sections/s);
  });

  it("counts drawings inside mc:AlternateContent once, through the fallback", () => {
    const body = `<w:p xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:r><w:t>Figure</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing/></mc:Choice><mc:Fallback><w:pict/></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    expect(english(importDocx(docx(body)))).toEqual([expect.stringMatching(/No “Heading 1”/), expect.stringMatching(/^1 image/)]);
  });

  it("refuses XML nested deeper than any document needs", () => {
    const deep = `${"<w:customXml>".repeat(IMPORT_LIMITS.maxDepth + 5)}${"</w:customXml>".repeat(IMPORT_LIMITS.maxDepth + 5)}`;
    expect(() => importDocx(docx(deep))).toThrow(ImportError);
    expect(() => importDocx(docx(deep))).toThrow(/too large or too deeply nested/);
  });
});
