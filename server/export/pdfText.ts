import type { FontFace } from "./fonts";
import { NOTE_SEPARATOR, type InlineRun } from "./inline";

// Line layout for the PDF: words measured once (pdfkit caches glyph layouts per string), broken greedily into
// lines, justified by spreading the spaces. Laying out before drawing is what lets the PDF keep headings with
// their text, avoid lone lines at page ends, and size table rows before it draws them.

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
}

interface Word {
  pieces: Piece[];
  width: number;
  /** The width of a space after this word, in its style. */
  space: number;
  /** A forced line break follows (Shift+Enter). */
  breakAfter: boolean;
}

export interface Line {
  words: Word[];
  width: number;
  /** Justify this line (not the last line of a paragraph, nor one ended by a forced break). */
  justify: boolean;
}

export interface Measurer {
  width(text: string, style: TextStyle): number;
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

/** Turns inline runs into styled words. Spaces separate words; styles may change inside a word ("bold," + "x"). */
export function toWords(runs: readonly InlineRun[], base: BaseStyle, measure: Measurer): Word[] {
  const words: Word[] = [];
  let current: Word | null = null;
  const finish = () => {
    if (current && current.pieces.length > 0) words.push(current);
    current = null;
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
      const push = (text: string, pieceStyle: TextStyle) => {
        const width = measure.width(text, pieceStyle);
        word.pieces.push({ text, style: pieceStyle, width });
        word.width += width;
      };
      if (follows) push(NOTE_SEPARATOR, { ...style, goTo: null });
      push(String(run.note), style);
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
      current ??= { pieces: [], width: 0, space, breakAfter: false };
      const width = measure.width(part, style);
      current.pieces.push({ text: part, style, width });
      current.width += width;
      current.space = space;
    }
  }
  finish();
  return words;
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
        if (text) current.pieces.push({ text, style: piece.style, width: measure.width(text, piece.style) });
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
      current.pieces.push({ text, style: piece.style, width: w });
      current.width += w;
    }
  }
  current.breakAfter = word.breakAfter;
  parts.push(current);
  return parts;
}

/** Groups a line's words into drawable spans: consecutive pieces in one style, with the x where each starts. */
export function spans(line: Line, width: number): { text: string; style: TextStyle; x: number; width: number; wordSpacing: number }[] {
  const gaps = line.words.length - 1;
  const extra = line.justify && gaps > 0 ? Math.max(0, (width - line.width) / gaps) : 0;
  const out: { text: string; style: TextStyle; x: number; width: number; wordSpacing: number }[] = [];
  let x = 0;
  line.words.forEach((word, index) => {
    word.pieces.forEach((piece, pieceIndex) => {
      const last = out.at(-1);
      // A space joins two words of the same style into one span (drawn with word spacing for justification).
      if (last && sameStyle(last.style, piece.style) && pieceIndex === 0 && index > 0 && extra === last.wordSpacing) {
        last.text += ` ${piece.text}`;
        last.width = x + piece.width - last.x;
      } else if (last && sameStyle(last.style, piece.style) && pieceIndex > 0) {
        last.text += piece.text;
        last.width += piece.width;
      } else {
        out.push({ text: piece.text, style: piece.style, x, width: piece.width, wordSpacing: extra });
      }
      x += piece.width;
    });
    x += word.space + extra;
  });
  return out;
}

const sameStyle = (a: TextStyle, b: TextStyle) =>
  a.face === b.face &&
  a.size === b.size &&
  a.color === b.color &&
  !!a.underline === !!b.underline &&
  !!a.strike === !!b.strike &&
  (a.link ?? null) === (b.link ?? null) &&
  (a.rise ?? 0) === (b.rise ?? 0) &&
  (a.goTo ?? null) === (b.goTo ?? null);
