import bidiFactory from "bidi-js";

// Right-to-left text in the PDF, after the Unicode Bidirectional Algorithm (UAX #9). bidi-js resolves each
// paragraph's embedding levels (its direction from the first strong character, rules P2/P3, unless one is given;
// numbers and Latin words inside Arabic; brackets); the line layout breaks lines in logical order and then puts
// each line's pieces in visual order by rule L2 (`visualOrder`). Within a piece, fontkit lays out Arabic right to
// left and joins its letters itself, so a piece is handed to pdfkit in logical order (`drawnText`).

export type Direction = "ltr" | "rtl";

type Bidi = ReturnType<typeof bidiFactory>;
/** bidi-js builds its character tables when asked: once per process, and only for a paper with right-to-left text. */
const bidi: () => Bidi = (() => {
  let instance: Bidi | null = null;
  return () => (instance ??= bidiFactory());
})();

/**
 * Characters that can make text right to left: Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms,
 * the historic right-to-left scripts, and the explicit marks, embeddings and isolates. Text with none of them is
 * left to right at level 0 throughout, and skips the algorithm.
 */
const MAY_BE_RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u200F\u202B\u202E\u2067\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/** Scripts that fontkit lays out right to left by itself (it reverses a run whose first script is one of them). */
const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/**
 * The paragraph's direction and each UTF-16 unit's embedding level (even: left to right, odd: right to left).
 * `direction` is the paragraph's own when it has one (a `dir` on the block); otherwise its first strong character
 * decides (rules P2/P3), and `fallback` (the table's or section's direction) for a paragraph with none. `levels`
 * is null when every level is 0.
 */
export function paragraphLevels(text: string, direction?: Direction, fallback: Direction = "ltr"): { direction: Direction; levels: Uint8Array | null } {
  if (direction !== "rtl" && fallback === "ltr" && !MAY_BE_RTL.test(text)) return { direction: "ltr", levels: null };
  const base = direction ?? firstStrong(text) ?? fallback;
  if (base === "ltr" && !MAY_BE_RTL.test(text)) return { direction: "ltr", levels: null };
  const resolved = bidi().getEmbeddingLevels(text, base);
  const levels = resolved.levels.some((level) => level !== 0) ? resolved.levels : null;
  return { direction: base, levels };
}

/** Rule P2: the direction of the first letter (L, R or AL) outside isolates, if any. */
function firstStrong(text: string): Direction | null {
  let isolates = 0;
  for (const char of text) {
    const type = bidi().getBidiCharTypeName(char);
    if (type === "LRI" || type === "RLI" || type === "FSI") isolates++;
    else if (type === "PDI") isolates = Math.max(0, isolates - 1);
    else if (isolates === 0 && type === "L") return "ltr";
    else if (isolates === 0 && (type === "R" || type === "AL")) return "rtl";
  }
  return null;
}

/**
 * Rule L2: from the highest level on the line down to the lowest odd one, reverse every run of items at that level
 * or higher. Returns the items' logical indices in visual order, left to right. (Rule L1, whitespace at the end of
 * a line back to the paragraph's level, needs nothing here: the layout never draws a line's trailing space.)
 */
export function visualOrder(levels: readonly number[]): number[] {
  const order = levels.map((_level, index) => index);
  let highest = 0;
  let lowestOdd = Infinity;
  for (const level of levels) {
    highest = Math.max(highest, level);
    if (level % 2 === 1) lowestOdd = Math.min(lowestOdd, level);
  }
  for (let level = highest; level >= lowestOdd; level--) {
    for (let start = 0; start < order.length; ) {
      if (levels[order[start]!]! < level) {
        start++;
        continue;
      }
      let end = start;
      while (end < order.length && levels[order[end]!]! >= level) end++;
      order.splice(start, end - start, ...order.slice(start, end).reverse());
      start = end;
    }
  }
  return order;
}

/**
 * The text to hand pdfkit for a piece at this level. Right to left, brackets and other mirrored characters take
 * their mirror image (rule L4: "(" opening to the left); fontkit reverses a run in Arabic script itself, and a run
 * of only neutral characters ("?!", "...") is reversed here.
 */
export function drawnText(text: string, level: number): string {
  if (level % 2 === 0) return text;
  const chars = Array.from(text, (char) => bidi().getMirroredCharacter(char) ?? char);
  return (RTL_SCRIPT.test(text) ? chars : chars.reverse()).join("");
}

/** Short text without letters to shape (a paragraph number "12."), in visual order for a paragraph of this direction. */
export function visualString(text: string, direction: Direction): string {
  if (direction === "ltr" && !MAY_BE_RTL.test(text)) return text;
  const b = bidi();
  return b.getReorderedString(text, b.getEmbeddingLevels(text, direction));
}
