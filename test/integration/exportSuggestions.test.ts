import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseHtml } from "node-html-parser";
import { prosemirrorToYXmlFragment } from "@tiptap/y-tiptap";
import { schema } from "../../shared/editor/schema";
import { sectionRootName } from "../../shared/collab/protocol";
import { suggestionsMap } from "../../shared/collab/review";
import { demoEmail } from "../../server/seed/demo";
import { startTestServer, type TestServer } from "../helpers/server";
import { openFixture, type Fixture } from "../helpers/fixture";
import { createClient, type TestClient } from "../helpers/http";
import { anchorOn } from "../fixtures/golden";
import { parseCsv, pdfText, readDocx, squash } from "../fixtures/exportReaders";
import { docxRevisions } from "../fixtures/docxRevisions";
import { createVersion } from "../../server/services/versions";
import { exportDocument } from "../../server/export/exports";

// Exports of a document whose sections hold suggestions, over the real HTTP route: by default every format shows
// the agreed text (inserted words left out, deleted words kept, a suggested paragraph break undone, no zero-width
// space anywhere); with suggestions=tracked, DOCX has Word tracked changes naming each author, HTML <ins>/<del>
// that say who in words, Markdown CriticMarkup. A stored version (what a final submission renders) likewise.

const ARTIFACTS = join("test-results", "exports");
const Z = "\u200B";

type Json = Record<string, unknown>;
const t = (text: string, ...marks: Json[]): Json => ({ type: "text", text, ...(marks.length > 0 ? { marks } : {}) });
const p = (...content: Json[]): Json => ({ type: "paragraph", content });

/** The agreed paragraphs, with the numbers every agreed export must give them. */
const AGREED = [
  "We support the proposed mandate.",
  "Funding must be predictable.",
  "Last paragraph.",
  "One",
  "two.",
  "Braces {++like these++} are text.",
];

describe("exports with suggestions", () => {
  let server: TestServer;
  let fx: Fixture;
  let documentId: string;
  let sectionIds: string[];
  const as: Record<string, TestClient> = {};
  const RAVI = "Ravi Menon";
  const JONAS = "Jonas Berg (NRI observer)";
  const RECORDED_AT = "2026-03-03T09:30:00.000Z";

  beforeAll(async () => {
    server = await startTestServer({ collab: { flushWindowMs: 5 } });
    fx = await openFixture(server);
    for (const local of ["secretariat", "mag.chair", "observer"]) {
      as[local] = createClient(server.url);
      await as[local].loginAs(local);
    }
    const idOf = async (local: string) => (await server.deps.store.users.byEmail(demoEmail(local)))!.id;
    const ravi = await idOf("wg2.member");
    const jonas = await idOf("observer");
    const ins = (id: string, author: string): Json => ({ type: "insertion", attrs: { id, author } });
    const del = (id: string, author: string): Json => ({ type: "deletion", attrs: { id, author } });
    const sections = [
      {
        title: "Principles",
        ownerGroup: "wg1",
        content: [
          p(t("We "), t("strongly ", ins("s1", ravi)), t("support the "), t("proposed ", del("s2", jonas)), t("mandate.")),
          // A suggested paragraph break: the run crosses the boundary on zero-width spaces.
          p(t("Funding "), t(Z, ins("s3", ravi))),
          p(t(Z, ins("s3", ravi)), t("must be predictable.")),
          // By someone the store no longer knows and the record does not name.
          p(t("Last paragraph"), t(" with care", ins("s4", "u-departed")), t(".")),
        ],
      },
      {
        title: "Closing",
        ownerGroup: "wg2",
        content: [
          // A suggested join of two agreed paragraphs.
          p(t("One"), t(Z, del("s5", jonas))),
          p(t(Z, del("s5", jonas)), t("two.")),
          p(t("Braces {++like these++} are text.")),
        ],
      },
    ];
    const created = await as.secretariat!.post("/api/documents", { title: "Paper with suggestions", description: "", sections: sections.map((s) => ({ title: s.title, ownerGroup: s.ownerGroup })) });
    expect(created.status).toBe(201);
    documentId = created.body.document.id;
    sectionIds = (created.body.document.sections as { id: string }[]).map((s) => s.id);
    await server.deps.rooms.serverChange(
      documentId,
      (doc) => {
        sections.forEach((section, index) => {
          const node = schema.nodeFromJSON({ type: "doc", content: section.content });
          node.check();
          prosemirrorToYXmlFragment(node, doc.getXmlFragment(sectionRootName(sectionIds[index]!)));
        });
        // The server's record names Ravi's insertions; Jonas's suggestions have none, so the store names him.
        for (const id of ["s1", "s3"]) {
          suggestionsMap(doc).set(id, { id, sectionId: sectionIds[0]!, author: { id: ravi, name: RAVI }, groups: ["WG2 NRI engagement & support"], createdAt: RECORDED_AT });
        }
      },
      null,
    );
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(() => server?.close());

  async function exported(format: string, query = "", save?: string) {
    const response = await fetch(new URL(`/api/documents/${documentId}/export?format=${format}${query}`, server.url), { headers: { cookie: await fx.cookie("observer") } });
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(response.status, new TextDecoder().decode(bytes).slice(0, 300)).toBe(200);
    if (save) writeFileSync(join(ARTIFACTS, save), bytes);
    return { bytes, text: () => new TextDecoder().decode(bytes) };
  }

  it("agreed by default, in every format: inserted words out, deleted words in, the break undone, no zero-width space", async () => {
    const docx = readDocx((await exported("docx", "", "suggestions-agreed.docx")).bytes);
    // Word numbers them (one list, 1, 2, 3 …): the agreed paragraphs, in order.
    const numbered = docx.paragraphs.filter((p) => p.style === "NumberedParagraph").map((p) => p.text);
    expect(numbered).toEqual(AGREED);
    expect(docxRevisions(docx.files["word/document.xml"]!)).toEqual([]);

    const html = parseHtml((await exported("html", "", "suggestions-agreed.html")).text());
    expect(html.querySelectorAll("p.numbered").map((p) => squash(p.text))).toEqual(AGREED.map((text, i) => `${i + 1}. ${text}`));
    expect(html.querySelectorAll("ins, del").length).toBe(0);

    const md = (await exported("md", "", "suggestions-agreed.md")).text();
    expect(md.split("\n").filter((line) => /^\d+\\\. /.test(line))).toEqual(AGREED.map((text, i) => `${i + 1}\\. ${text}`));

    const pdf = squash(pdfText((await exported("pdf", "", "suggestions-agreed.pdf")).bytes));
    for (const [i, text] of AGREED.entries()) expect(pdf).toContain(`${i + 1}. ${text}`);

    for (const text of [Object.values(docx.files).join(""), html.toString(), md, pdf]) {
      expect(text).not.toContain(Z);
      expect(text).not.toContain("strongly");
      expect(text).not.toContain("with care");
    }
    // Asked for by name, the same.
    expect((await exported("md", "&suggestions=agreed")).text()).toBe(md);
  });

  it("tracked DOCX: w:ins and w:del naming each author, the break as an inserted paragraph mark, the join as a deleted one", async () => {
    const docx = readDocx((await exported("docx", "&suggestions=tracked", "suggestions-tracked.docx")).bytes);
    const xml = docx.files["word/document.xml"]!;
    const revisions = docxRevisions(xml);
    const date = "2026-03-03T09:30:00Z";
    expect(revisions.map(({ id: _id, ...rest }) => rest)).toEqual([
      { kind: "ins", author: RAVI, date, text: "strongly ", paragraphMark: false },
      { kind: "del", author: JONAS, date: null, text: "proposed ", paragraphMark: false },
      { kind: "ins", author: RAVI, date, text: "", paragraphMark: true },
      { kind: "ins", author: "Unknown author", date: null, text: " with care", paragraphMark: false },
      { kind: "del", author: JONAS, date: null, text: "", paragraphMark: true },
      // The joined paragraph's number goes with the break: accepting leaves one paragraph, one number.
      { kind: "del", author: JONAS, date: null, text: "5.", paragraphMark: false },
      { kind: "del", author: JONAS, date: null, text: "\t", paragraphMark: false },
    ]);
    // Every revision has its own id, none shared with a bookmark.
    const ids = [...revisions.map((r) => r.id), ...[...xml.matchAll(/<w:bookmarkStart [^>]*w:id="(\d+)"/g)].map((m) => m[1]!)];
    expect(new Set(ids).size).toBe(ids.length);
    // The agreed numbers; the break's second half is a paragraph of its own, with no number until accepted.
    // (The reader reads every w:t and w:tab: inserted words, and the deleted tab before "two.", but no w:delText.)
    const texts = docx.paragraphs.map((p) => p.text);
    expect(texts).toEqual(expect.arrayContaining(["1.\tWe strongly support the mandate.", "2.\tFunding ", "must be predictable.", "3.\tLast paragraph with care.", "4.\tOne", "\ttwo.", "6.\tBraces {++like these++} are text."]));
    expect(Object.values(docx.files).join("")).not.toContain(Z);
    // Word opens it with Track Changes on, and the title page says what it is.
    expect(docx.files["word/settings.xml"]).toContain("<w:trackRevisions/>");
    expect(texts).toContain("Open suggestions are shown as tracked changes, each with its author: not the agreed text.");
  });

  it("tracked HTML: <ins> and <del> that name their author in a title and in words a screen reader reads", async () => {
    const html = (await exported("html", "&suggestions=tracked", "suggestions-tracked.html")).text();
    const root = parseHtml(html);
    const changes = root.querySelectorAll("ins, del").map((el) => ({
      tag: el.tagName.toLowerCase(),
      author: el.getAttribute("data-author"),
      title: el.getAttribute("title"),
      hidden: el.querySelectorAll(".vh").map((span) => span.text).join(""),
      shown: el.childNodes.filter((n) => !(n as { classList?: { contains(c: string): boolean } }).classList?.contains("vh")).map((n) => n.text).join(""),
    }));
    expect(changes).toEqual([
      { tag: "ins", author: RAVI, title: `Inserted by ${RAVI}, 3 March 2026`, hidden: `[inserted by ${RAVI}: ]`, shown: "strongly " },
      { tag: "del", author: JONAS, title: `Deleted by ${JONAS}`, hidden: `[deleted by ${JONAS}: ]`, shown: "proposed " },
      { tag: "ins", author: RAVI, title: `Inserted by ${RAVI}, 3 March 2026`, hidden: `[inserted by ${RAVI}: paragraph break]`, shown: "¶" },
      { tag: "ins", author: "Unknown author", title: "Inserted by Unknown author", hidden: "[inserted by Unknown author: ]", shown: " with care" },
      { tag: "del", author: JONAS, title: `Deleted by ${JONAS}`, hidden: `[deleted by ${JONAS}: paragraph break]`, shown: "¶" },
    ]);
    expect(root.querySelector("ins")?.getAttribute("datetime")).toBe("2026-03-03T09:30:00Z");
    // The pilcrow is for the eye only; a style hides the words from it and strikes or underlines the change.
    expect(root.querySelectorAll("ins span[aria-hidden=true]").map((s) => s.text)).toEqual(["¶"]);
    expect(html).toMatch(/\.vh\{position:absolute;width:1px;height:1px;[^}]*clip:rect\(0 0 0 0\)/);
    expect(html).toMatch(/ins\{text-decoration:underline/);
    expect(html).toMatch(/del\{text-decoration:line-through/);
    expect(root.querySelectorAll("p.numbered").map((p) => p.querySelector(".pn")!.text)).toEqual(["1.", "2.", "3.", "4.", "5.", "6."]);
    expect(html).not.toContain(Z);
  });

  it("tracked Markdown: CriticMarkup with each author as a comment, braces in the text escaped", async () => {
    const md = (await exported("md", "&suggestions=tracked", "suggestions-tracked.md")).text();
    const lines = md.split("\n");
    expect(lines).toContain(`1\\. We {++strongly ++}{>>${RAVI}, 3 March 2026<<}support the {--proposed --}{>>${JONAS}<<}mandate.`);
    expect(lines).toContain(`2\\. Funding {++¶++}{>>${RAVI}, 3 March 2026<<}`);
    expect(lines).toContain("must be predictable.");
    expect(lines).toContain("3\\. Last paragraph{++ with care++}{>>Unknown author<<}.");
    expect(lines).toContain(`4\\. One{--¶--}{>>${JONAS}<<}`);
    expect(lines).toContain("6\\. Braces \\{++like these++\\} are text.");
    expect(md).not.toContain(Z);
  });

  it("refuses tracked changes for a PDF and an unknown way of showing suggestions, saying what to do", async () => {
    const pdf = await as.observer!.get(`/api/documents/${documentId}/export?format=pdf&suggestions=tracked`);
    expect(pdf.status).toBe(400);
    expect(pdf.body.error).toMatchObject({ code: "validation_failed", message: "suggestions: Tracked changes are in docx, html, md exports; a PDF shows the agreed text." });
    const bad = await as.observer!.get(`/api/documents/${documentId}/export?format=docx&suggestions=all`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe("suggestions: Choose how suggestions are shown: agreed or tracked.");
  });

  it("cites a comment on a suggested paragraph's second half by the agreed paragraph it belongs to", async () => {
    const anchor = await anchorOn(server, documentId, sectionIds[0]!, "must be predictable");
    const thread = await as.observer!.post(`/api/documents/${documentId}/threads`, { sectionId: sectionIds[0], anchor: anchor.anchor, quote: anchor.text, body: "Agreed." });
    expect(thread.status).toBe(201);
    const csv = await fetch(new URL(`/api/documents/${documentId}/comments-matrix?format=csv`, server.url), { headers: { cookie: await fx.cookie("observer") } });
    // The section's open suggestions have rows of their own; the comment's is cited by the agreed paragraph.
    const row = parseCsv(await csv.text()).find((cells) => cells[2] === "Comment");
    expect(row!.slice(0, 3)).toEqual(["2", "Principles", "Comment"]);
  });

  it("a stored version keeps its suggestions: agreed by default (as a final submission renders it), tracked on request", async () => {
    const version = await createVersion(server.deps, documentId, { label: "With open suggestions", kind: "manual", authorId: null });
    // The options a final submission renders with (server/services/submissions.ts).
    const submitted = await exportDocument(server.deps, documentId, "docx", { versionId: version.id, numbering: true, toc: true });
    const docx = readDocx(submitted.body);
    expect(docx.paragraphs.filter((p) => p.style === "NumberedParagraph").map((p) => p.text)).toEqual(AGREED);
    expect(docxRevisions(docx.files["word/document.xml"]!)).toEqual([]);
    const tracked = (await exported("md", `&suggestions=tracked&version=${version.id}`)).text();
    expect(tracked).toContain(`{++strongly ++}{>>${RAVI}, 3 March 2026<<}`);
    expect(tracked).toContain("Version “With open suggestions”");
  });
});
