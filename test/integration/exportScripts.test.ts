import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startTestServer, type TestServer } from "../helpers/server";
import { openFixture, type Fixture } from "../helpers/fixture";
import { createClient, type TestClient } from "../helpers/http";
import { pdfText, squash } from "../fixtures/exportReaders";
import { pdfFonts, pdfPageCount, pdfWords } from "../fixtures/pdfReaders";
import { writeSectionTexts } from "../helpers/sectionText";

// The six official languages of the UN in the PDF export, read back by poppler: each paragraph's text in logical
// order (Arabic joined on the page, its letters given back by the ToUnicode maps), the fonts embedded as subsets,
// Arabic right to left and right-aligned with its number on the right, Chinese broken inside the margins, and a
// twenty-page paper in all six under a megabyte.
//
// pdftotext gives text in logical order by its own reading of each page's main direction: on a page mostly in
// left-to-right languages it writes an Arabic line's words in logical order but puts what it finds at the line's
// left (the sentence's full stop) first, and a mixed Arabic line's runs in their order on the page. So the exact
// logical text of Arabic paragraphs, mixed ones included, is read from a paper in Arabic.

const ARTIFACTS = join("test-results", "exports");

const SIX = {
  ar: "يعقد منتدى حوكمة الإنترنت اجتماعه السنوي لمناقشة قضايا السياسة العامة المتعلقة بالإنترنت.",
  zh: "互联网治理论坛每年举行一次会议，讨论与互联网有关的公共政策问题。",
  en: "The Internet Governance Forum meets every year to discuss public policy issues related to the Internet.",
  fr: "Le Forum sur la gouvernance de l’Internet se réunit chaque année pour débattre des questions de politique publique.",
  ru: "Форум по вопросам управления Интернетом ежегодно собирается для обсуждения вопросов государственной политики.",
  es: "El Foro para la Gobernanza de Internet se reúne cada año para debatir cuestiones de política pública relacionadas con Internet.",
};
/** Arabic with a Latin acronym and numbers: the acronym and numbers read left to right inside the right-to-left text. */
const MIXED = "اعتمدت الجمعية العامة القرار في عام 2015 بشأن نتائج WSIS وجددت ولاية المنتدى لمدة 10 سنوات.";
/** Long enough to wrap over several lines, with no space anywhere. */
const LONG_CHINESE =
  "二零一五年十二月，联合国大会通过决议，将互联网治理论坛的任务期限再延长十年，并请论坛在其工作中继续加强多利益攸关方的参与，特别是来自发展中国家的参与。论坛的成果应当为各国政府、国际组织、私营部门、技术界和民间社会的决策提供参考，同时保持其非谈判性质。";
const ARABIC_TITLE = "الحوكمة الرقمية";
const QUESTION = "ما هي الخطوات التالية للمنتدى بعد عام 2025؟";
/** No letter to decide: the paragraph takes its section's direction (the document is in Arabic). */
const YEARS = "2026–2035";

type Json = Record<string, unknown>;
const p = (text: string): Json => ({ type: "paragraph", content: [{ type: "text", text }] });

const isCjk = (char: string) => /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]/u.test(char);
/**
 * pdftotext's text with line breaks, the spaces it may put between Chinese characters, and the embedding marks it
 * wraps right-to-left runs in (U+202A–U+202E) taken out.
 */
const normalise = (text: string) =>
  squash(text.replace(/[\u202A-\u202E]/g, "")).replace(/ (?=\S)/g, (space, offset: number, all: string) => (isCjk(all[offset - 1] ?? "") || isCjk(all[offset + 1] ?? "") ? "" : space));
/** pdftotext -bbox gives a right-to-left word's letters in their order on the page. */
const onPage = (word: string) => Array.from(word).reverse().join("");

async function createPaper(server: TestServer, admin: TestClient, title: string, sections: { title: string; content: Json[] }[], language = "en"): Promise<string> {
  const created = await admin.post("/api/documents", { title, description: "", language, sections: sections.map((s, i) => ({ title: s.title, ownerGroup: i % 2 === 0 ? "wg1" : "wg2" })) });
  expect(created.status).toBe(201);
  const documentId = created.body.document.id as string;
  const ids = (created.body.document.sections as { id: string }[]).map((s) => s.id);
  await writeSectionTexts(server, documentId, ids, sections.map((section) => section.content));
  return documentId;
}

describe("PDF export in the six UN languages", () => {
  let server: TestServer;
  let fx: Fixture;
  let admin: TestClient;
  let six: string;
  let arabic: string;

  beforeAll(async () => {
    server = await startTestServer({ collab: { flushWindowMs: 5 } });
    fx = await openFixture(server);
    admin = createClient(server.url);
    await admin.loginAs("secretariat");
    six = await createPaper(server, admin, "Six languages", [
      { title: "Languages", content: [p(SIX.ar), p(SIX.zh), p(SIX.en), p(SIX.fr), p(SIX.ru), p(SIX.es)] },
      { title: ARABIC_TITLE, content: [p(LONG_CHINESE), { type: "bulletList", content: [{ type: "listItem", content: [p("قائمة البنود")] }] }] },
    ]);
    const cell = (type: string, text: string): Json => ({ type, content: [p(text)] });
    const table: Json = {
      type: "table",
      content: [
        { type: "tableRow", content: [cell("tableHeader", "البند"), cell("tableHeader", "المبلغ")] },
        { type: "tableRow", content: [cell("tableCell", "التمويل"), cell("tableCell", "100")] },
      ],
    };
    arabic = await createPaper(server, admin, "تقرير المنتدى", [{ title: ARABIC_TITLE, content: [p(SIX.ar), p(MIXED), p(QUESTION), table, p(YEARS)] }], "ar");
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(() => server?.close());

  async function exportPdf(documentId: string, save: string): Promise<Uint8Array> {
    const cookie = await fx.cookie("observer");
    const response = await fetch(new URL(`/api/documents/${documentId}/export?format=pdf`, server.url), { headers: { cookie } });
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(response.status).toBe(200);
    writeFileSync(join(ARTIFACTS, save), bytes);
    return bytes;
  }

  it("gives back each paragraph's text in logical order, Arabic as its letters (not presentation forms)", async () => {
    const text = normalise(pdfText(await exportPdf(six, "six-languages.pdf")));
    for (const [language, paragraph] of Object.entries(SIX)) expect(text, language).toContain(normalise(language === "ar" ? paragraph.slice(0, -1) : paragraph));
    expect(text).toContain(normalise(LONG_CHINESE));
    expect(text).toContain("قائمة البنود");
    expect(text).toContain(ARABIC_TITLE);
    // Joined letters are glyphs of their own; the ToUnicode maps turn them back into the letters typed.
    expect(text).not.toMatch(/[\uFB50-\uFDFF\uFE70-\uFEFF]/u);
  });

  it("gives back a paper in Arabic in logical order, numbers and Latin words inside it in place; its table and contents right to left", async () => {
    const text = normalise(pdfText(await exportPdf(arabic, "arabic.pdf")));
    for (const paragraph of [SIX.ar, QUESTION, ARABIC_TITLE, "تقرير المنتدى"]) expect(text).toContain(paragraph);
    // Every character of the mixed paragraph in logical order; pdftotext puts the space between Arabic and a number
    // or Latin word on the far side of the number ("عام 2015بشأن"), so spaces are left out of the comparison.
    const letters = (value: string) => value.replace(/\s+/g, "");
    expect(letters(text)).toContain(letters(MIXED));
    // A table in Arabic runs right to left: its first column on the right.
    const { words } = pdfWords(await exportPdf(arabic, "arabic.pdf"));
    const at = (word: string) => words.find((w) => w.text === onPage(word))!;
    expect(at("البند").xMin).toBeGreaterThan(at("المبلغ").xMax);
    // A number alone takes the table's direction: right-aligned in its cell, as the Arabic above it.
    expect(words.find((w) => w.text === "100")!.xMax).toBeCloseTo(at("المبلغ").xMax, 0);
    // The table mirrored in the text column: its right edge where the Arabic paragraphs end (a cell's padding in).
    expect(at("البند").xMax).toBeCloseTo(at(SIX.ar.split(" ")[0]!).xMax - 5, 0);
    // A paragraph without letters in an Arabic section is right to left: at the right of the column (and, by the
    // bidi algorithm, the range reads 2035–2026 on the page, as in any word processor).
    // The contents of a paper in Arabic: the title on the right, its page number on the left.
    const contents = words.filter((w) => w.page === 2);
    expect(contents.find((w) => w.text === onPage("الحوكمة"))!.xMax).toBeCloseTo(595.28 - 70.87, 0);
    expect(contents.find((w) => w.text === "1")!.xMin).toBeCloseTo(70.87, 0);
    const years = words.find((w) => w.text.includes("2035"))!;
    expect(years.text).toBe("2035–2026");
    expect(years.xMax).toBeCloseTo(at(SIX.ar.split(" ")[0]!).xMax, 0);
    expect(text).not.toMatch(/[\uFB50-\uFDFF\uFE70-\uFEFF]/u);
  });

  it("embeds Tinos, Amiri and Noto Serif SC as subsets with ToUnicode maps", async () => {
    const fonts = pdfFonts(await exportPdf(six, "six-languages.pdf"));
    const families = fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, "").replace(/-.*/, ""));
    expect(new Set(families)).toEqual(new Set(["Tinos", "Amiri", "NotoSerifSC"]));
    for (const font of fonts) {
      expect(font.name).toMatch(/^[A-Z]{6}\+/);
      expect(font, font.name).toMatchObject({ embedded: true, subset: true, unicode: true });
    }
    // Bold in every script: the section titles are bold, one of them Arabic.
    expect(fonts.map((font) => font.name)).toEqual(expect.arrayContaining([expect.stringMatching(/\+Tinos-Bold$/), expect.stringMatching(/\+Amiri-Bold$/)]));
  });

  it("sets Arabic right-aligned with its number on the right, and keeps every line inside the margins", async () => {
    const { pages, words } = pdfWords(await exportPdf(six, "six-languages.pdf"));
    const margin = 70.87;
    for (const word of words) {
      const page = pages[word.page - 1]!;
      expect(word.xMin, word.text).toBeGreaterThanOrEqual(margin - 0.5);
      expect(word.xMax, word.text).toBeLessThanOrEqual(page.width - margin + 0.5);
    }
    const right = pages[0]!.width - margin;
    const numberIndent = 28.35;
    // The first Arabic paragraph (number 1): its first word at the right of the text column, the number right of it.
    const first = words.find((word) => word.text === onPage(SIX.ar.split(" ")[0]!))!;
    expect(first.xMax).toBeCloseTo(right - numberIndent, 0);
    const sameLine = words.filter((word) => word.page === first.page && Math.abs(word.yMin + word.yMax - first.yMin - first.yMax) < 8);
    const number = sameLine.find((word) => word.xMin > first.xMax)!;
    expect(number.text).toBe(".1");
    expect(number.xMax).toBeCloseTo(right, 0);
    // Its words run right to left: each following word to the left of the one before.
    expect(sameLine.filter((word) => word !== number).sort((a, b) => b.xMax - a.xMax).map((word) => onPage(word.text))).toEqual(SIX.ar.split(" "));
    // The English paragraph starts at the left of the text column, its number left of it.
    const english = words.find((word) => word.text === "The" && word.xMin > margin + numberIndent - 1)!;
    expect(english.xMin).toBeCloseTo(margin + numberIndent, 0);
    // The bullet of an Arabic list item is right of its text.
    const item = words.find((word) => word.text === onPage("قائمة"))!;
    const bullet = words.find((word) => word.text === "•")!;
    expect(bullet.xMin).toBeGreaterThan(item.xMax);
    // The long Chinese paragraph wraps over several lines, each reaching close to the right margin but the last.
    const chineseLines = new Map<number, number>();
    for (const word of words.filter((w) => isCjk(w.text[0] ?? "") && LONG_CHINESE.includes(w.text))) chineseLines.set(Math.round(word.yMin), Math.max(chineseLines.get(Math.round(word.yMin)) ?? 0, word.xMax));
    expect(chineseLines.size).toBeGreaterThanOrEqual(3);
    const ends = [...chineseLines.values()].slice(0, -1);
    for (const end of ends) expect(end).toBeGreaterThan(right - 14);
  });

  it("embeds no Arabic or Chinese font in a paper without those scripts", async () => {
    const latin = await createPaper(server, admin, "Latin only", [{ title: "Text", content: [p(SIX.en), p(SIX.fr), p(SIX.ru), p(SIX.es)] }]);
    const fonts = pdfFonts(await exportPdf(latin, "latin-only.pdf"));
    expect(fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, ""))).toEqual(expect.not.arrayContaining([expect.stringMatching(/Noto/)]));
    expect(fonts.length).toBeGreaterThan(0);
  });

  it("keeps a twenty-page paper in all six scripts under 1 MB", async () => {
    // Chinese written from a thousand different characters, as a paper's share of Chinese uses about as many.
    const han = Array.from({ length: 1000 }, (_c, i) => String.fromCodePoint(0x4e00 + ((i * 17) % 0x51a0)));
    let next = 0;
    const chinese = () => Array.from({ length: 60 }, () => han[next++ % han.length]).join("") + "。";
    const sentences = [() => SIX.ar, chinese, () => SIX.en, () => SIX.fr, () => SIX.ru, () => SIX.es, () => MIXED];
    /** Paragraph `n` in one language, five sentences long. */
    const paragraph = (n: number) => Array.from({ length: 5 }, () => sentences[n % sentences.length]!()).join(" ");
    const sections = [ARABIC_TITLE, "互联网治理", "Governance", "Gouvernance", "Управление", "Gobernanza"].map((title, s) => ({
      title,
      content: Array.from({ length: 20 }, (_x, i) => p(paragraph(s * 20 + i))),
    }));
    const id = await createPaper(server, admin, "Twenty pages in six scripts", sections);
    const bytes = await exportPdf(id, "six-scripts-paper.pdf");
    expect(pdfPageCount(bytes)).toBeGreaterThanOrEqual(20);
    expect(bytes.length).toBeLessThan(1024 * 1024);
  });
});
