import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import {
  AlignmentType,
  BorderStyle,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  LevelFormat,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ILevelsOptions,
  type INumberingOptions,
  type IParagraphRunOptions,
  type ParagraphChild,
} from "docx";
import { bulletMarker, codeLines, inlineRuns, NOTE_SEPARATOR, type InlineContext, type InlineRun } from "./inline";
import { paragraphMark, revisionRun } from "./docxChanges";
import type { NumberChange } from "./model";
import { paragraphDirection, runPieces, runScript, wordLanguage, type RunScript, type ScriptContext } from "./docxLanguage";

// Section text to Word paragraphs and tables. Measures are twentieths of a point (twips) unless said otherwise.

export const FONT = "Times New Roman";
export const MONO = "Courier New";
/** The hanging indent of a numbered paragraph: its number at the margin, its text at the tab stop. */
export const NUMBER_INDENT = 567;
const LIST_STEP = 360;
const LINK_COLOR = "1F4E99";

export type DocxBlock = Paragraph | Table;

/** Lists met while rendering: each ordered list is its own Word list (numbered from its start), kept here. */
export class ListNumbering {
  private instance = 0;
  private readonly starts = new Set<number>();

  nextInstance(): number {
    return ++this.instance;
  }

  orderedReference(start: number): string {
    this.starts.add(start);
    return `ordered-${start}`;
  }

  /** The paragraph numbers, one list through the whole paper: "1." at the margin, the text at the tab. */
  static readonly PARAGRAPHS = "paragraph-numbers";

  config(): INumberingOptions {
    const levels = (format: "bullet" | "decimal", start = 1): ILevelsOptions[] =>
      [0, 1, 2, 3, 4, 5, 6, 7, 8].map((level) => ({
        level,
        format: format === "bullet" ? LevelFormat.BULLET : LevelFormat.DECIMAL,
        text: format === "bullet" ? bulletMarker(level) : `%${level + 1}.`,
        start: level === 0 ? start : 1,
        alignment: AlignmentType.LEFT,
      }));
    return {
      config: [
        { reference: "bullets", levels: levels("bullet") },
        {
          reference: ListNumbering.PARAGRAPHS,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: "%1.",
              start: 1,
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: NUMBER_INDENT, hanging: NUMBER_INDENT } } },
            },
          ],
        },
        ...[...this.starts].map((start) => ({ reference: `ordered-${start}`, levels: levels("decimal", start) })),
      ],
    };
  }
}

export interface BlockContext {
  /** Left indent of the text column here. */
  indent: number;
  /** Paragraph numbers as Word's own numbering (else typed: "12." and a tab). */
  wordNumbers?: boolean;
  /** Width available to tables here. */
  width: number;
  lists: ListNumbering;
  inline: InlineContext;
  /** The section's direction, and its language when it is not the document's. */
  script: ScriptContext;
}

/** How a run is written: bold in table headers, and its direction and language. */
type RunExtra = { bold?: boolean } & Partial<RunScript>;

/** The runs' script in a paragraph with this text, in this context, and whether the paragraph is right to left. */
export function paragraphScript(text: string, script: ScriptContext): RunScript {
  return { rtl: paragraphDirection(text, script.direction) === "rtl", written: script.written, ...(script.language && { language: script.language }) };
}

export function runsToChildren(runs: readonly InlineRun[], extra: RunExtra = {}): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  let i = 0;
  while (i < runs.length) {
    const run = runs[i]!;
    if (run.paragraphEnd) {
      // Not a run: the paragraph's own mark (paragraphMark in docxChanges.ts).
      i++;
    } else if (run.note !== null) {
      // A real Word footnote: its id is the note's number in the model, its text is in the document's footnotes.
      if (runs[i - 1]?.note != null) children.push(new TextRun({ text: NOTE_SEPARATOR, superScript: true }));
      children.push(new FootnoteReferenceRun(run.note));
      i++;
    } else if (run.href) {
      const linked: ParagraphChild[] = [];
      const href = run.href;
      while (i < runs.length && runs[i]!.href === href && runs[i]!.note === null) linked.push(...textRuns(runs[i++]!, extra, true));
      children.push(new ExternalHyperlink({ link: href, children: linked }));
    } else {
      children.push(...textRuns(run, extra, false));
      i++;
    }
  }
  return children;
}

/**
 * A run of text as Word runs: one per passage in another language (runPieces), except in a tracked change, whose
 * run stays whole (one revision) with its whole text's language.
 */
function textRuns(run: InlineRun, extra: RunExtra, link: boolean): ParagraphChild[] {
  const script = { rtl: extra.rtl ?? false, language: extra.language, written: extra.written };
  const pieces = run.lineBreak ? [] : runPieces(run.text, script);
  if (run.change || pieces.length <= 1) {
    const only = pieces.length === 1 ? pieces[0]!.language : null;
    return [textRun(run, { ...extra, ...(only && { language: wordLanguage(only) }) }, link)];
  }
  return pieces.map((piece) => textRun({ ...run, text: piece.text }, { ...extra, ...(piece.language && { language: wordLanguage(piece.language) }) }, link));
}

function textRun(run: InlineRun, extra: RunExtra, link: boolean): ParagraphChild {
  const options = run.lineBreak
    ? { break: 1 }
    : {
        text: run.text,
        ...runScript(run.text, { rtl: extra.rtl ?? false, language: extra.language }),
        bold: run.bold || extra.bold || undefined,
        italics: run.italic || undefined,
        underline: run.underline || link ? {} : undefined,
        strike: run.strike || undefined,
        font: run.code ? MONO : undefined,
        size: run.code ? 21 : undefined,
        color: link ? LINK_COLOR : undefined,
        style: link ? "Hyperlink" : undefined,
      };
  return run.change ? revisionRun(options, run.change) : new TextRun(options);
}

/** A textblock's runs as a paragraph's children, and its mark's properties when a suggestion changes it. */
export function paragraphContent(
  node: ProseMirrorNode,
  ctx: BlockContext,
  extra: { bold?: boolean } = {},
): { children: ParagraphChild[]; run?: IParagraphRunOptions; bidirectional?: true } {
  const runs = inlineRuns(node, ctx.inline);
  const script = paragraphScript(node.textContent, ctx.script);
  const children = runsToChildren(runs, { ...extra, ...script });
  const run = paragraphMark(runs);
  return { children, ...(run && { run }), ...(script.rtl && { bidirectional: true as const }) };
}

/** A paragraph of the sections' text, with its number in front when it has one. */
export function bodyParagraph(node: ProseMirrorNode, number: BlockNumber, ctx: BlockContext): Paragraph {
  const { children, run, bidirectional } = paragraphContent(node, ctx);
  // In a right-to-left paragraph Word reads `left` as the side the text starts from: the number stays in front.
  if (number === null) return new Paragraph({ style: "Body", indent: { left: ctx.indent }, children, run, bidirectional });
  if (typeof number === "number" && ctx.wordNumbers) {
    return new Paragraph({ style: "NumberedParagraph", numbering: { reference: ListNumbering.PARAGRAPHS, level: 0 }, children, run, bidirectional });
  }
  return new Paragraph({
    style: "Body",
    bidirectional,
    indent: { left: ctx.indent + NUMBER_INDENT, hanging: NUMBER_INDENT },
    tabStops: [{ type: "left", position: ctx.indent + NUMBER_INDENT }],
    children: [...numberRuns(number, node, ctx), ...children],
    run,
  });
}

/**
 * "12." and a tab. When a suggestion would join this paragraph to the one before, they are deleted with the break:
 * accepting it in Word leaves one paragraph with one number.
 */
function numberRuns(number: number | NumberChange, node: ProseMirrorNode, ctx: BlockContext): ParagraphChild[] {
  if (typeof number !== "number") return changedNumberRuns(number);
  const runs = [{ text: `${number}.` }, { children: [new Tab()] }];
  const join = ctx.inline.changes?.starts.get(node);
  return join?.kind === "deletion" ? runs.map((run) => revisionRun(run, join)) : runs.map((run) => new TextRun(run));
}

/**
 * A redline's paragraph number that differs between the base and the current text: the old one deleted, the new one
 * inserted, and the tab between number and text going with whichever alone remains (kept when both exist).
 */
function changedNumberRuns({ before, after, deleted, inserted }: NumberChange): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  if (before !== null && deleted) runs.push(revisionRun({ text: `${before}.` }, deleted));
  if (after !== null && inserted) runs.push(revisionRun({ text: `${after}.` }, inserted));
  const tab = { children: [new Tab()] };
  if (before !== null && after !== null) runs.push(new TextRun(tab));
  else runs.push(revisionRun(tab, (deleted ?? inserted)!));
  return runs;
}

/** What is printed in front of a paragraph: its number, a redline's changed number, or nothing. */
export type BlockNumber = number | NumberChange | null;

export function blockToDocx(node: ProseMirrorNode, number: BlockNumber, ctx: BlockContext): DocxBlock[] {
  switch (node.type.name) {
    case "paragraph":
      return [bodyParagraph(node, number, ctx)];
    case "heading":
      return [
        new Paragraph({
          heading: Number(node.attrs.level) === 3 ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_2,
          indent: ctx.indent > 0 ? { left: ctx.indent } : undefined,
          ...paragraphContent(node, ctx),
        }),
      ];
    case "bulletList":
    case "orderedList":
      return listToDocx(node, 0, ctx);
    case "blockquote":
      return childrenToDocx(node, { ...ctx, indent: ctx.indent + NUMBER_INDENT, width: ctx.width - NUMBER_INDENT }, "Quote");
    case "codeBlock":
      return [
        new Paragraph({
          style: "Code",
          indent: { left: ctx.indent },
          children: codeLines(node).map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : undefined })),
        }),
      ];
    case "horizontalRule":
      return [new Paragraph({ indent: { left: ctx.indent }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "808080", space: 1 } }, children: [] })];
    case "table":
      return [tableToDocx(node, ctx), new Paragraph({ style: "Body", spacing: { after: 0 }, children: [] })];
    default:
      return node.isTextblock ? [bodyParagraph(node, null, ctx)] : childrenToDocx(node, ctx);
  }
}

function childrenToDocx(node: ProseMirrorNode, ctx: BlockContext, style?: string): DocxBlock[] {
  const out: DocxBlock[] = [];
  node.forEach((child) => {
    if (style && child.type.name === "paragraph") {
      out.push(new Paragraph({ style, indent: { left: ctx.indent, right: NUMBER_INDENT }, ...paragraphContent(child, ctx) }));
    } else {
      out.push(...blockToDocx(child, null, ctx));
    }
  });
  return out;
}

/** `spaceAfter`: the list's last line keeps a paragraph's space below it, so the next paragraph does not touch it. */
function listToDocx(list: ProseMirrorNode, level: number, ctx: BlockContext, spaceAfter = true): DocxBlock[] {
  const ordered = list.type.name === "orderedList";
  const reference = ordered ? ctx.lists.orderedReference(typeof list.attrs.start === "number" ? list.attrs.start : 1) : "bullets";
  const instance = ctx.lists.nextInstance();
  const left = ctx.indent + LIST_STEP * (level + 1) + (ordered ? 120 : 0);
  const out: DocxBlock[] = [];
  list.forEach((item, _itemOffset, itemIndex) => {
    item.forEach((child, _offset, index) => {
      const last = spaceAfter && itemIndex === list.childCount - 1 && index === item.childCount - 1;
      if (index === 0 && child.type.name === "paragraph") {
        out.push(
          new Paragraph({
            style: "ListItem",
            numbering: { reference, level, instance },
            indent: { left, hanging: LIST_STEP + (ordered ? 120 : 0) },
            spacing: last ? { after: 160 } : undefined,
            ...paragraphContent(child, ctx),
          }),
        );
      } else if (child.type.name === "bulletList" || child.type.name === "orderedList") {
        out.push(...listToDocx(child, level + 1, ctx, last));
      } else {
        out.push(...blockToDocx(child, null, { ...ctx, indent: left, width: ctx.width - (left - ctx.indent) }));
      }
    });
  });
  return out;
}

function tableToDocx(table: ProseMirrorNode, ctx: BlockContext): Table {
  let columns = 1;
  table.forEach((row) => {
    let count = 0;
    row.forEach((cell) => (count += Number(cell.attrs.colspan) || 1));
    columns = Math.max(columns, count);
  });
  const columnWidth = Math.floor(ctx.width / columns);
  const rows: TableRow[] = [];
  table.forEach((row, _offset, rowIndex) => {
    let header = row.childCount > 0;
    row.forEach((cell) => (header &&= cell.type.name === "tableHeader"));
    const cells: TableCell[] = [];
    row.forEach((cell) => {
      const span = Number(cell.attrs.colspan) || 1;
      const isHeader = cell.type.name === "tableHeader";
      const cellCtx: BlockContext = { ...ctx, indent: 0, width: columnWidth * span - 200 };
      const children: DocxBlock[] = [];
      cell.forEach((child) => {
        if (child.type.name === "paragraph") {
          children.push(new Paragraph({ style: "TableText", ...paragraphContent(child, ctx, { bold: isHeader }) }));
        } else {
          children.push(...blockToDocx(child, null, cellCtx));
        }
      });
      cells.push(
        new TableCell({
          children: children.length > 0 ? children : [new Paragraph({ style: "TableText", children: [] })],
          columnSpan: span > 1 ? span : undefined,
          rowSpan: Number(cell.attrs.rowspan) > 1 ? Number(cell.attrs.rowspan) : undefined,
          width: { size: columnWidth * span, type: WidthType.DXA },
          shading: isHeader ? { type: ShadingType.CLEAR, color: "auto", fill: "E8ECF2" } : undefined,
          margins: { top: 60, bottom: 60, left: 100, right: 100 },
        }),
      );
    });
    rows.push(new TableRow({ children: cells, tableHeader: header && rowIndex === 0 ? true : undefined, cantSplit: true }));
  });
  const border = { style: BorderStyle.SINGLE, size: 4, color: "8C96A0" };
  return new Table({
    rows,
    width: { size: columnWidth * columns, type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => columnWidth),
    indent: ctx.indent > 0 ? { size: ctx.indent, type: WidthType.DXA } : undefined,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
  });
}
