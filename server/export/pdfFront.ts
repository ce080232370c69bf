import { draftNote, preparedWith, wordsOf, type RenderModel } from "./model";
import { contributorHeading, contributorLines, contributorSections } from "../../shared/api/submissions";
import { BODY_SIZE, HEADING_COLOR, TEXT_COLOR } from "./pdfBlocks";
import { drawText, textSlices, type PdfMeasurer, type Slice } from "./pdfSlices";
import type { Direction } from "./pdfBidi";
import { breakLines, toWords } from "./pdfText";
import type { InlineRun } from "./inline";
import { A4, BOTTOM, DRAFT_RED, MARGIN, MUTED, TEXT_WIDTH, text } from "./pdfPage";
import type { Tag } from "./pdfTags";
import { FALLBACKS, type FontFace } from "./fonts";

// The PDF's front matter and marks: title page, contents (laid out first, filled in once the sections' pages are
// known), and the DRAFT watermark and header. In the structure (pdfTags.ts): the title is the H1, "Contributors"
// and "Contents" H2s like the sections' titles, the contents a TOC of linked TOCI; the watermark and the header
// are artifacts, while the DRAFT note of the title page is a paragraph of it.

export const destinationOf = (sectionId: string) => `section-${sectionId}`;
export function titlePage(doc: PDFKit.PDFDocument, model: RenderModel, measure: PdfMeasurer, parent: Tag): void {
  const centered = (runs: InlineRun[], size: number, options: { bold?: boolean; italic?: boolean; color?: string; lineHeight?: number; type?: string } = {}) =>
    textSlices(
      runs,
      { base: { size, color: options.color ?? TEXT_COLOR, bold: options.bold, italic: options.italic }, tag: parent.child(options.type ?? "P"), width: TEXT_WIDTH, align: "center", lineHeight: options.lineHeight },
      measure,
    );
  const stack: { slices: Slice[]; gap: number }[] = [
    { slices: centered(text(model.submittingBodies.toUpperCase()), 10.5, { color: MUTED }), gap: 0 },
    { slices: centered(text(model.title), 24, { bold: true, lineHeight: 30, type: "H1" }), gap: 28 },
  ];
  if (model.description) stack.push({ slices: centered(text(model.description), 12, { italic: true, color: "#374151" }), gap: 14 });
  stack.push(
    { slices: centered(text(wordsOf(model).submittedBy(model.submittingBodies)), 12, { color: "#374151" }), gap: 48 },
    { slices: centered(text(model.dateText), 12, { bold: true }), gap: 6 },
    { slices: centered(text(model.versionLabel), 10, { color: "#6B7280" }), gap: 4 },
  );
  if (model.contributors.length > 0) {
    stack.push({ slices: centered(text(preparedWith(model)), 10, { color: MUTED }), gap: 36 });
  }
  let y = 200;
  for (const part of stack) {
    y += part.gap;
    for (const slice of part.slices) {
      slice.draw(doc, MARGIN, y);
      y += slice.height;
    }
  }
  if (model.draft) {
    y += 40;
    const note = centered([...text(wordsOf(model).draft, { bold: true }), ...text(` — ${draftNote(model)}`)], 12, { color: DRAFT_RED });
    const rule = (at: number) => parent.artifact(() => doc.moveTo(MARGIN, at).lineTo(MARGIN + TEXT_WIDTH, at).lineWidth(1).strokeColor(DRAFT_RED).stroke());
    rule(y);
    y += 6;
    for (const slice of note) {
      slice.draw(doc, MARGIN, y);
      y += slice.height;
    }
    y += 6;
    rule(y);
  }
}

/**
 * A final submission's contributors, after the title page: the same entries in the same order as the submission
 * page, each group with the sections it owns and its people with what they did.
 */
export function contributorSlices(model: RenderModel, measure: PdfMeasurer, parent: Tag): Slice[] {
  const list = model.contributorList ?? [];
  const slices = textSlices(text(wordsOf(model).contributors), { base: { size: 16, color: HEADING_COLOR, bold: true }, tag: parent.child("H2"), width: TEXT_WIDTH, lineHeight: 32, keepWithNext: true }, measure);
  const base = { size: BODY_SIZE, color: TEXT_COLOR };
  for (const entry of list) {
    slices.push(...textSlices(text(contributorHeading(entry, wordsOf(model).people)), { base: { ...base, bold: true }, tag: parent.child("H3"), width: TEXT_WIDTH, spaceBefore: 12, keepWithNext: true }, measure));
    const sections = contributorSections(entry, wordsOf(model).people);
    if (sections) slices.push(...textSlices(text(sections), { base: { size: 10, color: MUTED, italic: true }, tag: parent.child("P"), width: TEXT_WIDTH, keepWithNext: true }, measure));
    const people = contributorLines(entry, wordsOf(model).people);
    const line = people.length > 0 ? `${people.join("; ")}.` : wordsOf(model).noIndividualContributions;
    slices.push(...textSlices(text(line), { base, tag: parent.child("P"), width: TEXT_WIDTH, spaceBefore: 2 }, measure));
  }
  return slices;
}

interface FontkitGlyphRun {
  glyphs: { path: { toSVG(): string } }[];
  positions: { xAdvance: number; xOffset: number; yOffset: number }[];
  bbox: { minY: number; maxY: number };
}
interface FontkitFont {
  unitsPerEm: number;
  layout(text: string): FontkitGlyphRun;
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/** The watermark's longest side, along the page's diagonal. */
const WATERMARK_MAX_WIDTH = 560;
const WATERMARK_SIZE = 140;

/** The pdfkit face's font as fontkit reads it: its glyph outlines are the letters' shapes. */
const fontkitFontOf = (doc: PDFKit.PDFDocument, face: FontFace): FontkitFont =>
  (doc.font(face) as unknown as { _font: { font: FontkitFont } })._font.font;

/**
 * The diagonal DRAFT watermark in the document's language ("PROJET", "مسودة", "草案"), drawn as shapes rather than
 * text: text copied out of the PDF (or read by a screen reader) is the paper's, without stray "DR AF T" letters in
 * the middle of a paragraph. Set in the first bold face that has every letter of the word; fontkit shapes Arabic
 * (joined forms) and gives the glyphs in visual order. A long word is made smaller to stay on the page.
 */
function watermark(doc: PDFKit.PDFDocument, word: string): void {
  const letters = [...word].filter((char) => char.trim() !== "").map((char) => char.codePointAt(0)!);
  const face = FALLBACKS.serifBold.find((candidate) => letters.every((code) => fontkitFontOf(doc, candidate).hasGlyphForCodePoint(code))) ?? "serifBold";
  const font = fontkitFontOf(doc, face);
  const run = font.layout(word);
  const advance = run.positions.reduce((sum, p) => sum + p.xAdvance, 0);
  const scale = Math.min(WATERMARK_SIZE / font.unitsPerEm, WATERMARK_MAX_WIDTH / advance);
  const width = advance * scale;
  const middle = ((run.bbox.minY + run.bbox.maxY) / 2) * scale;
  doc.save();
  doc.translate(A4.width / 2, A4.height / 2).rotate(-50).translate(-width / 2, middle).scale(scale, -scale);
  doc.fillColor("#9CA3AF", 0.12);
  let x = 0;
  run.glyphs.forEach((glyph, index) => {
    const position = run.positions[index]!;
    doc.save().translate(x + position.xOffset, position.yOffset).path(glyph.path.toSVG()).fill().restore();
    x += position.xAdvance;
  });
  doc.restore();
}

/** `mark`: the artifact the marks are drawn as (pdfTags.ts): the title page's DRAFT note says what they say. */
export function draftMarks(doc: PDFKit.PDFDocument, model: RenderModel, measure: PdfMeasurer, mark: Tag): void {
  // Drawn first on every page, so the text lies over the watermark.
  mark.content(() => watermark(doc, wordsOf(model).draft));
  const note = textSlices([...text(wordsOf(model).draft, { bold: true }), ...text(` — ${draftNote(model)}`)], { base: { size: 9, color: DRAFT_RED }, tag: mark, width: TEXT_WIDTH, align: "right" }, measure);
  note[0]?.draw(doc, MARGIN, MARGIN / 2 - 6);
}

const CONTENTS_LINE = 18;

interface ContentsEntry {
  sectionId: string;
  title: string;
  /** The entry's Link, in its TOCI: the title, the page number and the link annotation. */
  link: Tag;
  /** 0-based page of the contents. */
  page: number;
  y: number;
  lines: Slice[];
  /** Width of the title's last line: the dot leader starts after it. */
  lastLineWidth: number;
}

const CONTENTS_TITLE_WIDTH = TEXT_WIDTH - 54;

/**
 * Lays the contents out before the body is, so exactly the pages it needs are kept for it; its structure elements
 * are made now too, so they come before the body's in reading order although the page is drawn last.
 */
export function layoutContents(model: RenderModel, measure: PdfMeasurer, parent: Tag): { heading: Slice[]; entries: ContentsEntry[]; pages: number; direction: Direction } {
  const heading = textSlices(text(wordsOf(model).contents), { base: { size: 16, color: HEADING_COLOR, bold: true }, tag: parent.child("H2"), width: TEXT_WIDTH, lineHeight: 32 }, measure);
  const toc = parent.child("TOC");
  const base = { size: BODY_SIZE, color: TEXT_COLOR };
  let page = 0;
  let y = MARGIN + heading.length * 32;
  const entries = model.sections.map((section): ContentsEntry => {
    const link = toc.child("TOCI").child("Link");
    // In the document's direction whatever the title's script, so the dot leader and page number stay in place:
    // in an Arabic paper, titles on the right and page numbers on the left.
    const lines = textSlices(text(section.title), { base, tag: link, width: CONTENTS_TITLE_WIDTH, lineHeight: CONTENTS_LINE, direction: model.direction, frame: TEXT_WIDTH }, measure);
    if (y + lines.length * CONTENTS_LINE > BOTTOM) {
      page++;
      y = MARGIN;
    }
    const lastLineWidth = breakLines(toWords(text(section.title), base, measure), CONTENTS_TITLE_WIDTH, measure).at(-1)?.width ?? 0;
    const entry = { sectionId: section.id, title: section.title, link, page, y, lines, lastLineWidth };
    y += lines.length * CONTENTS_LINE;
    return entry;
  });
  return { heading, entries, pages: page + 1, direction: model.direction };
}

/** Fills the reserved contents pages once the sections' pages are known: title, dot leader, page number, link. */
export function drawContents(doc: PDFKit.PDFDocument, layout: ReturnType<typeof layoutContents>, measure: PdfMeasurer, destinations: Map<string, number>, frontPages: number): void {
  const firstPage = frontPages - layout.pages;
  doc.switchToPage(firstPage);
  let top = MARGIN;
  for (const slice of layout.heading) {
    slice.draw(doc, MARGIN, top);
    top += slice.height;
  }
  const style = { face: "serif" as const, size: BODY_SIZE, color: TEXT_COLOR };
  const dot = measure.width(". ", style);
  let current = 0;
  for (const entry of layout.entries) {
    if (entry.page !== current) doc.switchToPage(firstPage + (current = entry.page));
    const pageIndex = destinations.get(entry.sectionId);
    const pageNumber = pageIndex === undefined ? "" : String(pageIndex - frontPages + 1);
    entry.lines.forEach((line, index) => line.draw(doc, MARGIN, entry.y + index * CONTENTS_LINE));
    const bottom = entry.y + entry.lines.length * CONTENTS_LINE;
    const baseline = bottom - CONTENTS_LINE + CONTENTS_LINE * 0.78;
    const rtl = layout.direction === "rtl";
    // Between the title's last line and the page number's column (34 pt), on the side the page number is.
    const leaderStart = rtl ? MARGIN + 34 : MARGIN + entry.lastLineWidth + 6;
    const leaderEnd = rtl ? MARGIN + TEXT_WIDTH - entry.lastLineWidth - 6 : MARGIN + TEXT_WIDTH - 34;
    const count = Math.max(0, Math.floor((leaderEnd - leaderStart) / dot));
    const leaderAt = rtl ? leaderStart : leaderEnd - count * dot;
    if (count > 0) entry.link.artifact(() => drawText(doc, measure, ". ".repeat(count).trimEnd(), { ...style, color: "#9CA3AF" }, leaderAt, baseline, 0));
    const numberAt = rtl ? MARGIN : MARGIN + TEXT_WIDTH - measure.width(pageNumber, style);
    entry.link.content(() => drawText(doc, measure, pageNumber, style, numberAt, baseline, 0));
    const description = pageNumber ? `${entry.title}, page ${pageNumber}` : entry.title;
    entry.link.annotate({ destination: destinationOf(entry.sectionId) }, { x: MARGIN, y: entry.y, width: TEXT_WIDTH, height: bottom - entry.y }, description);
    entry.link.end();
  }
}

