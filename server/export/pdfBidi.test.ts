// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import bidiFactory from "bidi-js";
import { drawnText, paragraphLevels, visualOrder, visualString } from "./pdfBidi";

// The PDF's bidi: paragraph direction from the first strong character, and each line put in visual order by rule
// L2, held to bidi-js's own reordering of the same characters (an implementation of UAX #9 that passes the
// Unicode conformance tests).

/** Letters of both directions, digits of both kinds, and the punctuation that sits between them; no spaces (rule L1 moves those). */
const ALPHABET = ["a", "Z", "é", "Ж", "ب", "ي", "ت", "ש", "1", "9", "٣", "٤", ".", ",", "-", ":", "(", ")", "%", "/", "中"];

describe("bidi line reordering", () => {
  it("is a permutation of the line's items, whatever their levels", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 40 }), (levels) => {
        const order = visualOrder(levels);
        expect([...order].sort((a, b) => a - b)).toEqual(levels.map((_l, i) => i));
      }),
    );
  });

  it("leaves a left-to-right line as it is, and reverses a line all at one right-to-left level", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(0, 2, 4), { maxLength: 40 }), (levels) => {
        expect(visualOrder(levels)).toEqual(levels.map((_l, i) => i));
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.constantFrom(1, 3), (length, level) => {
        const levels = Array.from({ length }, () => level);
        expect(visualOrder(levels)).toEqual(levels.map((_l, i) => length - 1 - i));
      }),
    );
  });

  it("orders characters as bidi-js does, for mixed Arabic, Hebrew, Latin, digits and punctuation in either paragraph direction", () => {
    const bidi = bidiFactory();
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 30 }), fc.constantFrom("ltr", "rtl", undefined), (chars, direction) => {
        const text = chars.join("");
        const embedding = bidi.getEmbeddingLevels(text, direction ?? "auto");
        const ours = paragraphLevels(text, direction);
        expect(Array.from(ours.levels ?? new Uint8Array(text.length))).toEqual(Array.from(embedding.levels));
        expect(visualOrder(Array.from(embedding.levels))).toEqual(bidi.getReorderedIndices(text, embedding));
      }),
      { numRuns: 500 },
    );
  });

  it("takes a paragraph's direction from its first strong character (P2/P3), unless it has its own", () => {
    expect(paragraphLevels("Report of the Forum").direction).toBe("ltr");
    expect(paragraphLevels("Report of the Forum").levels).toBeNull();
    expect(paragraphLevels("تقرير المنتدى لعام 2030 (IGF)").direction).toBe("rtl");
    // Digits and punctuation are not strong: the first letter decides.
    expect(paragraphLevels("2030: تقرير المنتدى").direction).toBe("rtl");
    expect(paragraphLevels("2030: the Forum’s تقرير").direction).toBe("ltr");
    expect(paragraphLevels("...").direction).toBe("ltr");
    expect(paragraphLevels("Report", "rtl").direction).toBe("rtl");
    expect(paragraphLevels("تقرير", "ltr").direction).toBe("ltr");
    // Without a letter, the fallback (a table's or section's direction) decides; a letter still wins over it.
    expect(paragraphLevels("2030", undefined, "rtl").direction).toBe("rtl");
    expect(paragraphLevels("Forum 2030", undefined, "rtl").direction).toBe("ltr");
    expect(paragraphLevels("\u2067تقرير\u2069 Forum").direction).toBe("ltr");
  });

  it("hands pdfkit right-to-left pieces in logical order (fontkit reverses Arabic), mirrored; neutral-only pieces reversed here", () => {
    expect(drawnText("(تقرير)", 1)).toBe(")تقرير(");
    expect(drawnText("?!", 1)).toBe("!?");
    expect(drawnText("(2030)", 2)).toBe("(2030)");
    expect(drawnText("Forum", 0)).toBe("Forum");
    expect(visualString("12.", "rtl")).toBe(".12");
    expect(visualString("12.", "ltr")).toBe("12.");
  });
});
