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
import { defaultWordLanguage, paragraphDirection, runScript } from "./docxLanguage";
import type { MatrixWords } from "./matrixWords";
import type { RenderModel } from "./model";

// The comments matrix as a Word table on landscape A4, header row repeated on every page, in the document's
// language: an Arabic matrix runs right to left (the table's columns too), each cell's paragraphs in their own
// direction.

// Given upright: docx turns it for a landscape section.
const PAGE = { width: 11906, height: 16838 };
const MARGIN = 1134; // 2 cm
const WIDTH = PAGE.height - 2 * MARGIN;
/** Shares of the width per column, in MATRIX_COLUMNS order. */
const SHARES = [5, 12, 8, 10, 12, 30, 7, 11, 8];

export async function renderMatrixDocx(model: RenderModel, rows: readonly MatrixRow[], words: MatrixWords): Promise<Uint8Array> {
  const line = (text: string, look: { bold?: boolean; italics?: boolean; size: number; color?: string }, spacing: { after: number; line?: number }) => {
    const rtl = paragraphDirection(text, model.direction) === "rtl";
    return new Paragraph({
      spacing: spacing.line ? { ...spacing, lineRule: "auto" } : spacing,
      bidirectional: rtl || undefined,
      children: [new TextRun({ text, ...look, ...runScript(text, { rtl }) })],
    });
  };
  const cellText = (text: string, bold = false) => text.split("\n").map((part) => line(part, { bold, size: 18 }, { after: 0, line: 240 }));
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
    visuallyRightToLeft: model.direction === "rtl" || undefined,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({ tableHeader: true, children: MATRIX_COLUMNS.map((column, index) => cell(words.columns[column], index, true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: MATRIX_COLUMNS.map((column, index) => cell(row[column], index, false)) })),
    ],
  });
  const document = new Document({
    title: `${words.title}: ${model.title}`,
    creator: model.submittingBodies,
    lastModifiedBy: "Penholder",
    styles: { default: { document: { run: { font: FONT, size: 20, language: defaultWordLanguage(model.language) } } } },
    sections: [
      {
        properties: { page: { size: { ...PAGE, orientation: PageOrientation.LANDSCAPE }, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        footers: {
          default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: 18 })] })] }),
        },
        children: [
          line(words.title, { bold: true, size: 32 }, { after: 80 }),
          line(model.title, { italics: true, size: 24 }, { after: 60 }),
          line(words.summary(model.versionLabel, rows.length), { size: 18, color: "4B5563" }, { after: 240 }),
          rows.length > 0 ? table : line(words.empty, { size: 20 }, { after: 0 }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
