import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startTestServer, type TestServer } from "../helpers/server";
import { openFixture, type Fixture } from "../helpers/fixture";
import { createClient, type TestClient } from "../helpers/http";
import { pdfText, squash } from "../fixtures/exportReaders";
import { allText, bookmarks, elements, findAll, markedContent, pdfinfo, structureTree, type StructNode } from "../fixtures/pdfStructure";
import { writeSectionTexts } from "../helpers/sectionText";

// The PDF export is a tagged PDF: a paper with headings, paragraphs (one long enough to run over a page break),
// lists, a table whose header row repeats on the next page, a footnote and a link, exported through the API and read
// back by poppler (`pdfinfo -struct-text`, `pdftohtml -xml`) and by a walk over the content streams: the structure
// holds the text in reading order, once; the running head, page numbers and watermark are artifacts; nothing drawn is
// neither; bookmarks follow the headings.

const ARTIFACTS = join("test-results", "exports");

type Json = Record<string, unknown>;
const t = (text: string, ...marks: Json[]): Json => ({ type: "text", text, ...(marks.length > 0 ? { marks } : {}) });
const p = (...content: Json[]): Json => ({ type: "paragraph", content });
const h = (level: 2 | 3, text: string): Json => ({ type: "heading", attrs: { level }, content: [t(text)] });
const li = (text: string): Json => ({ type: "listItem", content: [p(t(text))] });
const cell = (type: "tableHeader" | "tableCell", text: string): Json => ({ type, content: [p(t(text))] });
const row = (type: "tableHeader" | "tableCell", ...texts: string[]): Json => ({ type: "tableRow", content: texts.map((x) => cell(type, x)) });

const LINK = "https://www.intgovforum.org/en/about";
const NOTE = "Voluntary contributions only.";
/** Long enough to run over a page break. */
const LONG = Array.from({ length: 70 }, (_v, i) => `Sentence ${i + 1} of the long paragraph keeps the reader going.`).join(" ");
const YEARS = Array.from({ length: 45 }, (_v, i) => String(1990 + i));

const SECTIONS = [
  {
    title: "Principles",
    ownerGroup: "wg1",
    content: [
      h(2, "Scope of the review"),
      p(t("The Forum follows the "), t("Tunis Agenda", { type: "link", attrs: { href: LINK } }), t(" closely.")),
      p(t("Funding is voluntary"), { type: "footnote", attrs: { text: NOTE } }, t(" for every stakeholder.")),
      { type: "bulletList", content: [li("First bullet"), li("Second bullet")] },
      { type: "orderedList", attrs: { start: 1 }, content: [li("Renew the mandate"), li("Fund the Secretariat")] },
      h(3, "Figures"),
      p(t(LONG)),
    ],
  },
  {
    title: "Next steps",
    ownerGroup: "wg2",
    content: [
      { type: "table", content: [row("tableHeader", "Year", "Meetings"), ...YEARS.map((year) => row("tableCell", year, `Held in ${year}`))] },
      p(t("Closing paragraph.")),
    ],
  },
];

const TITLE = "Tagged paper: questions & <answers>";

/**
 * Text without its spaces: pdfkit draws the words of a justified line without the spaces between them (it moves the
 * words apart), and poppler's structure text has no spaces where there are only gaps.
 */
const bare = (text: string): string => text.replace(/\s+/g, "");

describe("PDF export: tagged PDF", () => {
  let server: TestServer;
  let fx: Fixture;
  let documentId: string;
  let bytes: Uint8Array;
  let tree: StructNode;
  let admin: TestClient;
  let sectionIds: string[];

  async function exportPdf(): Promise<Uint8Array> {
    const cookie = await fx.cookie("observer");
    const response = await fetch(new URL(`/api/documents/${documentId}/export?format=pdf`, server.url), { headers: { cookie } });
    const pdf = new Uint8Array(await response.arrayBuffer());
    expect(response.status).toBe(200);
    return pdf;
  }

  beforeAll(async () => {
    server = await startTestServer({ collab: { flushWindowMs: 5 } });
    fx = await openFixture(server);
    admin = createClient(server.url);
    await admin.loginAs("secretariat");
    const created = await admin.post("/api/documents", { title: TITLE, description: "", sections: SECTIONS.map((s) => ({ title: s.title, ownerGroup: s.ownerGroup })) });
    expect(created.status).toBe(201);
    documentId = created.body.document.id;
    const ids = (sectionIds = (created.body.document.sections as { id: string }[]).map((s) => s.id));
    await writeSectionTexts(server, documentId, ids, SECTIONS.map((section) => section.content));
    bytes = await exportPdf();
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, "tagged.pdf"), bytes);
    tree = structureTree(bytes);
  });
  afterAll(() => server?.close());

  it("is tagged, with its language and its title shown", () => {
    expect(pdfinfo(bytes)).toMatch(/^Tagged:\s+yes$/m);
    expect(pdfinfo(bytes)).toMatch(new RegExp(`^Title:\\s+${TITLE}$`, "m"));
    const raw = Buffer.from(bytes).toString("latin1");
    expect(raw).toMatch(/\/Type \/Catalog[\s\S]*?\/Lang \(en\)/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(raw).toMatch(/\/Marked true/);
    // Every page takes its tab order (links) from the structure.
    const pages = Number(/^Pages:\s+(\d+)/m.exec(pdfinfo(bytes))![1]);
    expect(raw.match(/\/Tabs \/S\b/g)).toHaveLength(pages);
    // The XMP metadata carries the title too, escaped as XML.
    expect(pdfinfo(bytes, "-meta")).toContain(`<rdf:li xml:lang="x-default">Tagged paper: questions &amp; &lt;answers&gt;</rdf:li>`);
  });

  it("has the paper's elements in reading order, each with its text", () => {
    const [document] = tree.children;
    expect(tree.children.map((n) => n.type)).toEqual(["Document"]);
    const top = elements(document!);
    // Title page, contents, one Sect per section.
    expect(top.find((n) => n.type === "H1")?.text).toBe(TITLE);
    expect(top.filter((n) => n.type === "H2").map(allText)).toEqual(["Contents"]);
    const toc = findAll(document!, "TOCI").map((n) => bare(allText(n)));
    expect(toc).toEqual(["Principles1", expect.stringMatching(/^Nextsteps\d+$/)]);
    expect(findAll(document!, "TOCI").map((n) => elements(n).map((c) => c.type))).toEqual([["Link"], ["Link"]]);
    const sections = top.filter((n) => n.type === "Sect");
    expect(sections.map((s) => allText(elements(s)[0]!))).toEqual(["Principles", "Next steps"]);
    expect(sections.map((s) => elements(s)[0]!.type)).toEqual(["H2", "H2"]);

    // The first section, block by block (its status line first, as the paper is a draft).
    const first = elements(sections[0]!).map((n) => [n.type, bare(allText(n))]);
    expect(first).toEqual(
      [
      ["H2", "Principles"],
      ["P", "WG1 Funding strategy · Draft"],
      ["H3", "Scope of the review"],
      ["P", "1. The Forum follows the Tunis Agenda closely."],
      ["P", "2. Funding is voluntary1 for every stakeholder."],
      ["L", "•First bullet•Second bullet"],
      ["L", "1.Renew the mandate2.Fund the Secretariat"],
      ["H4", "Figures"],
      ["P", `3. ${LONG}`],
      ["Note", `1.${NOTE}`],
      ].map(([type, text]) => [type, bare(text!)]),
    );
    // The long paragraph runs over a page break: one P whose content is marked on both pages (an MCR names the
    // page of the part that is not on the element's own page).
    const objects = [...Buffer.from(bytes).toString("latin1").matchAll(/\d+ 0 obj\s*<<([\s\S]*?)>>\s*endobj/g)].map((m) => m[1]!);
    expect(objects.filter((o) => /\/S \/P\b/.test(o) && /\/Type \/MCR/.test(o))).toHaveLength(1);
  });

  it("tags lists as L > LI > Lbl + LBody", () => {
    const lists = findAll(tree, "L");
    expect(lists).toHaveLength(2);
    for (const list of lists) {
      expect(elements(list).map((n) => n.type)).toEqual(["LI", "LI"]);
      for (const item of elements(list)) expect(elements(item).map((n) => n.type)).toEqual(["Lbl", "LBody"]);
    }
    expect(elements(lists[1]!).map((item) => elements(item).map(allText))).toEqual([
      ["1.", "Renew the mandate"],
      ["2.", "Fund the Secretariat"],
    ]);
    expect(lists.map((list) => list.attributes)).toEqual([["/ListNumbering /Disc"], ["/ListNumbering /Decimal"]]);
  });

  it("tags the table with header cells, its header row once although it repeats on the next page", () => {
    const [table] = findAll(tree, "Table");
    const rows = elements(table!);
    expect(rows.every((r) => r.type === "TR")).toBe(true);
    expect(rows.map((r) => elements(r).map((c) => `${c.type}:${allText(c)}`))).toEqual([
      ["TH:Year", "TH:Meetings"],
      ...YEARS.map((year) => [`TD:${year}`, `TD:Held in ${year}`]),
    ]);
    // The header row is drawn again on the next pages (pdftotext sees it on each) but is an artifact there.
    const shown = squash(pdfText(bytes));
    expect(shown.split("Year Meetings").length - 1).toBeGreaterThanOrEqual(2);
    expect(elements(rows[0]!).map((c) => c.attributes)).toEqual([["/Scope /Column"], ["/Scope /Column"]]);
  });

  it("tags the link and the footnote reference as Link elements with their annotations", () => {
    const links = findAll(tree, "Link");
    const texts = links.map(allText);
    expect(texts).toContain("Tunis Agenda");
    // The note reference: a Reference holding the Link to the note; the note has its label and text.
    const [reference] = findAll(tree, "Reference");
    expect(elements(reference!).map((n) => [n.type, allText(n)])).toEqual([["Link", "1"]]);
    // Each Link holds its text and its annotation.
    for (const link of links) expect(elements(link).map((n) => n.type)).toEqual(["OBJR"]);
    const [note] = findAll(tree, "Note");
    expect(note!.id).toBe("note-1");
    expect(elements(note!).map((n) => [n.type, allText(n)])).toEqual([
      ["Lbl", "1."],
      ["P", NOTE],
    ]);
    // Every link annotation (the web link, the note reference, the two contents entries) is in the structure:
    // an OBJR each, a StructParent each, and a description.
    const raw = Buffer.from(bytes).toString("latin1");
    const annotations = [...raw.matchAll(/\d+ 0 obj\s*<<((?:(?!endobj)[\s\S])*?\/Subtype \/Link[\s\S]*?)>>\s*endobj/g)].map((m) => m[1]!);
    expect(annotations).toHaveLength(4);
    for (const annotation of annotations) {
      expect(annotation).toMatch(/\/StructParent \d+/);
      expect(annotation).toMatch(/\/Contents \(.+\)/);
    }
    expect(raw.match(/\/Type \/OBJR/g)).toHaveLength(4);
    expect(links).toHaveLength(4);
  });

  it("draws nothing outside marked content; running head, page numbers and watermark are artifacts", () => {
    const report = markedContent(bytes);
    expect(report.unmarked).toBe(0);
    expect(report.tagged).toBeGreaterThan(100);
    // Every page has its DRAFT head (and from the body on, its number) as artifact text.
    expect(report.artifactTextPerPage.every((count) => count >= 1)).toBe(true);
    // The structure's text has the DRAFT note once (the title page's), and no page number of its own.
    const text = allText(tree);
    expect(text.split("DRAFT").length - 1).toBe(1);
    expect(squash(pdfText(bytes)).split("DRAFT").length - 1).toBe(report.artifactTextPerPage.length + 1);
  });

  it("has a bookmark for each section and heading, nested as they are", () => {
    const outline = bookmarks(bytes);
    expect(outline.map((b) => b.title)).toEqual(["Principles", "Next steps"]);
    expect(outline[0]!.children.map((b) => b.title)).toEqual(["Scope of the review"]);
    expect(outline[0]!.children[0]!.children.map((b) => b.title)).toEqual(["Figures"]);
  });

  // Last: it changes the document's languages.
  it("takes its language from the document's, and marks a section in another language on its Sect", async () => {
    expect((await admin.patch(`/api/documents/${documentId}`, { language: "fr" })).status).toBe(200);
    expect((await admin.patch(`/api/documents/${documentId}/sections/${sectionIds[1]}`, { language: "en" })).status).toBe(200);
    const french = await exportPdf();
    const raw = Buffer.from(french).toString("latin1");
    expect(raw).toMatch(/\/Type \/Catalog[\s\S]*?\/Lang \(fr\)/);
    const objects = [...raw.matchAll(/\d+ 0 obj\s*<<([\s\S]*?)>>\s*endobj/g)].map((m) => m[1]!);
    const sects = objects.filter((o) => /\/S \/Sect\b/.test(o));
    expect(sects).toHaveLength(2);
    expect(sects.filter((o) => /\/Lang \(en\)/.test(o))).toHaveLength(1);
    expect(sects.filter((o) => /\/Lang /.test(o))).toHaveLength(1);
    // The English section is the second in reading order.
    expect(elements(elements(structureTree(french).children[0]!).filter((n) => n.type === "Sect")[1]!)[0]!.text).toBe("Next steps");
  });
});
