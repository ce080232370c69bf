import { FALLBACKS, type FontFace } from "./fonts";
import { NOTE_SEPARATOR, type InlineRun } from "./inline";
import { paragraphLevels, type Direction } from "./pdfBidi";
import { breaksBetween, faceRuns } from "./pdfScripts";

// Line layout for the PDF: words measured once (pdfkit caches glyph layouts per string), broken greedily into
// lines, justified by spreading the spaces. Laying out before drawing is what lets the PDF keep headings with
// their text, avoid lone lines at page ends, and size table rows before it draws them. Each piece of a word is in
// one face (the first of its style's fallbacks with the glyphs) and at one bidi level; lines break in logical
// order, between words or between Chinese characters, and are drawn in visual order.

export interface TextStyle {
  face: FontFace;
  size: number;
  color: string;
  underline?: boolean;
  strike?: boolean;
  link?: string | null;
  /** How far the baseline is raised (a footnote reference), in points. */
  rise?: number;
  /** A named destination in this PDF that the text links to (a footnote reference to its note). */
  goTo?: string | null;
}

/** A footnote reference: smaller and raised, sized from the text around it so it fits the line's height. */
export const SUPERSCRIPT = { scale: 0.62, rise: 0.36 } as const;

/** The named destination of footnote `number`, where its note is printed. */
export const noteDestination = (number: number): string => `note-${number}`;

export interface Piece {
  text: string;
  style: TextStyle;
  width: number;
  /** Bidi embedding level: odd is right to left (see pdfBidi.ts). 0 unless `setLevels` found right-to-left text. */
  level?: number;
}

export interface Word {
  pieces: Piece[];
  width: number;
  /** The width of a space after this word, in its style (0 when `joined`). */
  space: number;
  /** A forced line break follows (Shift+Enter). */
  breakAfter: boolean;
  /** The next word follows with no space between: a line may break there (between two Chinese characters). */
  joined?: boolean;
  /** Bidi level of the space after this word. */
  gapLevel?: number;
}

export interface Line {
  words: Word[];
  width: number;
  /** Justify this line (not the last line of a paragraph, nor one ended by a forced break). */
  justify: boolean;
}

export interface Measurer {
  width(text: string, style: TextStyle): number;
  /** Whether the face has a glyph for the code point. */
  covers(face: FontFace, codePoint: number): boolean;
}

export interface BaseStyle {
  size: number;
  color: string;
  bold?: boolean;
  italic?: boolean;
  linkColor?: string;
}

function faceOf(bold: boolean, italic: boolean, code: boolean): FontFace {
  if (code) return "mono";
  if (bold && italic) return "serifBoldItalic";
  if (bold) return "serifBold";
  return italic ? "serifItalic" : "serif";
}

/**
 * Turns inline runs into styled words. Spaces separate words; styles may change inside a word ("bold," + "x"); a
 * word ends without a space where a line may break between Chinese characters.
 */
export function toWords(runs: readonly InlineRun[], base: BaseStyle, measure: Measurer): Word[] {
  const words: Word[] = [];
  let current: Word | null = null;
  /** The last character of the current word, to find where Chinese may break. */
  let last: string | null = null;
  const finish = (joined = false) => {
    if (current && current.pieces.length > 0) {
      if (joined) Object.assign(current, { joined: true, space: 0 });
      words.push(current);
    }
    current = null;
    last = null;
  };
  const covers = (face: FontFace, codePoint: number) => measure.covers(face, codePoint);
  const push = (word: Word, text: string, style: TextStyle) => {
    for (const run of faceRuns(text, FALLBACKS[style.face], covers)) {
      const pieceStyle = run.face === style.face ? style : { ...style, face: run.face };
      const width = measure.width(run.text, pieceStyle);
      word.pieces.push({ text: run.text, style: pieceStyle, width });
      word.width += width;
    }
  };
  let previous: InlineRun | undefined;
  for (const run of runs) {
    const follows = previous?.note != null;
    previous = run;
    if (run.lineBreak) {
      if (current) (current as Word).breakAfter = true;
      else if (words.length > 0) words.at(-1)!.breakAfter = true;
      finish();
      continue;
    }
    if (run.note !== null) {
      // Written right after a word, the reference is part of it ("policy.¹") and never starts a line; the word
      // keeps its own space, not the width of a space in the reference's small size.
      const style: TextStyle = {
        face: faceOf(!!base.bold, !!base.italic, false),
        size: base.size * SUPERSCRIPT.scale,
        color: base.color,
        rise: base.size * SUPERSCRIPT.rise,
        goTo: noteDestination(run.note),
      };
      const word: Word = current ?? { pieces: [], width: 0, space: measure.width(" ", { ...style, size: base.size }), breakAfter: false };
      current = word;
      if (follows) push(word, NOTE_SEPARATOR, { ...style, goTo: null });
      push(word, String(run.note), style);
      continue;
    }
    const style: TextStyle = {
      face: faceOf(run.bold || !!base.bold, run.italic !== !!base.italic, run.code),
      size: run.code ? base.size * 0.88 : base.size,
      color: run.href ? (base.linkColor ?? "#1F4E99") : base.color,
      underline: run.underline || !!run.href,
      strike: run.strike,
      link: run.href,
    };
    const space = measure.width(" ", style);
    for (const part of run.text.split(/(\s+)/)) {
      if (part.length === 0) continue;
      if (/^\s+$/.test(part)) {
        finish();
        continue;
      }
      let chunk = "";
      for (const char of part) {
        if (last !== null && breaksBetween(last, char)) {
          if (chunk) push((current ??= { pieces: [], width: 0, space, breakAfter: false }), chunk, style);
          chunk = "";
          finish(true);
        }
        chunk += char;
        last = char;
      }
      const word: Word = (current ??= { pieces: [], width: 0, space, breakAfter: false });
      push(word, chunk, style);
      word.space = space;
    }
  }
  finish();
  return words;
}

/**
 * Resolves the paragraph's bidi levels over its words, and cuts pieces where the level changes (a number inside
 * Arabic; "2030." whose full stop belongs to the Arabic around it). `direction`: the paragraph's own, if it has
 * one; `fallback`, the direction of a paragraph without letters. Returns the paragraph's direction.
 */
export function setLevels(words: Word[], measure: Measurer, direction?: Direction, fallback?: Direction): Direction {
  let text = "";
  words.forEach((word, index) => {
    for (const piece of word.pieces) text += piece.text;
    if (index < words.length - 1 && !word.joined) text += " ";
  });
  const resolved = paragraphLevels(text, direction, fallback);
  const levels = resolved.levels;
  if (!levels) return resolved.direction;
  let at = 0;
  for (const word of words) {
    const pieces: Piece[] = [];
    for (const piece of word.pieces) {
      let start = 0;
      for (let end = 1; end <= piece.text.length; end++) {
        if (end < piece.text.length && levels[at + end] === levels[at + start]) continue;
        const whole = start === 0 && end === piece.text.length;
        const part = whole ? piece.text : piece.text.slice(start, end);
        pieces.push({ text: part, style: piece.style, width: whole ? piece.width : measure.width(part, piece.style), level: levels[at + start]! });
        start = end;
      }
      at += piece.text.length;
    }
    word.pieces = pieces;
    word.width = pieces.reduce((sum, piece) => sum + piece.width, 0);
    // A space takes its own level; between two Chinese characters, with none, the lower of its neighbours'.
    word.gapLevel = word.joined ? Math.min(levels[at - 1] ?? 0, levels[at] ?? 0) : (levels[at] ?? 0);
    if (!word.joined) at += 1;
  }
  return resolved.direction;
}

/** Breaks words into lines no wider than `width`; a word wider than a line is cut between characters. */
export function breakLines(words: readonly Word[], width: number, measure: Measurer): Line[] {
  const lines: Line[] = [];
  let line: Line = { words: [], width: 0, justify: true };
  const push = (justify: boolean) => {
    line.justify = justify;
    lines.push(line);
    line = { words: [], width: 0, justify: true };
  };
  for (const original of words) {
    for (const word of original.width > width ? splitWord(original, width, measure) : [original]) {
      const previous = line.words.at(-1);
      const needed = previous ? line.width + previous.space + word.width : word.width;
      if (previous && needed > width + 0.01) push(true);
      line.width = line.words.length > 0 ? line.width + line.words.at(-1)!.space + word.width : word.width;
      line.words.push(word);
      if (word.breakAfter) push(false);
    }
  }
  if (line.words.length > 0) push(false);
  return lines;
}

function splitWord(word: Word, width: number, measure: Measurer): Word[] {
  const parts: Word[] = [];
  let current: Word = { pieces: [], width: 0, space: word.space, breakAfter: false };
  for (const piece of word.pieces) {
    let text = "";
    for (const char of piece.text) {
      const w = measure.width(text + char, piece.style);
      if (current.width + w > width && (text.length > 0 || current.pieces.length > 0)) {
        if (text) current.pieces.push({ text, style: piece.style, width: measure.width(text, piece.style), level: piece.level });
        current.width = current.pieces.reduce((sum, p) => sum + p.width, 0);
        parts.push(current);
        current = { pieces: [], width: 0, space: word.space, breakAfter: false };
        text = char;
      } else {
        text += char;
      }
    }
    if (text) {
      const w = measure.width(text, piece.style);
      current.pieces.push({ text, style: piece.style, width: w, level: piece.level });
      current.width += w;
    }
  }
  current.breakAfter = word.breakAfter;
  parts.push(current);
  return parts;
}
