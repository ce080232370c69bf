import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { bulletMarker, codeLines, inlineRuns, orderedMarker, plainRun, type InlineContext } from "./inline";
import type { TextStyle } from "./pdfText";
import { paragraphLevels, type Direction } from "./pdfBidi";
import { drawStack, ruleSlice, stackHeight, textSlices, type PdfMeasurer, type Slice } from "./pdfSlices";
import type { Tag } from "./pdfTags";

// Section text to PDF slices, in the same shapes as the Word export: numbered paragraphs with a hanging number,
// lists with their markers, block quotes with a bar, tables with a repeated header row. Each block makes its
// structure elements as it is laid out, in reading order (pdfTags.ts): P, H3/H4 (the section title is the H2),
// L/LI/Lbl/LBody, BlockQuote, Table/TR/TH/TD; rules, bars and cell borders are artifacts.

export const BODY_SIZE = 12;
export const TEXT_COLOR = "#111827";
export const HEADING_COLOR = "#1F2937";
/** Where a numbered paragraph's text starts, right of its number (1 cm, as in Word). */
export const NUMBER_INDENT = 28.35;
const LIST_STEP = 18;

const body = { size: BODY_SIZE, color: TEXT_COLOR };
const plain = (size: number, color = TEXT_COLOR, face: TextStyle["face"] = "serif"): TextStyle => ({ face, size, color });

export interface PdfContext {
  /** Offset of the text column from the page's left margin. */
  indent: number;
  width: number;
  measure: PdfMeasurer;
  inline: InlineContext;
  italic?: boolean;
  /** Offset of a block quote's bar, when inside one. */
  bar?: number;
  /** The structure element the blocks are added to. */
  parent: Tag;
  /** The bookmarks that headings go under, as they are placed. */
  outline?: HeadingOutline;
  /** Right edge of the column the block sits in, when wider than the block (a quote's): right-to-left text mirrors within it. */
  frame?: number;
  /**
   * The section's direction, from its language: a paragraph takes it when no letter decides (a paragraph's first
   * letter does otherwise, as the editor's dir="auto" does).
   */
  direction?: Direction;
}

const frameOf = (ctx: PdfContext): number => ctx.frame ?? ctx.indent + ctx.width;

/** A section's bookmark and its latest heading's, set as they are placed on a page. */
export interface HeadingOutline {
  section?: PDFKit.PDFOutline;
  heading?: PDFKit.PDFOutline;
}

export function paragraphSlices(node: ProseMirrorNode, number: number | null, ctx: PdfContext): Slice[] {
  const base = { ...body, italic: ctx.italic };
  // The number is part of the paragraph's text ("12. The Forum …"), as pdftotext and the Word export read it.
  const tag = ctx.parent.child("P");
  if (number === null) {
    return textSlices(inlineRuns(node, ctx.inline), { base, tag, width: ctx.width, indent: ctx.indent, align: "justify", spaceBefore: 8, bar: ctx.bar, frame: frameOf(ctx), fallbackDirection: ctx.direction }, ctx.measure);
  }
  return textSlices(
    inlineRuns(node, ctx.inline),
    {
      base,
      tag,
      width: ctx.width - NUMBER_INDENT,
      indent: ctx.indent + NUMBER_INDENT,
      align: "justify",
      spaceBefore: 8,
      marker: { text: `${number}.`, style: plain(BODY_SIZE), indent: ctx.indent },
      frame: frameOf(ctx),
      fallbackDirection: ctx.direction,
    },
    ctx.measure,
  );
}

/** Headings in a section's text: one level under the section's title (H2), so H3 and H4. */
export function headingSlices(node: ProseMirrorNode, ctx: PdfContext): Slice[] {
  const level = Number(node.attrs.level) === 3 ? 3 : 2;
  const size = level === 2 ? 13.5 : BODY_SIZE;
  const slices = textSlices(
    inlineRuns(node, ctx.inline),
    {
      base: { size, color: HEADING_COLOR, bold: true, italic: level === 3 },
      tag: ctx.parent.child(level === 2 ? "H3" : "H4"),
      width: ctx.width,
      indent: ctx.indent,
      spaceBefore: level === 2 ? 16 : 12,
      keepTogether: true,
      keepWithNext: true,
      frame: frameOf(ctx),
      fallbackDirection: ctx.direction,
    },
    ctx.measure,
  );
  const outline = ctx.outline;
  const title = node.textContent.trim();
  if (outline && title.length > 0) {
    slices[0]!.placed = (doc) => {
      // Bookmarks nest as the headings do: under the section's, a level 3 under the level 2 before it.
      const parent = level === 2 ? outline.section : (outline.heading ?? outline.section);
      const item = (parent ?? doc.outline).addItem(title);
      if (level === 2) outline.heading = item;
    };
  }
  return slices;
}

export function blockSlices(node: ProseMirrorNode, number: number | null, ctx: PdfContext): Slice[] {
  switch (node.type.name) {
    case "paragraph":
      return paragraphSlices(node, number, ctx);
    case "heading":
      return headingSlices(node, ctx);
    case "bulletList":
    case "orderedList":
      return listSlices(node, 0, ctx);
    case "blockquote": {
      const inner: PdfContext = {
        ...ctx,
        indent: ctx.indent + NUMBER_INDENT,
        width: ctx.width - 2 * NUMBER_INDENT,
        italic: true,
        bar: ctx.indent + NUMBER_INDENT - 10,
        parent: ctx.parent.child("BlockQuote"),
        frame: frameOf(ctx),
      };
      return childSlices(node, inner);
    }
    case "codeBlock": {
      // Code is an inline element in PDF 1.7: the block is a paragraph of code, each line a sequence of it.
      const tag = ctx.parent.child("P").child("Code");
      return codeLines(node).flatMap((line, index) =>
        textSlices(
          [plainRun(line.length > 0 ? line : " ", { code: true })],
          { base: { size: 10.5, color: TEXT_COLOR }, tag, width: ctx.width - 8, indent: ctx.indent + 4, lineHeight: 13, spaceBefore: index === 0 ? 8 : 0, background: "#F3F4F6", keepTogether: false, direction: "ltr" },
          ctx.measure,
        ),
      );
    }
    case "horizontalRule":
      return [ruleSlice(ctx.width, ctx.indent, ctx.parent)];
    case "table":
      return tableSlices(node, ctx);
    default:
      return node.isTextblock ? paragraphSlices(node, null, ctx) : childSlices(node, ctx);
  }
}

function childSlices(node: ProseMirrorNode, ctx: PdfContext): Slice[] {
  const out: Slice[] = [];
  node.forEach((child) => out.push(...blockSlices(child, null, ctx)));
  return out;
}

function listSlices(list: ProseMirrorNode, depth: number, ctx: PdfContext): Slice[] {
  const ordered = list.type.name === "orderedList";
  const start = typeof list.attrs.start === "number" ? list.attrs.start : 1;
  const markerWidth = ordered ? 24 : LIST_STEP;
  const out: Slice[] = [];
  const tag = ctx.parent.child("L", { listNumbering: ordered ? "Decimal" : "Disc" });
  list.forEach((item, _offset, itemIndex) => {
    const textIndent = ctx.indent + LIST_STEP * depth + markerWidth + 6;
    const entry = tag.child("LI");
    // The marker is the item's label, its blocks (a nested list too) its body.
    const label = item.firstChild?.type.name === "paragraph" ? entry.child("Lbl") : undefined;
    const itemBody = entry.child("LBody");
    const inner: PdfContext = { ...ctx, indent: textIndent, width: ctx.width - (textIndent - ctx.indent), parent: itemBody };
    item.forEach((child, _o, index) => {
      if (index === 0 && child.type.name === "paragraph") {
        const marker = ordered ? orderedMarker(start, itemIndex) : bulletMarker(depth);
        out.push(
          ...textSlices(
            inlineRuns(child, ctx.inline),
            {
              base: { ...body, italic: ctx.italic },
              tag: itemBody.child("P"),
              width: inner.width,
              indent: textIndent,
              align: "left",
              spaceBefore: 4,
              bar: ctx.bar,
              marker: { text: marker, style: plain(BODY_SIZE), indent: ctx.indent + LIST_STEP * depth + (ordered ? 0 : 6), tag: label },
              frame: frameOf(ctx),
              fallbackDirection: ctx.direction,
            },
            ctx.measure,
          ),
        );
      } else if (child.type.name === "bulletList" || child.type.name === "orderedList") {
        out.push(...listSlices(child, depth + 1, { ...ctx, parent: itemBody }));
      } else {
        out.push(...blockSlices(child, null, inner));
      }
    });
  });
  return out;
}

const CELL_PAD = 5;

function tableSlices(table: ProseMirrorNode, ctx: PdfContext): Slice[] {
  let columns = 1;
  table.forEach((row) => {
    let count = 0;
    row.forEach((cell) => (count += Number(cell.attrs.colspan) || 1));
    columns = Math.max(columns, count);
  });
  const columnWidth = ctx.width / columns;
  // A table whose first letter is Arabic (or without letters, in an Arabic section) runs right to left: its first column on the right (the structure keeps
  // the cells in their order), the table itself mirrored in its column as a paragraph is.
  const rtl = paragraphLevels(table.textContent, undefined, ctx.direction).direction === "rtl";
  const tableLeft = rtl ? frameOf(ctx) - ctx.indent - ctx.width : 0;
  const rows: Slice[] = [];
  let header: Slice | undefined;
  const tableTag = ctx.parent.child("Table");
  table.forEach((row, _offset, rowIndex) => {
    let isHeaderRow = row.childCount > 0;
    row.forEach((cell) => (isHeaderRow &&= cell.type.name === "tableHeader"));
    const rowTag = tableTag.child("TR");
    const cells: { x: number; width: number; slices: Slice[]; header: boolean }[] = [];
    let column = 0;
    row.forEach((cell) => {
      const span = Number(cell.attrs.colspan) || 1;
      const width = columnWidth * span;
      const isHeader = cell.type.name === "tableHeader";
      // A header cell heads its column in a row of headers, else its row.
      const cellTag = isHeader ? rowTag.child("TH", { table: { scope: isHeaderRow ? "Column" : "Row", colSpan: span } }) : rowTag.child("TD", { table: { colSpan: span } });
      const slices: Slice[] = [];
      cell.forEach((child) => {
        if (child.type.name === "paragraph") {
          slices.push(
            ...textSlices(
              inlineRuns(child, ctx.inline),
              {
                base: { size: 10.5, color: TEXT_COLOR, bold: isHeader },
                tag: cellTag.child("P"),
                width: width - 2 * CELL_PAD,
                lineHeight: 13,
                spaceBefore: 3,
                fallbackDirection: rtl ? "rtl" : "ltr",
              },
              ctx.measure,
            ),
          );
        } else {
          slices.push(...blockSlices(child, null, { ...ctx, indent: 0, width: width - 2 * CELL_PAD, bar: undefined, parent: cellTag, frame: undefined, direction: rtl ? "rtl" : "ltr" }));
        }
      });
      cells.push({ x: column * columnWidth, width, slices, header: isHeader });
      column += span;
    });
    const height = Math.max(13, ...cells.map((cell) => stackHeight(cell.slices))) + 2 * CELL_PAD;
    const slice: Slice = {
      height,
      spaceBefore: rowIndex === 0 ? 10 : 0,
      keepWithNext: rowIndex === 0 && isHeaderRow,
      repeat: rowIndex > 0 ? header : undefined,
      draw(doc, x, y) {
        for (const cell of cells) {
          const left = x + (rtl ? tableLeft + ctx.width - cell.x - cell.width : ctx.indent + cell.x);
          tableTag.artifact(() => {
            if (cell.header) doc.rect(left, y, cell.width, height).fill("#E8ECF2");
            doc.rect(left, y, cell.width, height).lineWidth(0.5).strokeColor("#8C96A0").stroke();
          });
          drawStack(doc, cell.slices, left + CELL_PAD, y + CELL_PAD);
        }
      },
    };
    if (rowIndex === 0 && isHeaderRow) header = slice;
    rows.push(slice);
  });
  // Space after the table, so the next paragraph does not touch it.
  const last = rows.at(-1);
  if (last) rows.push({ height: 4, spaceBefore: 0, draw() {} });
  return rows;
}
