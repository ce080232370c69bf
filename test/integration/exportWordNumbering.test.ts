import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseHtml } from "node-html-parser";
import { startTestServer, type TestServer } from "../helpers/server";
import { openFixture, type Fixture } from "../helpers/fixture";
import { readDocx } from "../fixtures/exportReaders";
import { importDocx } from "../../server/import/docx";
import { translatorFor } from "../../server/i18n/translate";
import { readSection, sectionRootName } from "../../shared/editor/content";
import { schema } from "../../shared/editor/schema";

// Paragraph numbers in the Word export are Word's own numbering: one decimal list straight through the paper, so
// Word, a screen reader and LibreOffice know them for numbers, and importing the file gives back the text alone
// (no "12." typed into it, no status lines, no title page). Read with the independent DOCX reader, against the
// HTML export's numbers, and through LibreOffice where it is installed (CI installs it).

const soffice = ["soffice", "libreoffice"].find((name) => spawnSync("which", [name]).status === 0);

describe("paragraph numbers as Word numbering", () => {
  let server: TestServer;
  let fx: Fixture;

  beforeAll(async () => {
    server = await startTestServer();
    fx = await openFixture(server);
  });
  afterAll(() => server?.close());

  async function exported(query: string): Promise<Uint8Array> {
    const response = await fetch(new URL(`/api/documents/${fx.documentId}/export?${query}`, server.url), { headers: { cookie: await fx.cookie("observer") } });
    expect(response.status).toBe(200);
    return new Uint8Array(await response.arrayBuffer());
  }

  /** The numbered paragraphs of the HTML export, as [number, text]: what the model numbers, read another way. */
  async function htmlNumbers(): Promise<[string, string][]> {
    const html = parseHtml(new TextDecoder().decode(await exported("format=html")));
    return html.querySelectorAll("p.numbered").map((p) => [p.querySelector(".pn")!.text.trim(), p.text.replace(p.querySelector(".pn")!.text, "").trim()]);
  }

  it("numbers every numbered paragraph with one Word list, in the HTML export's order, and types no number", async () => {
    const docx = readDocx(await exported("format=docx"));
    const numbered = docx.paragraphs.filter((p) => p.style === "NumberedParagraph");
    const expected = await htmlNumbers();
    expect(expected.length).toBeGreaterThan(10);
    expect(numbered.map((p) => p.text.replace(/\s+/g, " ").trim())).toEqual(expected.map(([, text]) => text.replace(/\s+/g, " ")));
    // One list: every numbered paragraph on the same w:num, whose level 0 counts 1., 2., 3. … from 1.
    const numIds = new Set(numbered.map((p) => p.numId));
    expect(numIds.size).toBe(1);
    const numId = [...numIds][0]!;
    const numbering = docx.files["word/numbering.xml"]!;
    const abstractId = new RegExp(`<w:num w:numId="${numId}"[^>]*>\\s*<w:abstractNumId w:val="(\\d+)"`).exec(numbering)?.[1];
    expect(abstractId).toBeDefined();
    const abstract = new RegExp(`<w:abstractNum [^>]*w:abstractNumId="${abstractId}"[^>]*>([\\s\\S]*?)</w:abstractNum>`).exec(numbering)![1]!;
    const level0 = /<w:lvl w:ilvl="0"[^>]*>([\s\S]*?)<\/w:lvl>/.exec(abstract)![1]!;
    expect(level0).toContain('<w:start w:val="1"/>');
    expect(level0).toContain('<w:numFmt w:val="decimal"/>');
    expect(level0).toContain('<w:lvlText w:val="%1."/>');
    expect(expected.map(([n]) => n)).toEqual(expected.map((_e, i) => `${i + 1}.`));
    // No number typed into the text any more.
    expect(docx.paragraphs.filter((p) => /^\d+\.\t/.test(p.text))).toEqual([]);
    // The style says what it is, in Word's style list.
    expect(docx.files["word/styles.xml"]).toMatch(/w:styleId="NumberedParagraph"[\s\S]*?<w:name w:val="Penholder Numbered Paragraph"\/>/);
  });

  it("leaves numbering off when asked, and types numbers where they are tracked changes", async () => {
    const plain = readDocx(await exported("format=docx&numbering=0"));
    expect(plain.paragraphs.filter((p) => p.style === "NumberedParagraph")).toEqual([]);
    const tracked = readDocx(await exported("format=docx&suggestions=tracked"));
    expect(tracked.paragraphs.filter((p) => p.style === "NumberedParagraph")).toEqual([]);
    expect(tracked.paragraphs.filter((p) => /^\d+\.\t/.test(p.text)).length).toBe((await htmlNumbers()).length);
  });

  it("imports back as the text alone: no typed numbers, no lists made of them, no status lines or title page", async () => {
    const bytes = await exported("format=docx");
    const imported = importDocx(bytes);
    const document = (await server.deps.store.documents.sections([fx.documentId])).sort((a, b) => a.position - b.position);
    const room = await server.deps.rooms.get(fx.documentId);
    const shape = (json: unknown) =>
      (schema.nodeFromJSON(json).content.content ?? []).map((block) => `${block.type.name}: ${block.textContent.replace(/\s+/g, " ").trim()}`);
    expect(imported.sections.map((s) => s.title)).toEqual(document.map((s) => s.title));
    imported.sections.forEach((section, i) => {
      const live = readSection(room.doc.getXmlFragment(sectionRootName(document[i]!.id)));
      expect(shape(section.content ?? { type: "doc", content: [{ type: "paragraph" }] }), document[i]!.title).toEqual(shape(live.toJSON()).filter((line) => line !== "paragraph: "));
    });
    expect(imported.warnings.map(translatorFor("en"))).toEqual([
      "The table of contents was left out: the sections make the outline.",
      "The title page and section status lines of a Penholder export were left out: the document has its own.",
    ]);
  });

  it.skipIf(!soffice)("shows the numbers when LibreOffice opens the file (skipped where LibreOffice is not installed)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "numbers-lo-"));
    try {
      const source = join(dir, "paper.docx");
      writeFileSync(source, await exported("format=docx"));
      execFileSync(soffice!, [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", dir, source], { timeout: 180_000, stdio: "pipe" });
      const lines = readFileSync(join(dir, "paper.txt"), "utf8").split(/\r?\n/).map((line) => line.replace(/\s+/g, " ").trim());
      const expected = await htmlNumbers();
      for (const [number, text] of expected) expect(lines).toContain(`${number} ${text.replace(/\s+/g, " ")}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 200_000);
});
