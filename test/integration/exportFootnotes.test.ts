import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseHtml } from "node-html-parser";
import { startTestServer, type TestServer } from "../helpers/server";
import { openFixture, type Fixture } from "../helpers/fixture";
import { createClient } from "../helpers/http";
import { pdfText, readDocx, squash } from "../fixtures/exportReaders";
import { writeSectionTexts } from "../helpers/sectionText";

// Footnotes in every export: numbered 1, 2, 3 … through the paper in reading order (in a paragraph, two in one
// paragraph, two side by side, in a list item, a table cell and a quote, across sections), read back by the same
// independent readers as the other export tests, with note text that needs escaping in every format.

const ARTIFACTS = join("test-results", "exports");

type Json = Record<string, unknown>;
const t = (text: string): Json => ({ type: "text", text });
const fn = (text: string): Json => ({ type: "footnote", attrs: { text } });
const p = (...content: Json[]): Json => ({ type: "paragraph", content });
const cell = (type: "tableHeader" | "tableCell", ...content: Json[]): Json => ({ type, content: [p(...content)] });

const HOSTILE = `<script>alert("x")</script> & “quotes” 'single' *stars* | pipe [^1] Bell\u0007 rang`;
/** The notes as every format must print them, in number order (the control character dropped). */
const NOTES = [
  "A/RES/70/125, paragraph 63.",
  "Voluntary contributions only.",
  "First of two in one paragraph.",
  "Second of two in one paragraph.",
  "In a table cell.",
  "Quoted from the Tunis Agenda.",
  HOSTILE.replace("\u0007", ""),
  "Side by side, first.",
  "Side by side, second.",
];
const ALL = NOTES.map((_n, i) => i + 1);

const SECTIONS = [
  {
    title: "Sources",
    ownerGroup: "wg1",
    content: [
      p(t("The mandate was renewed in 2015"), fn(NOTES[0]!), t(", and the Forum met again.")),
      { type: "bulletList", content: [{ type: "listItem", content: [p(t("Funding"), fn(NOTES[1]!))] }] },
      p(t("One claim"), fn(NOTES[2]!), t(" and another claim"), fn(NOTES[3]!), t(".")),
      {
        type: "table",
        content: [
          { type: "tableRow", content: [cell("tableHeader", t("Source"))] },
          { type: "tableRow", content: [cell("tableCell", t("Budget"), fn(NOTES[4]!))] },
        ],
      },
      { type: "blockquote", content: [p(t("Agreed language"), fn(NOTES[5]!))] },
    ],
  },
  {
    title: "Escaping",
    ownerGroup: "wg2",
    // An empty note (a paste can make one; the editor's commands refuse it) points at nothing: left out.
    content: [
      p(t("Hostile note"), fn(HOSTILE), t(" and an empty one"), fn(""), t(".")),
      p(t("Side by side"), fn(NOTES[7]!), fn(NOTES[8]!), t(".")),
      p(t("Closing paragraph.")),
    ],
  },
];

describe("exports with footnotes", () => {
  let server: TestServer;
  let fx: Fixture;
  let documentId: string;

  beforeAll(async () => {
    server = await startTestServer({ collab: { flushWindowMs: 5 } });
    fx = await openFixture(server);
    const admin = createClient(server.url);
    await admin.loginAs("secretariat");
    const created = await admin.post("/api/documents", { title: "Footnoted paper", description: "", sections: SECTIONS.map((s) => ({ title: s.title, ownerGroup: s.ownerGroup })) });
    expect(created.status).toBe(201);
    documentId = created.body.document.id;
    const ids = (created.body.document.sections as { id: string }[]).map((s) => s.id);
    await writeSectionTexts(server, documentId, ids, SECTIONS.map((section) => section.content));
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(() => server?.close());

  async function exported(format: string, save: string) {
    const cookie = await fx.cookie("observer");
    const response = await fetch(new URL(`/api/documents/${documentId}/export?format=${format}`, server.url), { headers: { cookie } });
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(response.status).toBe(200);
    writeFileSync(join(ARTIFACTS, save), bytes);
    return { bytes, text: () => new TextDecoder().decode(bytes) };
  }

  it("DOCX: real Word footnotes, in order, referred to by id from the text, marks superscript", async () => {
    const docx = readDocx((await exported("docx", "footnotes.docx")).bytes);
    expect(docx.footnotes).toEqual(NOTES.map((text, i) => ({ id: i + 1, text: ` ${text}` })));
    expect(docx.footnoteRefs).toEqual(ALL);
    expect(docx.files["word/footnotes.xml"]).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;");
    // The reference is its own run in the superscript Footnote Reference style, after the word it belongs to.
    const xml = docx.files["word/document.xml"]!;
    expect(xml).toMatch(/<w:t[^>]*>The mandate was renewed in 2015<\/w:t><\/w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:footnoteReference w:id="1"\/>/);
    expect(docx.files["word/styles.xml"]).toMatch(/w:styleId="FootnoteReference"[\s\S]*?<w:vertAlign w:val="superscript"\/>/);
    expect(docx.files["word/_rels/document.xml.rels"]).toContain('Target="footnotes.xml"');
    // The text around the references is whole; the table cell and the list item hold theirs.
    expect(docx.paragraphs.find((p) => p.text.startsWith("The mandate"))).toMatchObject({ text: "The mandate was renewed in 2015, and the Forum met again.", style: "NumberedParagraph", listed: true });
    expect(docx.tables[0]).toEqual([["Source"], ["Budget"]]);
    expect(docx.paragraphs.find((p) => p.listed && p.style === "ListItem")?.text).toBe("Funding");
    // Two references side by side are parted by a raised comma: "8,9", not "89".
    expect(xml).toMatch(/<w:footnoteReference w:id="8"\/><\/w:r><w:r><w:rPr><w:vertAlign w:val="superscript"\/><\/w:rPr><w:t[^>]*>,<\/w:t><\/w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:footnoteReference w:id="9"\/>/);
  });

  it("PDF: superscript numbers at the references, the notes numbered at the end of their section", async () => {
    const { bytes } = await exported("pdf", "footnotes.pdf");
    const all = squash(pdfText(bytes));
    // The references: the number right after the word it hangs on.
    expect(all).toMatch(/renewed in 2015 ?1, and the Forum met again/);
    expect(all).toMatch(/One claim ?3 and another claim ?4\./);
    expect(all).toMatch(/Funding ?2/);
    expect(all).toMatch(/Budget ?5/);
    expect(all).toMatch(/Agreed language ?6/);
    expect(all).toMatch(/Hostile note ?7 and an empty one\./);
    expect(all).toMatch(/Side by side ?8,9\./);
    // Each note once, numbered, in order; the first section's after its text and before the next section.
    let cursor = all.indexOf("Agreed language", all.indexOf("Contents") + 10);
    for (const [i, note] of NOTES.entries()) {
      const at = all.indexOf(`${i + 1}. ${squash(note)}`, cursor);
      expect(at, note).toBeGreaterThan(cursor);
      if (i === 5) expect(at).toBeLessThan(all.lastIndexOf("Escaping"));
      cursor = at;
    }
    expect(all.lastIndexOf("Closing paragraph.")).toBeLessThan(all.indexOf(`7. ${squash(NOTES[6]!)}`));
    expect(all).not.toMatch(/(^| )10\. /);
    // Each reference links to its note (a named destination where the note is printed).
    const raw = Buffer.from(bytes).toString("latin1");
    for (const n of ALL) expect(raw).toMatch(new RegExp(`/S /GoTo\\s*/D \\(note-${n}\\)`));
  });

  it("HTML: sup links to one list of notes with back links, every note escaped", async () => {
    const html = (await exported("html", "footnotes.html")).text();
    const root = parseHtml(html);
    const refs = root.querySelectorAll("main sup.fn-ref a");
    expect(refs.map((a) => [a.text, a.getAttribute("href"), a.getAttribute("id")])).toEqual(NOTES.map((_n, i) => [`${i + 1}`, `#fn-${i + 1}`, `fnref-${i + 1}`]));
    expect(root.querySelector("main li sup a")?.text).toBe("2");
    expect(root.querySelector("td sup a")?.text).toBe("5");
    expect(root.querySelector("blockquote sup a")?.text).toBe("6");
    expect(html).toContain('>8</a></sup><sup class="fn-sep">,</sup><sup class="fn-ref">');

    const section = root.querySelector("section.footnotes")!;
    expect(section.getAttribute("aria-labelledby")).toBe("notes");
    expect(root.querySelector("#notes")?.text).toBe("Notes");
    const items = section.querySelectorAll("ol > li");
    expect(items.map((li) => li.getAttribute("id"))).toEqual(NOTES.map((_n, i) => `fn-${i + 1}`));
    items.forEach((li, i) => {
      const back = li.querySelector("a.fn-back")!;
      expect(back.getAttribute("href")).toBe(`#fnref-${i + 1}`);
      expect(back.getAttribute("aria-label")).toBe(`Back to reference ${i + 1}`);
      expect(li.text.replace(back.text, "").trim()).toBe(NOTES[i]);
    });
    expect(root.querySelectorAll("script").length).toBe(0);
    expect(html).not.toMatch(/<script|\son\w+=/i);
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; “quotes” &#39;single&#39;");
  });

  it("Markdown: [^N] at every reference, one [^N]: definition each at the end, escaped", async () => {
    const md = (await exported("md", "footnotes.md")).text();
    const lines = md.trimEnd().split("\n");
    const definitions = lines.filter((l) => /^\[\^\d+\]: /.test(l));
    expect(definitions).toEqual(lines.slice(-NOTES.length));
    expect(definitions.map((l) => Number(/^\[\^(\d+)\]/.exec(l)![1]))).toEqual(ALL);
    expect(definitions[0]).toBe("[^1]: A/RES/70/125, paragraph 63.");
    expect(definitions[6]).toBe(`[^7]: \\<script\\>alert("x")\\</script\\> & “quotes” 'single' \\*stars\\* \\| pipe \\[^1\\] Bell rang`);
    const body = lines.slice(0, -NOTES.length).join("\n");
    expect([...body.matchAll(/\[\^(\d+)\]/g)].map((m) => Number(m[1]))).toEqual(ALL);
    expect(lines).toContain("1\\. The mandate was renewed in 2015[^1], and the Forum met again.");
    expect(lines).toContain("- Funding[^2]");
    expect(lines).toContain("2\\. One claim[^3] and another claim[^4].");
    expect(lines).toContain("| Budget[^5] |");
    expect(lines).toContain("> Agreed language[^6]");
    expect(lines).toContain("4\\. Side by side[^8]<sup>,</sup>[^9].");
  });
});
