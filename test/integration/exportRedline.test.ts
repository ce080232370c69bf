import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { prosemirrorToYXmlFragment } from "@tiptap/y-tiptap";
import { schema } from "../../shared/editor/schema";
import { sectionRootName } from "../../shared/collab/protocol";
import { startTestServer, type TestServer } from "../helpers/server";
import { openFixture, type Fixture } from "../helpers/fixture";
import { createClient, type TestClient } from "../helpers/http";
import { approveSection } from "../helpers/approve";
import { readDocx } from "../fixtures/exportReaders";
import { docxRevisions } from "../fixtures/docxRevisions";

// A redline: the document (or one section) as a Word file whose tracked changes are everything that changed since
// a stored version, read back from the zip's XML: words inserted and deleted inside a paragraph, a paragraph added,
// a section added and one removed, each w:ins / w:del with an author and a date; unchanged text never marked. A
// final submission with a base version stores it as a third file with its SHA-256. Where LibreOffice is installed
// (CI installs libreoffice-writer-nogui), the file is converted to PDF headless to show that it opens.

const ARTIFACTS = join("test-results", "exports");
const AUTHOR = "IGF Multistakeholder Advisory Group and Leadership Panel";

type Json = Record<string, unknown>;
const p = (text: string): Json => ({ type: "paragraph", content: [{ type: "text", text }] });
const soffice = ["soffice", "libreoffice"].find((name) => spawnSync("which", [name]).status === 0);

describe("redline exports against a version", () => {
  let server: TestServer;
  let fx: Fixture;
  let documentId: string;
  const ids: Record<string, string> = {};
  let baseVersionId: string;
  const as: Record<string, TestClient> = {};

  async function setText(sectionId: string, paragraphs: Json[]) {
    await server.deps.rooms.serverChange(
      documentId,
      (doc) => {
        const fragment = doc.getXmlFragment(sectionRootName(sectionId));
        fragment.delete(0, fragment.length);
        const node = schema.nodeFromJSON({ type: "doc", content: paragraphs });
        node.check();
        prosemirrorToYXmlFragment(node, fragment);
      },
      null,
    );
  }

  beforeAll(async () => {
    server = await startTestServer({ collab: { flushWindowMs: 5 } });
    fx = await openFixture(server);
    for (const local of ["secretariat", "mag.chair", "observer"]) {
      as[local] = createClient(server.url);
      await as[local].loginAs(local);
    }
    const titles = ["Principles", "Closing", "Annex"];
    const created = await as.secretariat!.post("/api/documents", { title: "Redline paper", description: "", sections: titles.map((title) => ({ title, ownerGroup: "wg1" })) });
    expect(created.status).toBe(201);
    documentId = created.body.document.id;
    (created.body.document.sections as { id: string }[]).forEach((s, i) => (ids[titles[i]!] = s.id));
    await setText(ids.Principles!, [p("We support the proposed mandate."), p("Funding must be predictable.")]);
    await setText(ids.Closing!, [p("Thank you for this opportunity.")]);
    await setText(ids.Annex!, [p("The old annex text.")]);
    const version = await as["mag.chair"]!.post(`/api/documents/${documentId}/versions`, { label: "Elements Paper" });
    expect(version.status).toBe(201);
    baseVersionId = version.body.version.id;

    // Since the base: a word inserted and one deleted, a paragraph added, a section added, a section removed.
    await setText(ids.Principles!, [p("We strongly support the mandate."), p("A new paragraph on capacity building."), p("Funding must be predictable.")]);
    const added = await as.secretariat!.post(`/api/documents/${documentId}/sections`, { title: "Follow-up", ownerGroup: "wg2" });
    expect(added.status).toBe(201);
    ids["Follow-up"] = added.body.section.id;
    await setText(ids["Follow-up"]!, [p("Review progress in 2030.")]);
    expect((await as.secretariat!.delete(`/api/documents/${documentId}/sections/${ids.Annex}`)).status).toBe(200);
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(() => server?.close());

  async function exported(query: string, save?: string) {
    const response = await fetch(new URL(`/api/documents/${documentId}/export?${query}`, server.url), { headers: { cookie: await fx.cookie("observer") } });
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (save && response.status === 200) writeFileSync(join(ARTIFACTS, save), bytes);
    return { status: response.status, bytes, json: () => JSON.parse(new TextDecoder().decode(bytes)) };
  }

  it("marks inserted and deleted words, an added paragraph, an added and a removed section, with an author and a date; unchanged text is not marked", async () => {
    const file = await exported(`format=docx&against=${baseVersionId}`, "redline.docx");
    expect(file.status).toBe(200);
    const docx = readDocx(file.bytes);
    const xml = docx.files["word/document.xml"]!;
    const revisions = docxRevisions(xml);
    for (const revision of revisions) {
      expect(revision.author).toBe(AUTHOR);
      expect(revision.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    }
    const text = (kind: "ins" | "del") => revisions.filter((r) => r.kind === kind).map((r) => r.text).join("|");
    expect(text("ins")).toContain("strongly ");
    expect(text("del")).toContain("proposed ");
    expect(text("ins")).toContain("A new paragraph on capacity building.");
    // The added section: its title and its text; the removed one likewise deleted.
    expect(text("ins")).toContain("Follow-up");
    expect(text("ins")).toContain("Review progress in 2030.");
    expect(text("del")).toContain("Annex");
    expect(text("del")).toContain("The old annex text.");
    // The added paragraph is a paragraph of its own: its paragraph mark is inserted, and so are the added section's.
    expect(revisions.filter((r) => r.kind === "ins" && r.paragraphMark).length).toBeGreaterThanOrEqual(2);
    expect(revisions.filter((r) => r.kind === "del" && r.paragraphMark).length).toBeGreaterThanOrEqual(2);
    // Unchanged words are never inside a revision.
    for (const kept of ["Funding must be predictable.", "Thank you for this opportunity.", "support the", "Principles", "Closing"]) {
      expect(revisions.some((r) => r.text.includes(kept))).toBe(false);
    }
    // Accepting every change reads the current text; the removed section sits where it was, after Closing.
    const shown = docx.paragraphs.map((para) => para.text);
    const at = (needle: string) => shown.findIndex((line) => line.includes(needle));
    expect(at("We strongly support the mandate.")).toBeGreaterThan(-1);
    expect(at("A new paragraph on capacity building.")).toBeGreaterThan(at("We strongly support"));
    expect(at("Funding must be predictable.")).toBeGreaterThan(at("A new paragraph"));
    // Paragraph numbers: the reader reads inserted text and not deleted text, so it sees the current text's numbers;
    // a number that changed is the base's deleted and the new one inserted.
    const numbered = shown.filter((line) => /^\d+\.\t/.test(line));
    expect(numbered).toEqual([
      "1.\tWe strongly support the mandate.",
      "2.\tA new paragraph on capacity building.",
      "3.\tFunding must be predictable.",
      "4.\tThank you for this opportunity.",
      "5.\tReview progress in 2030.",
    ]);
    const numbers = revisions.filter((r) => /^\d+\.$/.test(r.text)).map((r) => `${r.kind} ${r.text}`);
    expect(numbers).toEqual(["ins 2.", "del 2.", "ins 3.", "del 3.", "ins 4.", "del 4.", "ins 5."]);
        expect(docx.files["word/settings.xml"]).toContain("<w:trackRevisions/>");
    expect(shown).toContain("Changes since version “Elements Paper”, saved " + new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(Date.now()) + " are shown as tracked changes: accept them all to read this text.");
    expect(revisions.map((r) => r.text).join("")).not.toContain("\u200B");
    // Every revision has its own id.
    const revisionIds = revisions.map((r) => r.id);
    expect(new Set(revisionIds).size).toBe(revisionIds.length);
  });

  it("one section alone, and a removed section alone as wholly deleted", async () => {
    const file = await exported(`format=docx&against=${baseVersionId}&section=${ids.Principles}`, "redline-section.docx");
    expect(file.status).toBe(200);
    const docx = readDocx(file.bytes);
    const revisions = docxRevisions(docx.files["word/document.xml"]!);
    expect(revisions.filter((r) => r.kind === "ins").map((r) => r.text).join("|")).toContain("strongly ");
    const all = docx.paragraphs.map((para) => para.text).join("\n");
    expect(all).not.toContain("Thank you for this opportunity.");
    expect(all).not.toContain("Follow-up");
    expect(all).not.toContain("annex");

    const removed = readDocx((await exported(`format=docx&against=${baseVersionId}&section=${ids.Annex}`)).bytes);
    const gone = docxRevisions(removed.files["word/document.xml"]!);
    expect(gone.filter((r) => r.kind === "del").map((r) => r.text).join("|")).toContain("The old annex text.");
    expect(gone.filter((r) => r.kind === "ins" && r.text !== "")).toEqual([]);
  });

  it("refuses an unknown version, another document's version, a format other than Word, and an unknown section", async () => {
    const unknown = await exported("format=docx&against=nosuchversion");
    expect(unknown.status).toBe(404);
    expect(unknown.json().error.message).toBe("The version to compare against was not found.");

    const other = await as.secretariat!.post("/api/documents", { title: "Another paper", description: "", sections: [{ title: "One", ownerGroup: "wg1" }] });
    const foreign = await as["mag.chair"]!.post(`/api/documents/${other.body.document.id}/versions`, { label: "Elsewhere" });
    expect(foreign.status).toBe(201);
    expect((await exported(`format=docx&against=${foreign.body.version.id}`)).status).toBe(404);

    const pdf = await exported(`format=pdf&against=${baseVersionId}`);
    expect(pdf.status).toBe(400);
    expect(JSON.stringify(pdf.json())).toContain("Changes against a version are shown in a Word file: use format=docx.");
    expect((await exported(`format=docx&against=${baseVersionId}&suggestions=tracked`)).status).toBe(400);
    expect((await exported(`format=docx&against=${baseVersionId}&section=nosuchsection`)).status).toBe(404);
  });

  it.skipIf(!soffice)("opens in LibreOffice: converted headless to PDF, its text read with pdftotext (skipped where LibreOffice is not installed)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "redline-lo-"));
    try {
      const source = join(dir, "redline.docx");
      writeFileSync(source, (await exported(`format=docx&against=${baseVersionId}`)).bytes);
      // A profile of its own: a LibreOffice already running for someone else would otherwise take the job.
      execFileSync(soffice!, [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, source], { timeout: 180_000, stdio: "pipe" });
      const text = execFileSync("pdftotext", ["-layout", join(dir, "redline.pdf"), "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
      // LibreOffice shows tracked changes by default: inserted and deleted words are both in the page.
      for (const words of ["strongly", "proposed", "capacity building", "Review progress in 2030.", "The old annex text.", "Funding must be predictable."]) expect(text).toContain(words);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 200_000);

  it("a final submission with a base version stores the redline DOCX with its SHA-256 beside the clean files", async () => {
    const chair = as["mag.chair"]!;
    const sections = (await chair.get(`/api/documents/${documentId}`)).body.document.sections as { id: string; status: string }[];
    for (const section of sections) {
      if (section.status !== "in_review") expect((await chair.post(`/api/documents/${documentId}/sections/${section.id}/transitions`, { to: "in_review" })).status).toBe(200);
      expect((await approveSection(chair, documentId, section.id)).status).toBe(200);
    }
    const mistyped = await chair.post(`/api/documents/${documentId}/submissions`, { baseVersionId: "nosuchversion" });
    expect(mistyped.status).toBe(404);
    expect(mistyped.body.error.message).toBe("The base version was not found.");
    const created = await chair.post(`/api/documents/${documentId}/submissions`, { note: "With the redline.", baseVersionId });
    // The mistyped base froze nothing: this is the first submission.
    expect(created.body.submission?.number).toBe(1);
    expect(created.status).toBe(201);
    const submission = created.body.submission;
    expect(submission.files.map((f: { format: string }) => f.format)).toEqual(["docx", "pdf", "redline"]);
    expect(submission.baseVersion).toEqual({ id: baseVersionId, label: "Elements Paper" });
    const redline = submission.files.find((f: { format: string }) => f.format === "redline");
    expect(redline.filename).toMatch(/^redline-paper-\d{4}-\d\d-\d\d-redline\.docx$/);
    const response = await fetch(new URL(redline.url, server.url), { headers: { cookie: await fx.cookie("observer") } });
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(redline.sha256);
    expect(response.headers.get("x-content-sha256")).toBe(redline.sha256);
    const revisions = docxRevisions(readDocx(bytes).files["word/document.xml"]!);
    expect(revisions.filter((r) => r.kind === "ins").map((r) => r.text).join("|")).toContain("strongly ");
    // The clean DOCX has no tracked changes.
    const clean = await fetch(new URL(submission.files.find((f: { format: string }) => f.format === "docx").url, server.url), { headers: { cookie: await fx.cookie("observer") } });
    expect(docxRevisions(readDocx(new Uint8Array(await clean.arrayBuffer())).files["word/document.xml"]!)).toEqual([]);
    // Listed with the submission afterwards too.
    const listed = (await chair.get(`/api/documents/${documentId}/submissions`)).body.submissions[0];
    expect(listed.files.find((f: { format: string }) => f.format === "redline").sha256).toBe(redline.sha256);
  });
});
