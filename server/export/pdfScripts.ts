import type { FontFace } from "./fonts";

// Two things the six UN scripts need of the PDF's line layout besides bidi (pdfBidi.ts): a face per character
// (no one font has Latin, Cyrillic, Arabic and Chinese in the styles the paper uses), and places to break a line
// in Chinese, which has no spaces between words.

/** Characters of no script of their own: spaces, punctuation, digits, symbols, and combining marks. */
const NO_SCRIPT = /[\p{Script=Common}\p{Script=Inherited}]/u;

/**
 * Splits text into runs, each set in the first face of `faces` that has a glyph for its characters. A character
 * of no script of its own (a comma, a digit, a vowel mark) stays in the face of the character before it when that
 * face has it: a word is not cut into two fonts by its comma, and Arabic keeps its own punctuation and marks.
 * A character no face has is set in the first (it prints as the font's missing-glyph box).
 */
export function faceRuns(text: string, faces: readonly FontFace[], covers: (face: FontFace, codePoint: number) => boolean): { text: string; face: FontFace }[] {
  const runs: { text: string; face: FontFace }[] = [];
  let current: { text: string; face: FontFace } | undefined;
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    // The first face keeps every character it has (what `find` would give); another keeps only the scriptless.
    if (current && covers(current.face, codePoint) && (current.face === faces[0] || NO_SCRIPT.test(char))) {
      current.text += char;
      continue;
    }
    const face = (!current && leadingFace(text, faces, covers, codePoint)) || (faces.find((candidate) => covers(candidate, codePoint)) ?? faces[0]!);
    if (!current || current.face !== face) {
      current = { text: "", face };
      runs.push(current);
    }
    current.text += char;
  }
  return runs;
}

/** Scriptless characters that open a text ("(" or "«" before Arabic) take the face of its first letter, if it has them. */
function leadingFace(text: string, faces: readonly FontFace[], covers: (face: FontFace, codePoint: number) => boolean, codePoint: number): FontFace | null {
  for (const char of text) {
    if (NO_SCRIPT.test(char)) continue;
    const letter = char.codePointAt(0)!;
    const face = faces.find((candidate) => covers(candidate, letter));
    return face && covers(face, codePoint) ? face : null;
  }
  return null;
}

/** Chinese and Japanese characters, the CJK punctuation and the full-width forms: a line may break on either side. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\u3000-\u303F\uFF00-\uFFEF]/u;

/**
 * The simplest form of the rule Chinese and Japanese typesetting share (GB/T 15834, JIS X 4051 "kinsoku"): closing
 * punctuation never starts a line, and opening brackets and quotes never end one.
 */
const NEVER_STARTS = /[)\]}、。，．：；？！％‰’”〉》」』】〕〗〙〞）］｝｠・ー々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ,.:;?!…‥]/u;
const NEVER_ENDS = /[(\[{‘“〈《「『【〔〖〘〝（［｛｟]/u;

/** Whether a line may break between these two characters when no space stands between them. */
export function breaksBetween(before: string, after: string): boolean {
  if (!CJK.test(before) && !CJK.test(after)) return false;
  return !NEVER_STARTS.test(after) && !NEVER_ENDS.test(before);
}
