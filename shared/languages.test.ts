import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { DOCUMENT_LANGUAGES, directionOf, firstStrongDirection, hasRtlLetters, languagePieces, sectionLanguage } from "./languages";

describe("languages and direction", () => {
  it("finds a text's direction by its first letter, as dir=auto does", () => {
    expect(firstStrongDirection("تؤكد المجموعة")).toBe("rtl");
    expect(firstStrongDirection("12. The Forum (المنتدى)")).toBe("ltr");
    expect(firstStrongDirection("« ٣ » المنتدى and more")).toBe("rtl");
    expect(firstStrongDirection("论坛")).toBe("ltr");
    expect(firstStrongDirection("Форум")).toBe("ltr");
    expect(firstStrongDirection("2026 — 12, (3)")).toBeNull();
    expect(firstStrongDirection("")).toBeNull();
  });

  it("knows Arabic letters, presentation forms included", () => {
    expect(hasRtlLetters("The Forum المنتدى")).toBe(true);
    expect(hasRtlLetters("\uFEF7")).toBe(true);
    expect(hasRtlLetters("The Forum, 2026")).toBe(false);
  });

  it("gives Arabic right to left, the rest left to right, and a section the document's language unless its own", () => {
    expect(directionOf("ar")).toBe("rtl");
    expect(["zh", "en", "fr", "ru", "es"].map((l) => directionOf(l as "en"))).toEqual(["ltr", "ltr", "ltr", "ltr", "ltr"]);
    expect(sectionLanguage("fr", null)).toBe("fr");
    expect(sectionLanguage("fr", undefined)).toBe("fr");
    expect(sectionLanguage("fr", "ar")).toBe("ar");
  });

  it("marks the passages whose script names another of the six languages", () => {
    expect(languagePieces("Le Forum (Форум) reste ouvert.", "fr")).toEqual([
      { text: "Le Forum (", language: null },
      { text: "Форум) ", language: "ru" },
      { text: "reste ouvert.", language: null },
    ]);
    expect(languagePieces("المنتدى: 互联网治理论坛 and IGF", "ar")).toEqual([
      { text: "المنتدى: ", language: null },
      { text: "互联网治理论坛 ", language: "zh" },
      // Latin letters in an Arabic section: English, French or Spanish, nothing says which.
      { text: "and IGF", language: null },
    ]);
    expect(languagePieces("« المنتدى » in English", "en")).toEqual([
      { text: "« المنتدى » ", language: "ar" },
      { text: "in English", language: null },
    ]);
    expect(languagePieces("2026, (3)", "en")).toEqual([{ text: "2026, (3)", language: null }]);
    expect(languagePieces("", "en")).toEqual([]);
  });

  it("cuts any text into pieces that give it back whole, never two alike side by side, each in one script", () => {
    const samples = ["a", "é", "Ж", "я", "ب", "ﻷ", "论", "文", " ", ",", "1", "«", "»", "\u200f", "😀", "ß"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...samples)), fc.constantFrom(...DOCUMENT_LANGUAGES), (chars, around) => {
        const text = chars.join("");
        const pieces = languagePieces(text, around);
        expect(pieces.map((piece) => piece.text).join("")).toBe(text);
        pieces.forEach((piece, index) => {
          expect(piece.text.length).toBeGreaterThan(0);
          if (index > 0) expect(piece.language).not.toBe(pieces[index - 1]!.language);
          expect(piece.language).not.toBe(around);
          const scripts = { ar: /\p{Script=Arabic}/u, zh: /\p{Script=Han}/u, ru: /\p{Script=Cyrillic}/u };
          for (const [language, script] of Object.entries(scripts)) {
            // A piece marked with a language has no letters of another marked script; unmarked text has none of a script that is not its section's.
            if (piece.language !== language && language !== around) expect(script.test(piece.text)).toBe(false);
          }
        });
      }),
    );
  });
});
