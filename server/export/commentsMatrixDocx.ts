import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { FONT } from "./docxBlocks";
import { MATRIX_COLUMNS, type MatrixRow } from "./commentsMatrix";
import type { RenderModel } from "./model";

// The comments matrix as a Word table on landscape A4, header row repeated on every page.

// Given upright: docx turns it for a landscape section.
const PAGE = { width: 11906, height: 16838 };
const MARGIN = 1134; // 2 cm
const WIDTH = PAGE.height - 2 * MARGIN;
/** Shares of the width per column, in MATRIX_COLUMNS order. */
const SHARES = [5, 12, 8, 10, 12, 30, 7, 11, 8];

const cellText = (text: string, bold = false) =>
  text.split("\n").map((line) => new Paragraph({ spacing: { after: 0, line: 240, lineRule: "auto" }, children: [new TextRun({ text: line, bold, size: 18 })] }));

export async function renderMatrixDocx(model: RenderModel, rows: readonly MatrixRow[]): Promise<Uint8Array> {
  const total = SHARES.reduce((a, b) => a + b, 0);
  const widths = SHARES.map((share) => Math.floor((WIDTH * share) / total));
  const border = { style: BorderStyle.SINGLE, size: 4, color: "8C96A0" };
  const cell = (text: string, index: number, header: boolean) =>
    new TableCell({
      children: cellText(text, header),
      width: { size: widths[index]!, type: WidthType.DXA },
      shading: header ? { type: ShadingType.CLEAR, color: "auto", fill: "E8ECF2" } : undefined,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
    });
  const table = new Table({
    width: { size: WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({ tableHeader: true, children: MATRIX_COLUMNS.map((column, index) => cell(column.title, index, true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: MATRIX_COLUMNS.map((column, index) => cell(row[column.key], index, false)) })),
    ],
  });
  const document = new Document({
    title: `Comments matrix: ${model.title}`,
    creator: model.submittingBodies,
    lastModifiedBy: "Penholder",
    styles: { default: { document: { run: { font: FONT, size: 20 } } } },
    sections: [
      {
        properties: { page: { size: { ...PAGE, orientation: PageOrientation.LANDSCAPE }, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        footers: {
          default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: 18 })] })] }),
        },
        children: [
          new Paragraph({ spacing: { after: 80 }, children: [new TextRun({ text: "Comments matrix", bold: true, size: 32 })] }),
          new Paragraph({ spacing: { after: 60 }, children: [new TextRun({ text: model.title, italics: true, size: 24 })] }),
          new Paragraph({
            spacing: { after: 240 },
            children: [
              new TextRun({
                text: `${model.versionLabel}. ${rows.length} row${rows.length === 1 ? "" : "s"}; paragraph numbers as in the export of the same date.`,
                size: 18,
                color: "4B5563",
              }),
            ],
          }),
          rows.length > 0 ? table : new Paragraph({ children: [new TextRun("There are no comments or amendments yet.")] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
