import { describe, expect, it } from "vitest";
import { importDocx, type ImportedDocument } from "./docx";
import { translatorFor } from "../i18n/translate";
import { zip } from "../../test/fixtures/import/handmade";
import { schema } from "../../shared/editor/schema";
import { FOOTNOTE_MAX_LENGTH } from "../../shared/editor/nodes/footnote";
import type { PmNode } from "./model";

// Footnotes and endnotes, written by hand: the notes part found through the relationships, and every way it can
// be missing, damaged or odd without the import failing.

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The warnings as an admin reading English sees them. */
const english = (imported: ImportedDocument): string[] => imported.warnings.map(translatorFor("en"));

const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const ref = (id: string, kind = "footnote", extra = "") => `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:${kind}Reference w:id="${id}"${extra}/></w:r>`;
const p = (inner: string, pPr = "") => `<w:p><w:pPr>${pPr}</w:pPr>${inner}</w:p>`;
const note = (kind: string, id: string, inner: string, type = "") =>
  `<w:${kind} w:id="${id}"${type ? ` w:type="${type}"` : ""}>${inner}</w:${kind}>`;
const notesPart = (kind: "footnote" | "endnote", notes: string) =>
  `<?xml version="1.0"?><w:${kind}s xmlns:w="${W}">` +
  note(kind, "-1", p(`<w:r><w:separator/></w:r>`), "separator") +
  // With text, so a reference to it would show if separators were read as notes.
  note(kind, "0", p(`<w:r><w:continuationSeparator/></w:r>${run("----")}`), "continuationSeparator") +
  `${notes}</w:${kind}s>`;
const rels = (targets: Record<string, string>) =>
  `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${Object.entries(targets)
    .map(([type, target], i) => `<Relationship Id="rId${i}" Type="${REL}/${type}" Target="${target}"/>`)
    .join("")}</Relationships>`;

/** A file whose notes parts live at unusual paths, reachable only through the document's relationships. */
function docx(body: string, parts: { footnotes?: string; endnotes?: string; rels?: string } = {}): Uint8Array {
  const files: Record<string, string> = {
    "word/document.xml": `<?xml version="1.0"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
    "word/_rels/document.xml.rels": parts.rels ?? rels({ footnotes: "notes/foot.xml", endnotes: "notes/end.xml" }),
  };
  if (parts.footnotes !== undefined) files["word/notes/foot.xml"] = parts.footnotes;
  if (parts.endnotes !== undefined) files["word/notes/end.xml"] = parts.endnotes;
  return zip(files);
}

const contentOf = (bytes: Uint8Array): PmNode[] => {
  const result = importDocx(bytes);
  for (const section of result.sections) if (section.content) schema.nodeFromJSON(section.content).check();
  return result.sections[0]!.content?.content ?? [];
};
const footnotesIn = (nodes: PmNode[]): string[] =>
  nodes.flatMap((node) => (node.type === "footnote" ? [String(node.attrs?.text)] : footnotesIn(node.content ?? [])));

const MARK = `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>`;

describe("footnotes and endnotes", () => {
  it("puts a footnote node where each reference stands, with the note's plain text", () => {
    const footnotes = notesPart(
      "footnote",
      note("footnote", "1", p(`${MARK}${run(" Tunis Agenda,")}<w:r><w:rPr><w:b/></w:rPr><w:t> para. 72.</w:t></w:r>`) + p(run("See also A/RES/70/125."))) +
        // A tracked deletion and a field inside the note read as in the body: deleted text gone, the result shown.
        note("footnote", "2", p(`${MARK}${run(" Kept")}<w:del w:id="9" w:author="A"><w:r><w:delText>gone</w:delText></w:r></w:del><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(" 4")}<w:r><w:fldChar w:fldCharType="end"/></w:r>`)),
    );
    const endnotes = notesPart("endnote", note("endnote", "1", p(`${run("An endnote.")}`)));
    const body = p(`${run("Renew the mandate")}${ref("1")}${run(" for ten years")}${ref("1", "endnote")}${run(".")}`) + p(`${ref("2")}${run("Starts with a note.")}`);
    const [first, second] = contentOf(docx(body, { footnotes, endnotes }));
    expect(first!.content).toEqual([
      { type: "text", text: "Renew the mandate" },
      { type: "footnote", attrs: { text: "Tunis Agenda, para. 72. See also A/RES/70/125." } },
      { type: "text", text: " for ten years" },
      { type: "footnote", attrs: { text: "An endnote." } },
      { type: "text", text: "." },
    ]);
    expect(second!.content).toEqual([{ type: "footnote", attrs: { text: "Kept 4" } }, { type: "text", text: "Starts with a note." }]);
  });

  it("keeps notes in list items and table cells, and drops a custom reference mark in favour of the node", () => {
    const footnotes = notesPart("footnote", note("footnote", "1", p(run("In a list."))) + note("footnote", "2", p(run("In a cell."))) + note("footnote", "3", p(run("Starred."))));
    const body =
      p(`${run("Item")}${ref("1")}`, '<w:pStyle w:val="ListBullet"/>') +
      `<w:tbl><w:tr><w:tc>${p(`${run("Cell")}${ref("2")}`)}</w:tc></w:tr></w:tbl>` +
      p(`${run("Custom")}<w:r><w:footnoteReference w:customMarkFollows="1" w:id="3"/><w:t>*</w:t></w:r>${run(" mark")}`);
    const content = contentOf(docx(body, { footnotes }));
    expect(footnotesIn(content)).toEqual(["In a list.", "In a cell.", "Starred."]);
    expect(content[0]!.type).toBe("bulletList");
    expect(content[1]!.type).toBe("table");
    expect(content[2]!.content!.map((n) => n.text ?? `[${n.attrs?.text}]`).join("")).toBe("Custom[Starred.] mark");
  });

  it("leaves out a reference to a note the file does not have, or to a separator, and says so", () => {
    const footnotes = notesPart("footnote", note("footnote", "1", p(run("Present."))));
    const result = importDocx(docx(p(`${run("A")}${ref("1")}${run(" B")}${ref("7")}${run(" C")}${ref("0")}`), { footnotes }));
    const [paragraph] = result.sections[0]!.content!.content;
    expect(paragraph!.content).toEqual([
      { type: "text", text: "A" },
      { type: "footnote", attrs: { text: "Present." } },
      { type: "text", text: " B C" },
    ]);
    expect(english(result)).toContainEqual(expect.stringMatching(/^2 footnotes or endnotes were left out/));
  });

  it("imports the text when the notes part is garbage, missing, or not a notes part at all, and says why", () => {
    const body = p(`${run("Text")}${ref("1")}${run(" goes on.")}`) + p(`${run("More")}${ref("2")}`);
    const garbage = importDocx(docx(body, { footnotes: "<w:footnotes xmlns:w='oops'><w:footnote w:id='1'><w:p>" }));
    expect(garbage.sections[0]!.content!.content.map((b) => b.content)).toEqual([[{ type: "text", text: "Text goes on." }], [{ type: "text", text: "More" }]]);
    expect(english(garbage)).toContainEqual(expect.stringMatching(/footnotes could not be read.*word\/notes\/foot\.xml.*not well-formed/));
    expect(english(garbage)).toContainEqual(expect.stringMatching(/^2 footnotes or endnotes were left out/));
    expect(english(garbage).filter((w) => /could not be read/.test(w))).toHaveLength(1);

    const withDtd = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "a">]><w:footnotes xmlns:w="${W}"/>`;
    expect(english(importDocx(docx(body, { footnotes: withDtd }))).join(" ")).toMatch(/footnotes could not be read.*DTD/);
    const notNotes = importDocx(docx(body, { footnotes: `<?xml version="1.0"?><w:styles xmlns:w="${W}"/>` }));
    expect(english(notNotes).join(" ")).toMatch(/does not hold footnotes/);

    // No relationship, or a relationship to a part that is not in the file: the notes are simply not there.
    for (const parts of [{ rels: rels({}), footnotes: notesPart("footnote", note("footnote", "1", p(run("x")))) }, {}]) {
      const missing = importDocx(docx(body, parts));
      expect(footnotesIn(missing.sections[0]!.content!.content)).toEqual([]);
      expect(english(missing)).toContainEqual(expect.stringMatching(/^2 footnotes or endnotes were left out/));
    }
  });

  it("shortens a note longer than a footnote may be, and says so", () => {
    const long = "Lorem ipsum dolor sit amet. ".repeat(400);
    const footnotes = notesPart("footnote", note("footnote", "1", p(run(long)) + p(run("Second paragraph."))));
    const result = importDocx(docx(p(`${run("Long")}${ref("1")}`), { footnotes }));
    const [text] = footnotesIn(result.sections[0]!.content!.content);
    expect(text).toHaveLength(FOOTNOTE_MAX_LENGTH);
    expect(text!.startsWith("Lorem ipsum dolor sit amet. Lorem")).toBe(true);
    expect(english(result)).toContainEqual(`1 footnote or endnote was shortened to ${FOOTNOTE_MAX_LENGTH} characters, the most a footnote holds.`);
  });

  it("keeps notes off titles, with a warning, and out of hidden or deleted text", () => {
    const footnotes = notesPart("footnote", note("footnote", "1", p(run("On the title."))) + note("footnote", "2", p(run("Hidden."))));
    const body =
      p(`${run("Funding")}${ref("1")}`, '<w:pStyle w:val="Heading1"/>') +
      p(`${run("Visible")}<w:r><w:rPr><w:vanish/></w:rPr><w:footnoteReference w:id="2"/></w:r><w:del w:id="3" w:author="A">${ref("2")}</w:del>`);
    const result = importDocx(docx(body, { footnotes }));
    expect(result.sections.map((s) => s.title)).toEqual(["Funding"]);
    expect(result.sections[0]!.content!.content).toEqual([{ type: "paragraph", content: [{ type: "text", text: "Visible" }] }]);
    expect(english(result)).toContainEqual("A footnote on the title “Funding” was left out: titles hold text only.");
    expect(english(result).join(" ")).not.toMatch(/left out: the file holds/);
  });
});
