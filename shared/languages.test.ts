import { describe, expect, it } from "vitest";
import { directionOf, firstStrongDirection, hasRtlLetters, sectionLanguage } from "./languages";

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
});
