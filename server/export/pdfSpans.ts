import { visualOrder } from "./pdfBidi";
import type { Line, Piece, TextStyle } from "./pdfText";

// A laid-out line turned into what pdfkit draws: its pieces in visual order, grouped into spans.

/** A run of text drawn in one call: its text in logical order, `x` from the line's start, at one bidi level. */
export interface Span {
  text: string;
  style: TextStyle;
  x: number;
  width: number;
  wordSpacing: number;
  /** Extra space after every character: a justified line of Chinese, one character to a word, drawn in one call. */
  characterSpacing: number;
  level: number;
}

type LineItem = { piece: Piece; level: number } | { gap: number; space: boolean; level: number };

/**
 * Puts a line's pieces in visual order, left to right, with the x where each starts, and groups them into drawable
 * spans: consecutive pieces of one left-to-right run in one style (a space between them drawn with word spacing
 * for justification). A right-to-left piece is a span of its own: pdfkit lays a string out word by word in
 * logical order, so only a single word comes out right to left.
 */
export function spans(line: Line, width: number): Span[] {
  const gaps = line.words.length - 1;
  const extra = line.justify && gaps > 0 ? Math.max(0, (width - line.width) / gaps) : 0;
  const items: LineItem[] = [];
  line.words.forEach((word, index) => {
    for (const piece of word.pieces) items.push({ piece, level: piece.level ?? 0 });
    if (index < gaps) items.push({ gap: word.space + extra, space: !word.joined, level: word.gapLevel ?? 0 });
  });
  const out: Span[] = [];
  let x = 0;
  let lastPiece = -2;
  let lastItem = -2;
  for (const index of visualOrder(items.map((item) => item.level))) {
    const item = items[index]!;
    if ("gap" in item) {
      x += item.gap;
      lastItem = index;
      continue;
    }
    const { piece, level } = item;
    const last = out.at(-1);
    // What joins this piece to the span before: nothing (the same word), a space, or no space (Chinese).
    const gap = lastPiece === index - 2 ? items[index - 1] : undefined;
    const joiner = lastPiece === index - 1 ? "" : gap && "gap" in gap ? (gap.space ? " " : extra === 0 ? "" : null) : null;
    const follows = last !== undefined && lastItem === index - 1 && level % 2 === 0 && last.level === level && sameStyle(last.style, piece.style);
    // Chinese justified: the extra space between characters as character spacing, while every word is one character.
    const spaced = follows && joiner === null && gap !== undefined && extra > 0 && single(piece.text) && (last.characterSpacing > 0 || single(last.text));
    if (follows && joiner !== null && last.characterSpacing === 0) {
      last.text += joiner + piece.text;
      last.width = x + piece.width - last.x;
    } else if (spaced) {
      Object.assign(last, { text: last.text + piece.text, width: x + piece.width - last.x, characterSpacing: extra, wordSpacing: 0 });
    } else {
      out.push({ text: piece.text, style: piece.style, x, width: piece.width, wordSpacing: level % 2 === 0 ? extra : 0, characterSpacing: 0, level });
    }
    x += piece.width;
    lastPiece = index;
    lastItem = index;
  }
  return out;
}

const single = (text: string): boolean => text.length === 1 || (text.length === 2 && text.codePointAt(0)! > 0xffff);

const sameStyle = (a: TextStyle, b: TextStyle) =>
  a.face === b.face &&
  a.size === b.size &&
  a.color === b.color &&
  !!a.underline === !!b.underline &&
  !!a.strike === !!b.strike &&
  (a.link ?? null) === (b.link ?? null) &&
  (a.rise ?? 0) === (b.rise ?? 0) &&
  (a.goTo ?? null) === (b.goTo ?? null);
