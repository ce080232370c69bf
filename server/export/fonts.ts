import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

// The PDF embeds its fonts, so it looks the same on every machine and needs none installed (a bare server has
// none). Tinos and Cousine (SIL Open Font License 1.1, licence files in their npm packages) have the metrics of
// Times New Roman and Courier New, which the Word export names: both exports set the same text alike. They cover
// Latin with accents, Greek, Cyrillic and typographic punctuation (’ “ ” – — • …).

export type FontFace = "serif" | "serifBold" | "serifItalic" | "serifBoldItalic" | "mono";

const FILES: Record<FontFace, string> = {
  serif: "@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf",
  serifBold: "@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf",
  serifItalic: "@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf",
  serifBoldItalic: "@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf",
  mono: "@expo-google-fonts/cousine/400Regular/Cousine_400Regular.ttf",
};

/** Reads the font files once per process on first use: they never change while it runs. */
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
