import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseHtml } from "node-html-parser";
import { startTestServer, type TestServer } from "../helpers/server";
import { openFixture, type Fixture } from "../helpers/fixture";
import { createClient, type TestClient } from "../helpers/http";
import { createVersion } from "../../server/services/versions";
import { appendParagraph, anchorOn, createGolden, GOLDEN, LINK, LIST_ITEMS, NUMBERED, QUOTE, TABLE, type Golden } from "../fixtures/golden";
import { parseCsv, pdfText, readDocx, squash } from "../fixtures/exportReaders";
import { approveSection } from "../helpers/approve";

// Every export of a golden document that uses every node type, read back by independent readers (the DOCX's own
// XML, poppler's pdftotext, an HTML parser, the Markdown text) and held to the same text, headings and numbers.

const ARTIFACTS = join("test-results", "exports");

describe("exports", () => {
  let server: TestServer;
  let fx: Fixture;
  let golden: Golden;
  const as: Record<string, TestClient> = {};

  beforeAll(async () => {
    server = await startTestServer({ collab: { flushWindowMs: 5 } });
    fx = await openFixture(server);
    for (const local of ["secretariat", "mag.chair", "wg1.member", "wg2.member", "observer"]) {
      as[local] = createClient(server.url);
      await as[local].loginAs(local);
    }
    golden = await createGolden(server, as.secretariat!);
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(() => server?.close());

  /** Downloads a file as bytes, signed in as `local` (or not at all). */
  async function download(path: string, local: string | null = "observer") {
    const cookie = local ? await fx.cookie(local) : undefined;
    const response = await fetch(new URL(path, server.url), { headers: cookie ? { cookie } : {} });
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { status: response.status, headers: response.headers, bytes, text: () => new TextDecoder().decode(bytes) };
  }
  const exportPath = (format: string, query = "", documentId = golden.documentId) => `/api/documents/${documentId}/export?format=${format}${query}`;
  async function exported(format: string, query = "", save?: string) {
    const file = await download(exportPath(format, query));
    expect(file.status, file.text().slice(0, 300)).toBe(200);
    if (save) writeFileSync(join(ARTIFACTS, save), file.bytes);
    return file;
  }

  it("DOCX: title page, contents, headings, numbered paragraphs, marks, links, lists, table, quote, DRAFT header", async () => {
    const file = await exported("docx", "", "golden.docx");
    expect(file.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(file.headers.get("content-disposition")).toMatch(/^attachment; filename="golden-export-the-igf-s-renewed-mandate-\d{4}-\d{2}-\d{2}\.docx"$/);
    const docx = readDocx(file.bytes);
    const styled = (style: string) => docx.paragraphs.filter((p) => p.style === style).map((p) => p.text);

    expect(styled("Title")).toEqual([GOLDEN.title]);
    expect(squash(docx.paragraphs.map((p) => p.text).join(" "))).toContain("Submitted by the IGF Multistakeholder Advisory Group and Leadership Panel");
    expect(styled("Heading1")).toEqual(GOLDEN.sections.map((s) => s.title));
    expect(styled("Heading2")).toEqual(["Scope of the review"]);
    expect(styled("Heading3")).toEqual(["Financial table"]);
    expect(docx.files["word/document.xml"]).toMatch(/<w:instrText[^>]*>\s*TOC /);

    // Numbered paragraphs: Word's numbering, one list counting 1, 2, 3 … (exportWordNumbering.test.ts reads its
    // definition), in order, and nothing else numbered or typed with a number.
    const numbered = docx.paragraphs.filter((p) => p.style === "NumberedParagraph");
    expect(NUMBERED.map((n) => n.number)).toEqual(NUMBERED.map((_n, i) => i + 1));
    expect(numbered.map((p) => p.text)).toEqual(NUMBERED.map((n) => n.text));
    expect(new Set(numbered.map((p) => p.numId)).size).toBe(1);
    expect(docx.paragraphs.some((p) => /^\d+\.\t/.test(p.text))).toBe(false);

    // Marks and links.
    const xml = docx.files["word/document.xml"]!;
    expect(xml).toMatch(/<w:b\/>[\s\S]{0,200}<w:t[^>]*>mandate<\/w:t>/);
    expect(xml).toMatch(/<w:i\/>[\s\S]{0,200}<w:t[^>]*>“renewed”<\/w:t>/);
    expect(xml).toMatch(/<w:u w:val="single"\/>[\s\S]{0,200}<w:t[^>]*>underlined<\/w:t>/);
    expect(xml).toMatch(/<w:strike\/>[\s\S]{0,200}<w:t[^>]*>struck out<\/w:t>/);
    expect(xml).toMatch(/Courier New[\s\S]{0,300}<w:t[^>]*>inline code<\/w:t>/);
    expect(docx.hyperlinks).toContainEqual({ text: "Tunis Agenda", target: LINK });

    // Lists are Word lists; the table has its header row repeated; the quote has its style.
    const listed = docx.paragraphs.filter((p) => p.listed && p.style !== "NumberedParagraph").map((p) => p.text);
    expect(listed).toEqual(LIST_ITEMS);
    expect(docx.tables).toEqual([TABLE]);
    expect(xml).toContain("<w:tblHeader/>");
    expect(docx.paragraphs.find((p) => p.text === QUOTE)?.style).toBe("Quote");
    expect(docx.paragraphs.some((p) => p.text === "resolution = 70/125" && p.style === "Code")).toBe(true);

    // DRAFT on every page: a header with the mark (and a Word watermark), and on the title page.
    expect(docx.headers.length).toBeGreaterThan(0);
    for (const header of docx.headers) expect(header).toMatch(/DRAFT — 0 of 2 sections approved[\s\S]*\[watermark:DRAFT\]/);
    expect(docx.paragraphs.some((p) => p.text.startsWith("DRAFT — 0 of 2 sections approved"))).toBe(true);
  });

  it("PDF: the same text and numbers through pdftotext, contents with page numbers, page numbers, bookmarks, DRAFT", async () => {
    const file = await exported("pdf", "", "golden.pdf");
    expect(file.headers.get("content-type")).toBe("application/pdf");
    expect(file.headers.get("content-disposition")).toMatch(/filename="golden-export-the-igf-s-renewed-mandate-\d{4}-\d{2}-\d{2}\.pdf"$/);
    const pages = pdfText(file.bytes).split("\f");
    const all = squash(pages.join(" "));
    expect(squash(pages[0]!)).toContain(squash(GOLDEN.title));
    expect(squash(pages[0]!)).toContain("Submitted by the IGF Multistakeholder Advisory Group and Leadership Panel");
    // Contents on page 2: each section with the number of the body page it starts on.
    const contents = pages[1]!;
    expect(contents).toMatch(/^\s*Principles and scope[ .]+1$/m);
    expect(contents).toMatch(/^\s*Conclusion & next steps[ .]+1$/m);

    // Every numbered paragraph, with its number, in order.
    let from = 0;
    for (const n of NUMBERED) {
      const at = all.indexOf(`${n.number}. ${n.text}`, from);
      expect(at, `paragraph ${n.number}`).toBeGreaterThan(from - 1);
      from = at;
    }
    // Section titles, headings, lists, table and quote, in order.
    const order = [GOLDEN.sections[0].title, "Scope of the review", ...LIST_ITEMS.slice(0, 6), "Financial table", ...TABLE.flat(), QUOTE, GOLDEN.sections[1].title, LIST_ITEMS[6]!, "resolution = 70/125", "Final words."];
    let cursor = all.indexOf(squash(GOLDEN.sections[0].title), all.indexOf("Contents") + 100);
    for (const text of order) {
      const at = all.indexOf(text, cursor);
      expect(at, text).toBeGreaterThanOrEqual(cursor);
      cursor = at;
    }
    // A DRAFT mark and a page number on every page after the title page and contents.
    for (const page of pages.filter((p) => p.trim().length > 0)) expect(page).toContain("DRAFT");
    const bodyPages = pages.slice(2).filter((p) => p.trim().length > 0);
    bodyPages.forEach((page, index) => expect(page.trim().split("\n").at(-1)!.trim()).toBe(String(index + 1)));

    // A working link and one bookmark per section (raw PDF objects).
    const raw = Buffer.from(file.bytes).toString("latin1");
    expect(raw).toContain(`/URI (${LINK})`);
    expect(raw).toContain("/Outlines");
    expect(raw.match(/\/Parent \d+ 0 R/g)?.length).toBeGreaterThanOrEqual(GOLDEN.sections.length);
    expect(raw).toMatch(/\/FontFile2/); // embedded TrueType, not a standard font
  });

  it("HTML: accessible structure, numbered paragraphs, lists, table headers with scope, DRAFT banner, no scripts", async () => {
    const file = await exported("html", "", "golden.html");
    expect(file.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = file.text();
    const root = parseHtml(html);
    expect(root.querySelector("html")?.getAttribute("lang")).toBe("en");
    expect(root.querySelector("title")?.text).toBe(`${GOLDEN.title} (draft)`);
    expect(root.querySelectorAll("h1").map((h) => h.text)).toEqual([GOLDEN.title]);
    expect(root.querySelectorAll("h2").map((h) => h.text)).toEqual(["Contents", ...GOLDEN.sections.map((s) => s.title)]);
    expect(root.querySelectorAll("h3").map((h) => h.text)).toEqual(["Scope of the review"]);
    expect(root.querySelectorAll("h4").map((h) => h.text)).toEqual(["Financial table"]);
    const numbered = root.querySelectorAll("p.numbered");
    expect(numbered.map((p) => p.querySelector(".pn")!.text)).toEqual(NUMBERED.map((n) => `${n.number}.`));
    numbered.forEach((p, i) => expect(squash(p.text)).toBe(`${NUMBERED[i]!.number}. ${NUMBERED[i]!.text}`));
    expect(root.querySelectorAll("main li").map((li) => squash(li.childNodes.filter((n) => n.nodeType === 3 || !["UL", "OL"].includes((n as { tagName?: string }).tagName ?? "")).map((n) => n.text).join("")))).toEqual(LIST_ITEMS);
    expect(root.querySelectorAll("main ol li").length).toBe(3);
    expect(root.querySelectorAll("ul ul li").map((li) => li.text)).toEqual(["Nested bullet"]);
    expect(root.querySelectorAll("th").map((th) => [th.text, th.getAttribute("scope")])).toEqual([["Source", "col"], ["Amount (USD)", "col"]]);
    expect(root.querySelectorAll("tbody tr").map((tr) => tr.querySelectorAll("td").map((td) => td.text))).toEqual(TABLE.slice(1));
    expect(root.querySelector("blockquote")?.text).toBe(QUOTE);
    expect(root.querySelector(`a[href="${LINK}"]`)?.text).toBe("Tunis Agenda");
    expect(root.querySelector("strong")?.text).toBe("DRAFT");
    expect(root.querySelector(".draft")?.text).toContain("0 of 2 sections approved");
    expect(root.querySelectorAll("script").length).toBe(0);
    expect(html).not.toMatch(/<script|javascript:|\son\w+=/i);
    expect(html).toContain("&lt;angle brackets&gt;");
  });

  it("Markdown: headings, numbered paragraphs that stay paragraphs, lists, a GFM table, links, marks", async () => {
    const file = await exported("md", "", "golden.md");
    expect(file.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    const md = file.text();
    const lines = md.split("\n");
    expect(lines[0]).toBe("# Golden export: the IGF’s renewed mandate");
    expect(lines.filter((l) => l.startsWith("## "))).toEqual(["## Contents", "## Principles and scope", "## Conclusion & next steps"]);
    expect(lines).toContain("### Scope of the review");
    expect(lines).toContain("#### Financial table");
    expect(md).toContain("> **DRAFT** — 0 of 2 sections approved");
    // "12\. text": never a line Markdown would read as an ordered list.
    const numbered = lines.filter((l) => /^\d+\\\. /.test(l));
    expect(numbered.map((l) => Number(l.split("\\")[0]))).toEqual(NUMBERED.map((n) => n.number));
    expect(numbered[0]).toBe(`1\\. The IGF’s **mandate** — as *“renewed”* under the [Tunis Agenda](<${LINK}>) – covers the café economy of São Paulo and naïve policy.`);
    expect(numbered[1]).toBe("2\\. Formatting survives: <u>underlined</u>, ~~struck out~~ and `inline code`.");
    expect(numbered[4]).toBe("5\\. Concluding paragraph with an ampersand & \\<angle brackets\\> and \\*asterisks\\* \\| pipes.");
    expect(lines).toEqual(expect.arrayContaining(["- First bullet point", "- Second bullet with **bold**", "  - Nested bullet", "1. Renew the mandate", "2. Fund the Secretariat", "3. Report to the General Assembly"]));
    expect(lines).toEqual(expect.arrayContaining(["| Source | Amount (USD) |", "| --- | --- |", "| Regular budget | 1 000 000 |", "| Voluntary contributions | 2 500 000 |"]));
    expect(lines).toContain(`> ${QUOTE}`);
    expect(md).toContain("```\nresolution = 70/125\n```");
  });

  it("numbering=0 and toc=0 leave the numbers and the contents out of every format", async () => {
    const docx = readDocx((await exported("docx", "&numbering=0&toc=0")).bytes);
    expect(docx.paragraphs.some((p) => /^\d+\.\t/.test(p.text) || p.style === "NumberedParagraph")).toBe(false);
    expect(docx.paragraphs.some((p) => p.text.startsWith(NUMBERED[0].text))).toBe(true);
    expect(docx.files["word/document.xml"]).not.toContain("TOC ");
    const html = parseHtml((await exported("html", "&numbering=0&toc=0")).text());
    expect(html.querySelectorAll(".pn").length).toBe(0);
    expect(html.querySelectorAll("nav").length).toBe(0);
    const md = (await exported("md", "&numbering=0")).text();
    expect(md).not.toMatch(/^\d+\\\. /m);
    expect(md).toContain(`\n${NUMBERED[2].text}\n`);
    const pdf = squash(pdfText((await exported("pdf", "&numbering=0&toc=0")).bytes));
    expect(pdf).not.toContain(`1. ${NUMBERED[0].text}`);
    expect(pdf).toContain(NUMBERED[0].text);
    expect(pdf).not.toContain("Contents");
  });

  it("exports a stored version's text, not today's", async () => {
    const version = await createVersion(server.deps, golden.documentId, { label: "Before the addendum", kind: "manual", authorId: null });
    await appendParagraph(server, golden.documentId, golden.sections[1]!.id, "Added after the version was saved.");

    const live = squash(pdfText((await exported("pdf")).bytes));
    expect(live).toContain("7. Added after the version was saved.");
    const old = squash(pdfText((await exported("pdf", `&version=${version.id}`)).bytes));
    expect(old).not.toContain("Added after the version was saved.");
    expect(old).toContain("6. Final words.");
    expect(old).toContain("Version “Before the addendum”");
    for (const format of ["docx", "html", "md"]) {
      const file = await exported(format, `&version=${version.id}`);
      const text = format === "docx" ? readDocx(file.bytes).paragraphs.map((p) => p.text).join("\n") : file.text();
      expect(text, format).not.toContain("Added after the version was saved.");
      expect(text, format).toContain("Final words.");
    }
    expect((await exported("md")).text()).toContain("7\\. Added after the version was saved.");
  });

  it("comments matrix: one row per comment, reply and amendment, cited by paragraph number, CSV safe against formulas", async () => {
    const principles = golden.sections[0]!.id;
    const base = `/api/documents/${golden.documentId}`;
    const onP2 = await anchorOn(server, golden.documentId, principles, "Formatting survives");
    const thread = await as.observer!.post(`${base}/threads`, { sectionId: principles, anchor: onP2.anchor, quote: onP2.text, body: "=HYPERLINK(\"http://example.invalid\",\"click\")" });
    expect(thread.status).toBe(201);
    const reply = await as["wg1.member"]!.post(`${base}/threads/${thread.body.thread.id}/comments`, { body: "-1 is wrong; we keep \"struck out\", agreed." });
    expect(reply.status).toBe(201);
    expect((await as["wg1.member"]!.post(`${base}/threads/${thread.body.thread.id}/resolve`)).status).toBe(200);
    const onP3 = await anchorOn(server, golden.documentId, principles, "following steps");
    const amendment = await as["wg2.member"]!.post(`${base}/amendments`, { sectionId: principles, anchor: onP3.anchor, originalText: onP3.text, proposedText: "@next steps", reason: "Clearer." });
    expect(amendment.status).toBe(201);
    expect((await as["wg1.member"]!.post(`${base}/amendments/${amendment.body.amendment.id}/reject`, { reason: "We keep the agreed wording." })).status).toBe(200);
    const onQuote = await anchorOn(server, golden.documentId, principles, "Agreed language");
    expect((await as["mag.chair"]!.post(`${base}/threads`, { sectionId: principles, anchor: onQuote.anchor, quote: onQuote.text, body: "Cite the resolution fully." })).status).toBe(201);

    const csv = await download(`${base}/comments-matrix?format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toMatch(/filename="golden-export-the-igf-s-renewed-mandate-comments-\d{4}-\d{2}-\d{2}\.csv"/);
    writeFileSync(join(ARTIFACTS, "comments.csv"), csv.bytes);
    const text = csv.text();
    expect(text.includes("\r\n")).toBe(true);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual(["Para.", "Section", "Type", "Author", "Group(s)", "Comment or amendment", "Status", "Outcome", "Date"]);
    expect(rows.map((r) => r.slice(0, 5))).toEqual([
      ["2", "Principles and scope", "Comment", "Jonas Berg (NRI observer)", "Observer"],
      ["2", "Principles and scope", "Reply", "Amara Okafor", "WG1 Funding strategy"],
      ["3", "Principles and scope", "Amendment", "Ravi Menon", "WG2 NRI engagement & support"],
      // The quote follows the paragraph before its heading's table: no number of its own.
      ["—", "Principles and scope", "Comment", "Nadia Haddad (MAG Chair)", "MAG Working Group on Strategy"],
    ]);
    // Formula injection: the cells that start with = - @ are text for a spreadsheet.
    expect(rows[0]![5]).toBe("On “Formatting survives”: =HYPERLINK(\"http://example.invalid\",\"click\")");
    expect(rows[1]![5]).toBe("'-1 is wrong; we keep \"struck out\", agreed.");
    expect(text).toContain('"\'-1 is wrong; we keep ""struck out"", agreed."');
    expect(rows[2]![5]).toBe("Original: “following steps” → Proposed: “@next steps”\nReason: Clearer.");
    expect(rows[0]!.slice(6, 8)).toEqual(["Resolved", expect.stringMatching(/^Resolved by Amara Okafor on \d{4}-\d{2}-\d{2}$/)]);
    expect(rows[1]![6]).toBe("Resolved");
    expect(rows[2]!.slice(6, 8)).toEqual(["Rejected", expect.stringMatching(/^Rejected by Amara Okafor on \d{4}-\d{2}-\d{2}: We keep the agreed wording\.$/)]);
    expect(rows[3]!.slice(6, 8)).toEqual(["Open", ""]);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);

    const docxFile = await download(`${base}/comments-matrix?format=docx`);
    expect(docxFile.status).toBe(200);
    writeFileSync(join(ARTIFACTS, "comments.docx"), docxFile.bytes);
    const docx = readDocx(docxFile.bytes);
    expect(docx.tables).toHaveLength(1);
    const table = docx.tables[0]!;
    expect(table[0]).toEqual(header);
    expect(table.slice(1).map((r) => r.slice(0, 5))).toEqual(rows.map((r) => r.slice(0, 5)));
    expect(table[3]![5]).toBe("Original: “following steps” → Proposed: “@next steps”\nReason: Clearer.");
    expect(docx.files["word/document.xml"]).toContain("<w:tblHeader/>");
  });

  it("drops every DRAFT mark once all sections are approved", async () => {
    const base = `/api/documents/${golden.documentId}`;
    const [principles, conclusion] = golden.sections;
    expect((await as["wg1.member"]!.post(`${base}/sections/${principles!.id}/transitions`, { to: "in_review" })).status).toBe(200);
    expect((await as["wg2.member"]!.post(`${base}/sections/${conclusion!.id}/transitions`, { to: "in_review" })).status).toBe(200);
    expect((await approveSection(as["mag.chair"]!, golden.documentId, principles!.id, { note: "Agreed." })).status).toBe(200);
    // One approved, one not: still a draft.
    expect(squash(pdfText((await exported("pdf")).bytes))).toContain("DRAFT — 1 of 2 sections approved");
    expect((await approveSection(as["mag.chair"]!, golden.documentId, conclusion!.id, { note: "Agreed." })).status).toBe(200);

    const docx = readDocx((await exported("docx", "", "golden-approved.docx")).bytes);
    expect(docx.headers.join(" ")).not.toContain("DRAFT");
    expect(Object.values(docx.files).join(" ")).not.toContain("DRAFT");
    const pdf = pdfText((await exported("pdf", "", "golden-approved.pdf")).bytes);
    expect(pdf).not.toContain("DRAFT");
    expect(squash(pdf)).toContain("6. Final words.");
    const html = (await exported("html", "", "golden-approved.html")).text();
    expect(html).not.toContain("DRAFT");
    expect(parseHtml(html).querySelector("title")?.text).toBe(GOLDEN.title);
    expect((await exported("md")).text()).not.toContain("DRAFT");
  });

  it("exports the demo paper, with its sections in outline order", async () => {
    const demo = await download(exportPath("html", "", fx.documentId), "wg3.member");
    expect(demo.status).toBe(200);
    const root = parseHtml(demo.text());
    const outline = (await as.observer!.get(`/api/documents/${fx.documentId}`)).body.document.sections.map((s: { title: string }) => s.title);
    expect(root.querySelectorAll("main h2").map((h) => h.text)).toEqual(outline);
    const numbers = root.querySelectorAll(".pn").map((n) => Number(n.text.replace(".", "")));
    expect(numbers).toEqual(numbers.map((_n, i) => i + 1));
    expect(root.querySelector(".draft")).not.toBeNull();
  });

  it("refuses bad input: unknown format, bad or unknown version, unknown document, no session", async () => {
    const bad = await as.observer!.get(exportPath("rtf"));
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: "validation_failed", message: expect.stringMatching(/format: Choose a format: docx, pdf, html, md/) });
    expect((await as.observer!.get(`/api/documents/${golden.documentId}/export`)).status).toBe(400);
    expect((await as.observer!.get(exportPath("pdf", "&toc=yes"))).status).toBe(400);
    expect((await as.observer!.get(exportPath("pdf", "&version=not%20an%20id"))).body.error.code).toBe("validation_failed");
    const unknownVersion = await as.observer!.get(exportPath("pdf", "&version=doesnotexist"));
    expect(unknownVersion.status).toBe(404);
    expect(unknownVersion.body.error).toMatchObject({ code: "not_found", message: "That version was not found." });
    expect((await as.observer!.get(exportPath("docx", "", "doesnotexist"))).status).toBe(404);
    expect((await as.observer!.get(`/api/documents/${golden.documentId}/comments-matrix?format=xlsx`)).status).toBe(400);
    expect((await as.observer!.get(`/api/documents/doesnotexist/comments-matrix?format=csv`)).status).toBe(404);

    const anonymous = createClient(server.url);
    const noSession = await anonymous.get(exportPath("pdf"));
    expect(noSession.status).toBe(401);
    expect(noSession.body.error.code).toBe("unauthenticated");
    expect((await anonymous.get(`/api/documents/${golden.documentId}/comments-matrix?format=csv`)).status).toBe(401);
  });
});
