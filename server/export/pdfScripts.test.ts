// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import PDFDocument from "pdfkit";
import { fontFiles, type FontFace } from "./fonts";
import { plainRun } from "./inline";
import { createMeasurer } from "./pdfSlices";
import { breakLines, setLevels, toWords } from "./pdfText";
import { spans } from "./pdfSpans";
import { breaksBetween, faceRuns } from "./pdfScripts";

// The six UN scripts in the PDF's line layout, measured with the real fonts through pdfkit: a face per character,
// Arabic shaped and set right to left with its numbers and Latin words in place, Chinese broken between characters
// and never past the margin.

function measurer() {
  const doc = new PDFDocument({ autoFirstPage: false });
  const files = fontFiles();
  for (const face of Object.keys(files) as FontFace[]) doc.registerFont(face, files[face]);
  return { doc, measure: createMeasurer(doc) };
}

const base = { size: 12, color: "#000" };
const shared = measurer();

/** A paragraph laid out as the PDF lays it out: words, levels, lines, and each line's spans left to right. */
function layout(text: string, width: number, extra: Parameters<typeof plainRun>[1] = {}) {
  const { measure } = shared;
  const words = toWords([plainRun(text, extra)], base, measure);
  const direction = setLevels(words, measure);
  const lines = breakLines(words, width, measure);
  return { direction, lines, spans: lines.map((line) => spans({ ...line, justify: false }, width)), measure };
}

describe("faces per character", () => {
  it("keeps a run in one face, and neutral characters in the face before them", () => {
    const covers = (face: FontFace, codePoint: number) => (face === "serif" ? codePoint < 0x600 : codePoint >= 0x600 || codePoint === 0x20 || codePoint === 0x2e);
    expect(faceRuns("Forum، تقرير.", ["serif", "arabic"], covers)).toEqual([
      { text: "Forum", face: "serif" },
      { text: "، تقرير.", face: "arabic" },
    ]);
    expect(faceRuns("", ["serif"], covers)).toEqual([]);
    // Opening punctuation takes the face of the letters it opens.
    expect(faceRuns(".تقرير", ["serif", "arabic"], covers)).toEqual([{ text: ".تقرير", face: "arabic" }]);
    expect(faceRuns("(Forum", ["serif", "arabic"], covers)).toEqual([{ text: "(Forum", face: "serif" }]);
    // A character no face has stays in the first.
    expect(faceRuns("\u{1F600}", ["serif", "chinese"], () => false)).toEqual([{ text: "\u{1F600}", face: "serif" }]);
  });

  it("sets Latin and Cyrillic in Tinos, Arabic in Amiri, Chinese in Noto Serif SC, bold kept, italic kept where the script has it", () => {
    const { measure } = measurer();
    const faces = (text: string, style: { bold?: boolean; italic?: boolean } = {}) =>
      toWords([plainRun(text, style)], base, measure).flatMap((word) => word.pieces.map((piece) => `${piece.style.face}:${piece.text}`));
    expect(faces("Forum Форум Foro")).toEqual(["serif:Forum", "serif:Форум", "serif:Foro"]);
    expect(faces("منتدى، حوكمة")).toEqual(["arabic:منتدى،", "arabic:حوكمة"]);
    expect(faces("互联网治理论坛")).toEqual(["chinese:互", "chinese:联", "chinese:网", "chinese:治", "chinese:理", "chinese:论", "chinese:坛"]);
    expect(faces("منتدى 论坛", { bold: true })).toEqual(["arabicBold:منتدى", "chineseBold:论", "chineseBold:坛"]);
    expect(faces("Forum منتدى 论", { italic: true })).toEqual(["serifItalic:Forum", "arabicItalic:منتدى", "chinese:论"]);
  });
});

describe("Arabic", () => {
  it("is shaped: fontkit joins the letters (initial, medial, final forms; lam-alef) in the embedded face", () => {
    const { doc } = measurer();
    type Glyph = { id: number; codePoints: number[] };
    const font = (doc.font("arabic") as unknown as { _font: { font: { layout(text: string): { glyphs: Glyph[]; features: Record<string, boolean> } } } })._font.font;
    const letters = (text: string) => font.layout(text).glyphs.filter((glyph) => glyph.codePoints.length > 0);
    for (const word of ["تقرير", "حكمة", "لا"]) {
      expect(font.layout(word).features).toMatchObject({ init: true, medi: true, fina: true, rlig: true });
      const joined = letters(word);
      // Drawn right to left: the last letter first. Each glyph keeps the letter it came from, which the PDF's
      // ToUnicode map gives back.
      expect(joined.map((glyph) => String.fromCodePoint(...glyph.codePoints)).reverse().join("")).toBe(word);
      // Every letter takes another glyph than it has alone: its joined form.
      for (const glyph of joined) expect(glyph.id, word).not.toBe(letters(String.fromCodePoint(...glyph.codePoints))[0]!.id);
    }
    // No glyph stands for two letters: a font that draws ت and ي from one dotless body and adds the dots as glyphs
    // of their own (as Noto Naskh Arabic does) gives the wrong letters back, since a glyph has one ToUnicode entry.
    const lettersOf = new Map<number, Set<string>>();
    for (let code = 0x621; code <= 0x64a; code++) {
      if (code >= 0x63b && code <= 0x640) continue; // not letters of Arabic itself (and the tatweel)
      const letter = String.fromCodePoint(code);
      for (const context of [letter, `${letter}ب`, `ب${letter}ب`, `ب${letter}`]) {
        for (const glyph of letters(context)) if (glyph.codePoints[0] === code) lettersOf.set(glyph.id, (lettersOf.get(glyph.id) ?? new Set()).add(letter));
      }
    }
    expect([...lettersOf.values()].filter((set) => set.size > 1).map((set) => [...set].join(""))).toEqual([]);
  });

  it("an Arabic paragraph runs right to left, its number and Latin word left to right in place", () => {
    const text = "في عام 2030 ستراجع UNESCO التقرير.";
    const { direction, spans: [line] } = layout(text, 1000);
    expect(direction).toBe("rtl");
    // Left to right on the page: the last words first.
    expect(line!.map((span) => span.text)).toEqual(["التقرير.", "UNESCO", "ستراجع", "2030", "عام", "في"]);
    expect(line!.map((span) => span.level)).toEqual([1, 2, 1, 2, 1, 1]);
    for (let i = 1; i < line!.length; i++) expect(line![i]!.x).toBeGreaterThan(line![i - 1]!.x + line![i - 1]!.width - 0.01);
  });

  it("an English paragraph with an Arabic phrase keeps its order, the phrase reversed as a whole", () => {
    const { direction, spans: [line] } = layout("The word منتدى الحوكمة means forum.", 1000);
    expect(direction).toBe("ltr");
    expect(line!.map((span) => span.text)).toEqual(["The word", "الحوكمة", "منتدى", "means forum."]);
  });

  it("a line of Latin text is laid out as before: one span per style, words in order", () => {
    const { spans: lines } = layout("Le Forum sur la gouvernance de l’Internet se réunit à Genève.", 1000);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.map((span) => [span.text, span.x, span.level])).toEqual([["Le Forum sur la gouvernance de l’Internet se réunit à Genève.", 0, 0]]);
  });
});

describe("Chinese", () => {
  const paragraph = "互联网治理论坛是联合国秘书长召集的多利益攸关方对话平台，讨论与互联网有关的公共政策问题。论坛每年举行一次会议，汇集各国政府、私营部门、民间社会和技术界的代表。";

  it("breaks between characters, never past the width, never before a closing mark nor after an opening one", () => {
    const width = 150;
    const { lines, measure } = layout(paragraph + "“引号”和（括号）。", width);
    expect(lines.length).toBeGreaterThan(4);
    for (const line of lines) {
      expect(line.width).toBeLessThanOrEqual(width + 0.01);
      const text = line.words.flatMap((word) => word.pieces.map((piece) => piece.text)).join("");
      expect(text).not.toMatch(/^[，。、）”]/);
      expect(text).not.toMatch(/[“（]$/);
      expect(line.words.reduce((sum, word, i) => sum + word.width + (i < line.words.length - 1 ? word.space : 0), 0)).toBeCloseTo(line.width, 5);
    }
    expect(lines.map((line) => line.words.flatMap((word) => word.pieces.map((piece) => piece.text)).join("")).join("")).toBe(paragraph + "“引号”和（括号）。");
    expect(measure.width("互", { face: "chinese", size: 12, color: "" })).toBeCloseTo(12, 1);
  });

  it("a line is drawn as one span of text; justified, with the extra space between its characters", () => {
    const { spans: lines } = layout("互联网治理论坛", 1000);
    expect(lines[0]!.map((span) => [span.text, span.characterSpacing])).toEqual([["互联网治理论坛", 0]]);
    const { lines: wrapped } = layout(paragraph, 150);
    const justified = spans(wrapped[0]!, 150);
    expect(justified).toHaveLength(1);
    expect(justified[0]!.characterSpacing).toBeGreaterThan(0);
    expect(justified[0]!.width).toBeCloseTo(150, 5);
    // A word of more than one character ("，" never starts a line, so "题，" is one) ends the character spacing.
    const mixed = spans({ ...layout("问题，讨论", 1000).lines[0]!, justify: true }, 100);
    expect(mixed.map((span) => span.text)).toEqual(["问", "题，", "讨论"]);
    expect(mixed.at(-1)!.x + mixed.at(-1)!.width).toBeCloseTo(100, 5);
  });

  it("allows breaks only where Chinese or Japanese text is on one side", () => {
    expect(breaksBetween("互", "联")).toBe(true);
    expect(breaksBetween("a", "互")).toBe(true);
    expect(breaksBetween("互", "，")).toBe(false);
    expect(breaksBetween("（", "互")).toBe(false);
    expect(breaksBetween("a", "b")).toBe(false);
    expect(breaksBetween("ب", "ت")).toBe(false);
  });
});

describe("lines in visual order", () => {
  const WORDS = ["Forum", "Internet", "Форум", "منتدى", "الحوكمة", "للأمم", "2030", "70/125", "(WSIS)", "«débat»", "互联网", "治理。", "،", "?!", "UN-IGF"];
  const sorted = (text: string) => Array.from(text.replace(/\s+/g, "")).sort().join("");

  it("draws every character of each line once, its spans left to right without overlap", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 30 }), fc.integer({ min: 80, max: 400 }), (words, width) => {
        const text = words.join(" ");
        const { lines, spans: drawn } = layout(text, width);
        lines.forEach((line, index) => {
          const typed = line.words.map((word) => word.pieces.map((piece) => piece.text).join("")).join(" ");
          const spans = drawn[index]!;
          expect(sorted(spans.map((span) => span.text).join(""))).toBe(sorted(typed));
          for (let i = 1; i < spans.length; i++) expect(spans[i]!.x).toBeGreaterThanOrEqual(spans[i - 1]!.x + spans[i - 1]!.width - 0.01);
        });
        // Nothing lost or added across the paragraph.
        expect(sorted(drawn.flat().map((span) => span.text).join(""))).toBe(sorted(text));
      }),
      { numRuns: 150 },
    );
  });

  it("leaves a left-to-right paragraph in typed order", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("Forum", "Форум", "débat", "2030", "(IGF)", "año"), { minLength: 1, maxLength: 20 }), (words) => {
        const text = words.join(" ");
        const { direction, spans: drawn } = layout(text, 10_000);
        expect(direction).toBe("ltr");
        expect(drawn).toHaveLength(1);
        expect(drawn[0]!.map((span) => span.text).join(" ")).toBe(text);
        expect(drawn[0]!.every((span) => span.level === 0)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
