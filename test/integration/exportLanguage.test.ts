import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseHtml, type HTMLElement } from "node-html-parser";
import { startTestServer, type TestServer } from "../helpers/server";
import { createClient, type TestClient } from "../helpers/http";
import { anchorOn, appendParagraph } from "../fixtures/golden";
import { pdfText, readDocx, squash } from "../fixtures/exportReaders";
import { allText, findAll, structureTree } from "../fixtures/pdfStructure";
import { upload } from "../helpers/importUpload";

// A document in Arabic with a section in English: lang/dir in HTML, w:lang/w:bidi/w:rtl in Word, the fixed words
// of every format in the document's language (Arabic, French, Chinese), and the languages back through Word import.

const ARABIC = "تؤكد المجموعة أهمية منتدى إدارة الإنترنت بوصفه منبرا جامعا لأصحاب المصلحة المتعددين.";
const ENGLISH_IN_ARABIC = "The Forum remains the place where every stakeholder is heard.";
const ANNEX = "This annex is written in English throughout.";
const MIXED = "The Forum (Форум, 论坛, المنتدى) stays open.";

/** The attributes of the `w:lang` of a DOCX's document defaults: the language of each script's slot. */
function defaultLanguage(styles: string): Record<string, string> {
  const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? "";
  const lang = /<w:lang ([^>]*?)\/>/.exec(defaults)?.[1] ?? "";
  return Object.fromEntries([...lang.matchAll(/w:(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
}

describe("document languages in exports and Word import", () => {
  let server: TestServer;
  const as: Record<string, TestClient> = {};
  let documentId: string;
  let sectionIds: string[];

  beforeAll(async () => {
    server = await startTestServer({ collab: { flushWindowMs: 5 } });
    for (const local of ["secretariat", "observer"]) {
      as[local] = createClient(server.url);
      await as[local].loginAs(local);
    }
    const created = await as.secretariat!.post("/api/documents", {
      title: "ورقة الموقف المشترك",
      sections: [
        { title: "المقدمة", ownerGroup: "wg1" },
        { title: "Annex", ownerGroup: "wg2" },
      ],
    });
    expect(created.status).toBe(201);
    documentId = created.body.document.id;
    sectionIds = created.body.document.sections.map((s: { id: string }) => s.id);
    await appendParagraph(server, documentId, sectionIds[0]!, ARABIC);
    await appendParagraph(server, documentId, sectionIds[0]!, ENGLISH_IN_ARABIC);
    await appendParagraph(server, documentId, sectionIds[1]!, ANNEX);
  });
  afterAll(() => server?.close());

  const documentPath = () => `/api/documents/${documentId}`;
  const sectionPath = (index: number) => `${documentPath()}/sections/${sectionIds[index]}`;

  async function download(format: string, query = ""): Promise<Uint8Array> {
    const response = await fetch(new URL(`${documentPath()}/export?format=${format}${query}`, server.url), { headers: { cookie: as.observer!.cookie! } });
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(response.status, new TextDecoder().decode(bytes).slice(0, 300)).toBe(200);
    return bytes;
  }
  const html = async (): Promise<HTMLElement> => parseHtml(new TextDecoder().decode(await download("html")));

  it("sets the document in Arabic and the annex in English", async () => {
    expect((await as.secretariat!.patch(documentPath(), { language: "ar" })).status).toBe(200);
    expect((await as.secretariat!.patch(sectionPath(1), { language: "en" })).status).toBe(200);
  });

  it("HTML: lang and dir on the page, on a section in another language, and on a paragraph that runs the other way", async () => {
    const page = await html();
    const root = page.querySelector("html")!;
    expect(root.getAttribute("lang")).toBe("ar");
    expect(root.getAttribute("dir")).toBe("rtl");
    const sections = page.querySelectorAll("main > section");
    expect(sections).toHaveLength(2);
    expect(sections[0]!.getAttribute("lang")).toBeUndefined();
    expect(sections[1]!.getAttribute("lang")).toBe("en");
    expect(sections[1]!.getAttribute("dir")).toBe("ltr");

    const paragraphs = sections[0]!.querySelectorAll("p.numbered");
    expect(paragraphs.map((p) => squash(p.text))).toEqual([`1. ${ARABIC}`, `2. ${ENGLISH_IN_ARABIC}`]);
    expect(paragraphs[0]!.getAttribute("dir")).toBeUndefined();
    expect(paragraphs[1]!.getAttribute("dir")).toBe("ltr");
    // In its English section the annex's paragraph runs with its section: nothing to say.
    expect(sections[1]!.querySelector("p.numbered")!.getAttribute("dir")).toBeUndefined();
    // The status line is the export's own words, in the document's language, inside the English section.
    const status = sections[1]!.querySelector("p.status")!;
    expect(status.getAttribute("lang")).toBe("ar");
    expect(status.text).toContain("مسودة");

    expect(page.querySelector("nav h2")!.text).toBe("المحتويات");
    expect(page.querySelector("p.draft strong")!.text).toBe("مسودة");
    expect(page.querySelector("p.draft")!.text).toContain("الفروع الموافق عليها: 0 من 2");
  });

  it("DOCX: w:lang in the styles and on the other language's runs, w:bidi and w:rtl where the text runs right to left", async () => {
    const docx = readDocx(await download("docx"));
    const styles = docx.files["word/styles.xml"]!;
    expect(defaultLanguage(styles)).toEqual({ val: "ar-SA", eastAsia: "zh-CN", bidi: "ar-SA" });

    const document = docx.files["word/document.xml"]!;
    const paragraphWith = (text: string) => [...document.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g)].map((m) => m[0]).find((p) => p.includes(text.slice(0, 20)))!;
    const arabic = paragraphWith(ARABIC);
    expect(arabic).toMatch(/<w:pPr>[\s\S]*<w:bidi\/>[\s\S]*<\/w:pPr>/);
    expect(arabic).toMatch(/<w:r><w:rPr>[^]*?<w:rtl\/>[^]*?<\/w:rPr><w:t[^>]*>تؤكد/);
    const english = paragraphWith(ENGLISH_IN_ARABIC);
    expect(english).not.toMatch(/<w:bidi\/>/);
    expect(english).not.toMatch(/<w:rtl\/>/);
    const annex = paragraphWith(ANNEX);
    expect(annex).toMatch(/<w:lang w:val="en-GB"\/>/);
    expect(annex).not.toMatch(/<w:bidi\/>|<w:rtl\/>/);

    const texts = docx.paragraphs.map((p) => p.text);
    expect(texts).toContain("المحتويات");
    expect(docx.headers.join(" ")).toContain("مسودة");
  });

  it("Markdown: the fixed words and a note of the language", async () => {
    const markdown = new TextDecoder().decode(await download("md"));
    expect(markdown.split("\n")[0]).toBe("<!-- lang: ar; dir: rtl -->");
    expect(markdown).toContain("## المحتويات");
    expect(markdown).toContain("> **مسودة** — الفروع الموافق عليها: 0 من 2؛ نص غير متفق عليه.");
  });

  it("PDF: the fixed words in Arabic", async () => {
    // pdftotext marks right-to-left runs with Unicode embedding controls and may split a word where its glyphs are
    // spaced: the words are compared without either (their order on the line is the PDF text layer's own test).
    const pdf = pdfText(await download("pdf")).replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069\s]/g, "");
    expect(pdf).toContain("المحتويات");
    expect(pdf).toContain("مسودة—الفروعالموافقعليها");
    expect(pdf).toContain("نصالعملبتاريخ");
  });

  it("marks a passage in another script than its section's: a Span with its Lang in the PDF, lang in HTML, w:lang in Word", async () => {
    await appendParagraph(server, documentId, sectionIds[1]!, MIXED);
    const page = await html();
    const annex = page.querySelectorAll("main > section")[1]!;
    const spans = annex.querySelectorAll("p.numbered span[lang]").map((span) => [span.getAttribute("lang"), span.text]);
    expect(spans).toEqual([
      ["ru", "Форум, "],
      ["zh", "论坛, "],
      ["ar", "المنتدى) "],
    ]);
    // In the Arabic section, the Arabic is its own and the English is not marked (nothing says which Latin language).
    expect(page.querySelectorAll("main > section")[0]!.querySelectorAll("span[lang]")).toHaveLength(0);

    const document = readDocx(await download("docx")).files["word/document.xml"]!;
    const runOf = (text: string) => [...document.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => m[1]!).find((run) => run.includes(`>${text}</w:t>`));
    expect(runOf("Форум, ")).toMatch(/<w:lang w:val="ru-RU"\/>/);
    expect(runOf("论坛, ")).toMatch(/<w:lang w:val="zh-CN" w:eastAsia="zh-CN"\/>/);
    expect(runOf("المنتدى) ")).toMatch(/<w:lang w:val="ar-SA" w:bidi="ar-SA"\/>/);
    expect(runOf("The Forum (")).toMatch(/<w:lang w:val="en-GB"\/>/);

    const pdf = await download("pdf");
    const raw = Buffer.from(pdf).toString("latin1");
    const objects = [...raw.matchAll(/\d+ 0 obj\s*<<([\s\S]*?)>>\s*endobj/g)].map((m) => m[1]!);
    const langs = objects.filter((o) => /\/S \/Span\b/.test(o)).map((o) => /\/Lang \((\w+)\)/.exec(o)?.[1]);
    expect(langs.sort()).toEqual(["ar", "ru", "zh"]);
    const passages = findAll(structureTree(pdf), "Span").map((span) => allText(span).replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "").trim());
    expect(passages).toContain("Форум,");
    expect(passages).toContain("论坛,");
    // The Arabic word is in the text layer as drawn (shaped forms, right to left): its letters are there.
    expect(passages.some((text) => /[\u0600-\u06FF\uFE70-\uFEFF]/.test(text))).toBe(true);
  });

  it("writes the comments matrix in the document's language: Arabic right to left, French with its typography", async () => {
    const on = await anchorOn(server, documentId, sectionIds[0]!, "منتدى إدارة الإنترنت");
    const thread = await as.observer!.post(`${documentPath()}/threads`, { sectionId: sectionIds[0], anchor: on.anchor, quote: on.text, body: "يُرجى ذكر القرار كاملًا." });
    expect(thread.status).toBe(201);
    const matrix = async (format: string) => {
      const response = await fetch(new URL(`${documentPath()}/comments-matrix?format=${format}`, server.url), { headers: { cookie: as.observer!.cookie! } });
      expect(response.status).toBe(200);
      return new Uint8Array(await response.arrayBuffer());
    };
    const rowsOf = (csv: string) => csv.replace(/^\uFEFF/, "").trim().split("\r\n").map((line) => line.slice(1, -1).split('","'));

    const arabic = rowsOf(new TextDecoder().decode(await matrix("csv")));
    expect(arabic[0]).toEqual(["الفقرة", "الفرع", "النوع", "صاحب التعليق", "الفريق (الأفرقة)", "التعليق أو التعديل", "الحالة", "النتيجة", "التاريخ"]);
    expect(arabic[1]!.slice(0, 3)).toEqual(["1", "المقدمة", "تعليق"]);
    expect(arabic[1]![5]).toBe("بشأن «منتدى إدارة الإنترنت»: يُرجى ذكر القرار كاملًا.");
    expect(arabic[1]![6]).toBe("مفتوح");
    const docx = readDocx(await matrix("docx"));
    const body = docx.files["word/document.xml"]!;
    expect(body).toMatch(/<w:tblPr>[\s\S]*<w:bidiVisual\/>[\s\S]*<\/w:tblPr>/);
    expect(docx.paragraphs[0]!.text).toBe("جدول التعليقات");
    expect(defaultLanguage(docx.files["word/styles.xml"]!)).toEqual({ val: "ar-SA", eastAsia: "zh-CN", bidi: "ar-SA" });
    const heading = [...body.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g)].map((m) => m[0]).find((p) => p.includes("جدول التعليقات"))!;
    expect(heading).toMatch(/<w:bidi\/>/);
    expect(heading).toMatch(/<w:rtl\/>/);

    expect((await as.secretariat!.patch(documentPath(), { language: "fr" })).status).toBe(200);
    const french = rowsOf(new TextDecoder().decode(await matrix("csv")));
    expect(french[0]).toEqual(["Par.", "Section", "Type", "Auteur", "Groupe(s)", "Observation ou amendement", "État", "Suite donnée", "Date"]);
    expect(french[1]![5]).toBe("Sur «\u202Fمنتدى إدارة الإنترنت\u202F»\u202F: يُرجى ذكر القرار كاملًا.");
    expect(french[1]![6]).toBe("Ouvert");
    const frenchDocx = readDocx(await matrix("docx"));
    expect(frenchDocx.paragraphs[0]!.text).toBe("Tableau des observations");
    expect(frenchDocx.files["word/document.xml"]).not.toMatch(/<w:bidiVisual\/>/);
    expect((await as.secretariat!.patch(documentPath(), { language: "ar" })).status).toBe(200);
  });

  it("prints the fixed words in French and Chinese", async () => {
    expect((await as.secretariat!.patch(documentPath(), { language: "fr" })).status).toBe(200);
    const french = readDocx(await download("docx"));
    expect(defaultLanguage(french.files["word/styles.xml"]!)).toEqual({ val: "fr-FR", eastAsia: "zh-CN", bidi: "ar-SA" });
    expect(french.paragraphs.map((p) => p.text)).toEqual(expect.arrayContaining(["Table des matières", expect.stringMatching(/^PROJET — Sections approuvées : 0 sur 2 ; texte non agréé$/)]));
    expect(french.headers.join(" ")).toContain("PROJET");
    const frenchPdf = squash(pdfText(await download("pdf")));
    expect(frenchPdf).toContain("Table des matières");
    expect(frenchPdf).toContain("PROJET");
    expect((await html()).querySelector("html")!.getAttribute("dir")).toBe("ltr");

    expect((await as.secretariat!.patch(documentPath(), { language: "zh" })).status).toBe(200);
    const chinese = await html();
    expect(chinese.querySelector("html")!.getAttribute("lang")).toBe("zh");
    expect(chinese.querySelector("nav h2")!.text).toBe("目录");
    expect(chinese.querySelector("p.draft")!.text).toBe("草案 — 已核准章节：0/2；非商定案文。");
    expect(chinese.querySelector("p.meta")!.text).toMatch(/^提交方：/);
    const docx = readDocx(await download("docx"));
    expect(defaultLanguage(docx.files["word/styles.xml"]!)).toEqual({ val: "zh-CN", eastAsia: "zh-CN", bidi: "ar-SA" });
    expect(docx.paragraphs.map((p) => p.text)).toContain("目录");
    const markdown = new TextDecoder().decode(await download("md"));
    expect(markdown).toContain("## 目录");
    const chinesePdf = squash(pdfText(await download("pdf")));
    expect(chinesePdf).toContain("目录");
    expect(chinesePdf).toContain("草案 — 已核准章节：0/2；非商定案文");
  });

  it("Word import keeps the document's language and a section's own", async () => {
    expect((await as.secretariat!.patch(documentPath(), { language: "ar" })).status).toBe(200);
    const bytes = await download("docx");
    const imported = await upload(server, as.secretariat!.cookie, bytes, { query: "?filename=Arabic.docx" });
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    const detail = await as.secretariat!.get(`/api/documents/${imported.body.document.id}`);
    expect(detail.body.document.language).toBe("ar");
    const sections = detail.body.document.sections as { title: string; language: string | null }[];
    // The title page's lines come back as an "Introduction" before the sections, in the document's language.
    expect(sections.map((s) => [s.title, s.language]).slice(-2)).toEqual([
      ["المقدمة", null],
      ["Annex", "en"],
    ]);
    expect(sections.slice(0, -2).every((s) => s.language === null)).toBe(true);
  });
});
