import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

// The PDF embeds its fonts, so it looks the same on every machine and needs none installed (a bare server has
// none), and only the glyphs a paper uses (pdfkit subsets each face). Tinos and Cousine have the metrics of Times
// New Roman and Courier New, which the Word export names: both exports set the same text alike. They cover Latin
// with accents, Greek, Hebrew, Cyrillic and typographic punctuation (’ “ ” – — • …). Arabic is set in Amiri (a
// Naskh, the book hand of Arabic print, beside a Times-like Latin; each letter's joined forms are glyphs of their
// own, so the PDF's ToUnicode map gives every glyph back as its letter) and Chinese in Noto Serif SC (Simplified
// Chinese Song/Ming, the serif of Chinese print). All are under the SIL Open Font License 1.1, licence files in
// their npm packages.

export type FontFace =
  | "serif"
  | "serifBold"
  | "serifItalic"
  | "serifBoldItalic"
  | "mono"
  | "arabic"
  | "arabicBold"
  | "arabicItalic"
  | "arabicBoldItalic"
  | "chinese"
  | "chineseBold";

const FILES: Record<FontFace, string> = {
  serif: "@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf",
  serifBold: "@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf",
  serifItalic: "@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf",
  serifBoldItalic: "@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf",
  mono: "@expo-google-fonts/cousine/400Regular/Cousine_400Regular.ttf",
  arabic: "@expo-google-fonts/amiri/400Regular/Amiri_400Regular.ttf",
  arabicBold: "@expo-google-fonts/amiri/700Bold/Amiri_700Bold.ttf",
  arabicItalic: "@expo-google-fonts/amiri/400Regular_Italic/Amiri_400Regular_Italic.ttf",
  arabicBoldItalic: "@expo-google-fonts/amiri/700Bold_Italic/Amiri_700Bold_Italic.ttf",
  chinese: "@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf",
  chineseBold: "@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf",
};

/**
 * The faces tried in turn for a character, by the face its style asks for: the first that has a glyph for it sets
 * it. Bold and italic stay so in Arabic (Amiri has a slanted italic); Chinese has no italics in print, so italic
 * Chinese is set upright, as word processors do.
 */
export const FALLBACKS: Record<FontFace, readonly FontFace[]> = {
  serif: ["serif", "arabic", "chinese"],
  serifBold: ["serifBold", "arabicBold", "chineseBold"],
  serifItalic: ["serifItalic", "arabicItalic", "chinese"],
  serifBoldItalic: ["serifBoldItalic", "arabicBoldItalic", "chineseBold"],
  mono: ["mono", "serif", "arabic", "chinese"],
  arabic: ["arabic", "serif", "chinese"],
  arabicBold: ["arabicBold", "serifBold", "chineseBold"],
  arabicItalic: ["arabicItalic", "serifItalic", "chinese"],
  arabicBoldItalic: ["arabicBoldItalic", "serifBoldItalic", "chineseBold"],
  chinese: ["chinese", "serif", "arabic"],
  chineseBold: ["chineseBold", "serifBold", "arabicBold"],
};

/**
 * Reads the font files once per process on first use: they never change while it runs. (The two Chinese faces are
 * 15 MB each; pdfkit parses a face only when a paper uses it, and embeds only the glyphs drawn.)
 */
export function createFontFiles(): () => Record<FontFace, Buffer> {
  let files: Record<FontFace, Buffer> | null = null;
  return () => {
    if (!files) {
      const require = createRequire(import.meta.url);
      files = Object.fromEntries(Object.entries(FILES).map(([face, path]) => [face, readFileSync(require.resolve(path))])) as Record<FontFace, Buffer>;
    }
    return files;
  };
}

export const fontFiles = createFontFiles();

/** The part of a fontkit font that this code and pdfkit use (fontkit ships no types). */
export interface FontkitFont {
  unitsPerEm: number;
  capHeight: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
  layout(text: string): { glyphs: { id: number; codePoints: number[]; path: { toSVG(): string } }[]; positions: { xAdvance: number }[] };
}

/**
 * The faces parsed by fontkit once per process, for pdfkit to embed in every PDF. fontkit reads a font's tables as
 * they are first needed and keeps them; parsing them again for each export (as pdfkit does given the file's bytes)
 * cost more than laying out the text of a paper in Chinese (the 15 MB faces' glyph index, widths and character map).
 * Rendering is one export at a time on the export worker, and pdfkit keeps each PDF's subset and layouts apart.
 */
export function createFonts(files: () => Record<FontFace, Buffer>): () => Record<FontFace, FontkitFont> {
  let fonts: Record<FontFace, FontkitFont> | null = null;
  return () => {
    if (!fonts) {
      const fontkit = createRequire(import.meta.url)("fontkit") as { create(buffer: Buffer): FontkitFont };
      fonts = Object.fromEntries(Object.entries(files()).map(([face, buffer]) => [face, fontkit.create(buffer)])) as Record<FontFace, FontkitFont>;
    }
    return fonts;
  };
}

export const fonts = createFonts(fontFiles);
