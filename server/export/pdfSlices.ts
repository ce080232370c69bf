import type PDFDocument from "pdfkit";
import type { FontFace } from "./fonts";
import { breakLines, setLevels, toWords, type BaseStyle, type Line, type Measurer, type TextStyle } from "./pdfText";
import { drawnText, visualString, type Direction } from "./pdfBidi";
import { spans, type Span } from "./pdfSpans";
import type { InlineRun } from "./inline";
import type { LinkTarget, Tag } from "./pdfTags";
import { languagePieces, type DocumentLanguage } from "../../shared/languages";

// The PDF is a stack of slices: one per line of text, one per table row, one per rule. The page writer places them
// top to bottom and breaks pages between slices only; `keepWithNext` chains slices that must share a page.

export interface Slice {
  height: number;
  /** Space above; dropped at the top of a page. */
  spaceBefore: number;
  /** This slice and the next go on the same page (headings with their text, a paragraph's first and last two lines). */
  keepWithNext?: boolean;
  /** Drawn first when a page break falls right before this slice (a table's header row). */
  repeat?: Slice;
  draw(doc: PDFKit.PDFDocument, x: number, y: number): void;
  /** Told where it landed: for bookmarks and link targets. */
  placed?(doc: PDFKit.PDFDocument, y: number): void;
}

export type Align = "left" | "center" | "right" | "justify";

/** Width measurement through pdfkit's own font layout, cached per face, size and string. */
export function createMeasurer(doc: InstanceType<typeof PDFDocument>): Measurer & { ascent(face: FontFace, size: number): number } {
  const cache = new Map<string, number>();
  const ascents = new Map<FontFace, number>();
  const coverage = new Map<FontFace, Map<number, boolean>>();
  return {
    width(text, style) {
      const key = `${style.face}\u0000${style.size}\u0000${text}`;
      let width = cache.get(key);
      if (width === undefined) {
        width = doc.font(style.face).fontSize(style.size).widthOfString(text);
        cache.set(key, width);
      }
      return width;
    },
    covers(face, codePoint) {
      let faceCoverage = coverage.get(face);
      if (!faceCoverage) coverage.set(face, (faceCoverage = new Map()));
      let covered = faceCoverage.get(codePoint);
      if (covered === undefined) {
        // pdfkit keeps the fontkit font it embeds; opening a face to ask does not embed it (only drawing does).
        covered = (doc.font(face) as unknown as { _font: { font: { hasGlyphForCodePoint(codePoint: number): boolean } } })._font.font.hasGlyphForCodePoint(codePoint);
        faceCoverage.set(codePoint, covered);
      }
      return covered;
    },
    ascent(face, size) {
      let ascent = ascents.get(face);
      if (ascent === undefined) {
        // pdfkit draws text from the top of the font's ascender; aligning baselines needs it.
        ascent = (doc.font(face) as unknown as { _font: { ascender: number } })._font.ascender / 1000;
        ascents.set(face, ascent);
      }
      return ascent * size;
    },
  };
}

export type PdfMeasurer = ReturnType<typeof createMeasurer>;

export interface TextOptions {
  base: BaseStyle;
  /** The structure element the text belongs to (pdfTags.ts). */
  tag: Tag;
  width: number;
  /** Offset of the text from the slice's x. */
  indent?: number;
  align?: Align;
  lineHeight?: number;
  spaceBefore?: number;
  /**
   * Drawn in front of the first line, at the slice's x plus `indent` (a paragraph number, a bullet); part of `tag`
   * (a paragraph's number) unless it has its own (a list item's label).
   */
  marker?: { text: string; style: TextStyle; indent: number; tag?: Tag };
  /** A vertical bar to the left of every line (block quotes), at this offset from the slice's x. */
  bar?: number;
  /** Background behind every line (code). */
  background?: string;
  keepTogether?: boolean;
  keepWithNext?: boolean;
  /** The paragraph's direction when it has its own (code is left to right); otherwise its first strong character decides. */
  direction?: Direction;
  /** The direction of a paragraph with no letter to decide it (a number alone in a table cell): its table's. */
  fallbackDirection?: Direction;
  /**
   * Right edge of the column the text sits in, from the slice's x (defaults to `indent + width`). A right-to-left
   * paragraph is laid out mirrored within it: aligned right, its number or bullet on the right, a quote's bar too.
   */
  frame?: number;
}

/** Lays out a paragraph of inline runs into line slices. */
export function textSlices(runs: readonly InlineRun[], options: TextOptions, measure: PdfMeasurer): Slice[] {
  const words = toWords(runs, options.base, measure);
  const direction = setLevels(words, measure, options.direction, options.fallbackDirection);
  const lines = breakLines(words, options.width, measure);
  if (lines.length === 0) lines.push({ words: [], width: 0, justify: false });
  const lineHeight = options.lineHeight ?? options.base.size * 1.25;
  const indent = options.indent ?? 0;
  const frame = options.frame ?? indent + options.width;
  /** Where something `width` wide at `offset` from the slice's x goes: mirrored within the frame, right to left. */
  const place = (offset: number, width: number) => (direction === "rtl" ? frame - offset - width : offset);
  return lines.map((line, index): Slice => {
    const last = index === lines.length - 1;
    const keep =
      options.keepTogether || (last ? !!options.keepWithNext : lines.length <= 3 || index === 0 || index === lines.length - 2);
    return {
      height: lineHeight,
      spaceBefore: index === 0 ? (options.spaceBefore ?? 0) : 0,
      keepWithNext: keep,
      draw(doc, x, y) {
        const { tag, marker, background, bar } = options;
        if (background || bar !== undefined) {
          tag.artifact(() => {
            if (background) doc.rect(x + place(indent - 4, options.width + 8), y, options.width + 8, lineHeight).fill(background);
            if (bar !== undefined) doc.rect(x + place(bar, 1.5), y - 1, 1.5, lineHeight + 2).fill("#9CA3AF");
          });
        }
        const baseline = y + lineHeight * 0.78;
        if (index === 0 && marker) {
          // "12." reads ".12" in a right-to-left paragraph, as in a word processor.
          const shown = visualString(marker.text, direction);
          const at = x + place(marker.indent, measure.width(shown, marker.style));
          (marker.tag ?? tag).content(() => drawText(doc, measure, shown, marker.style, at, baseline, 0));
        }
        drawLine(doc, measure, line, x + place(indent, options.width), baseline, options.width, options.align ?? "left", direction, tag);
      },
    };
  });
}

/** `align` names the sides of a left-to-right paragraph: "left" is where a line starts, the right in Arabic. */
function drawLine(doc: PDFKit.PDFDocument, measure: PdfMeasurer, line: Line, x: number, baseline: number, width: number, align: Align, direction: Direction, tag: Tag): void {
  const justify = align === "justify" && line.justify;
  const justified = justify ? line : { ...line, justify: false };
  const toRight = (align === "right") !== (direction === "rtl");
  const offset = justify ? 0 : align === "center" ? (width - line.width) / 2 : toRight ? width - line.width : 0;
  const draw = (span: Span) => drawText(doc, measure, drawnText(span.text, span.level), span.style, x + offset + span.x, baseline, span.wordSpacing, span.characterSpacing);
  // The line's text is one marked-content sequence of its element, each link its own Link element in between, and
  // each passage in another language than the element's a Span with its Lang.
  let plain: Span[] = [];
  const flush = () => {
    const batch = plain.flatMap((span) => (tag.language ? inLanguages(span, tag.language, measure) : [{ span, language: null }]));
    plain = [];
    for (let i = 0; i < batch.length; ) {
      const language = batch[i]!.language;
      const group: Span[] = [];
      for (; i < batch.length && batch[i]!.language === language; i++) group.push(batch[i]!.span);
      if (!language) {
        tag.content(() => group.forEach(draw));
        continue;
      }
      const passage = tag.child("Span", { lang: language });
      passage.content(() => group.forEach(draw));
      passage.end();
    }
  };
  for (const span of spans(justified, width)) {
    const target: LinkTarget | null = span.style.link ? { url: span.style.link } : span.style.goTo ? { destination: span.style.goTo } : null;
    if (!target) {
      plain.push(span);
      continue;
    }
    flush();
    drawLink(doc, measure, { ...span, x: x + offset + span.x }, baseline, target, tag);
  }
  flush();
}

/**
 * A span cut where its text changes language (languagePieces): "Forum (Форум)" in an English paragraph is drawn as
 * "Forum (" and a Russian "Форум)", each at its own x. Such a span is left to right and in one face (Tinos has
 * Latin and Cyrillic; Arabic and Chinese pieces are spans of their own already, by direction or by face), so the
 * parts' widths are the face's, plus the span's word and character spacing.
 */
function inLanguages(span: Span, around: DocumentLanguage, measure: PdfMeasurer): { span: Span; language: DocumentLanguage | null }[] {
  const pieces = languagePieces(span.text, around);
  if (pieces.length <= 1 || span.level % 2 === 1) {
    const language = pieces.find((piece) => piece.language)?.language ?? null;
    return [{ span, language }];
  }
  let x = span.x;
  return pieces.map((piece) => {
    const spaces = piece.text.split(" ").length - 1;
    const width = measure.width(piece.text, span.style) + spaces * span.wordSpacing + [...piece.text].length * span.characterSpacing;
    const part = { span: { ...span, text: piece.text, x, width }, language: piece.language };
    x += width;
    return part;
  });
}

/**
 * A link's span as a Link element: its text and its annotation (the annotation drawn here rather than by pdfkit's
 * text options, which cannot give it a structure parent or a description). A footnote reference is a Reference
 * holding the Link to its note.
 */
function drawLink(doc: PDFKit.PDFDocument, measure: PdfMeasurer, span: Span, baseline: number, target: LinkTarget, tag: Tag): void {
  const reference = "destination" in target ? tag.child("Reference") : null;
  const link = (reference ?? tag).child("Link");
  const style = { ...span.style, link: null, goTo: null };
  link.content(() => drawText(doc, measure, drawnText(span.text, span.level), style, span.x, baseline, span.wordSpacing, span.characterSpacing));
  // Where pdfkit puts a text link: from the top of the text, one line of the font high.
  const top = baseline - (style.rise ?? 0) - measure.ascent(style.face, style.size);
  const height = doc.font(style.face).fontSize(style.size).currentLineHeight();
  const description = "url" in target ? `${span.text} (${target.url})` : `Note ${span.text}`;
  link.annotate(target, { x: span.x, y: top, width: span.width, height }, description);
  link.end();
  reference?.end();
}

export function drawText(
  doc: PDFKit.PDFDocument,
  measure: PdfMeasurer,
  text: string,
  style: TextStyle,
  x: number,
  baseline: number,
  wordSpacing: number,
  characterSpacing = 0,
): void {
  doc.font(style.face).fontSize(style.size).fillColor(style.color, 1);
  const y = baseline - (style.rise ?? 0) - measure.ascent(style.face, style.size);
  doc.text(text, x, y, {
    lineBreak: false,
    wordSpacing: wordSpacing > 0 ? wordSpacing : undefined,
    characterSpacing: characterSpacing > 0 ? characterSpacing : undefined,
    underline: style.underline,
    strike: style.strike,
    link: style.link ?? undefined,
    goTo: style.goTo ?? undefined,
  });
}

/** A horizontal rule: a division that says nothing to a reader, so an artifact. */
export function ruleSlice(width: number, indent: number, tag: Tag, color = "#9CA3AF"): Slice {
  return {
    height: 12,
    spaceBefore: 4,
    draw(doc, x, y) {
      tag.artifact(() => doc.moveTo(x + indent, y + 6).lineTo(x + indent + width, y + 6).lineWidth(0.75).strokeColor(color).stroke());
    },
  };
}

/** Empty space of a fixed height. */
export const gapSlice = (height: number): Slice => ({ height, spaceBefore: 0, draw() {} });

export const stackHeight = (slices: readonly Slice[]): number =>
  slices.reduce((sum, slice, index) => sum + slice.height + (index === 0 ? 0 : slice.spaceBefore), 0);

/** Draws slices one under the other without page breaks (inside a table cell). */
export function drawStack(doc: PDFKit.PDFDocument, slices: readonly Slice[], x: number, y: number): void {
  let top = y;
  slices.forEach((slice, index) => {
    if (index > 0) top += slice.spaceBefore;
    slice.draw(doc, x, top);
    top += slice.height;
  });
}
