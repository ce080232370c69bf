import { alternateContent, child, elements, val, type XmlElement } from "./xml";
import { readNumberingRef, readOutlineLevel, type ParagraphRole } from "./styles";
import { readInline } from "./inline";
import { buildLists, type ListParagraph, type ListRef } from "./lists";
import { readTable } from "./tables";
import type { ConvertContext } from "./context";
import { paragraph, plainText, type PmNode } from "./model";
import { paragraphVotes } from "./language";
import { text } from "../i18n/translate";

// The body, block by block. Paragraphs are classified by style (title, heading n, quote, code, list item,
// body); runs of list, quote and code paragraphs are grouped; tables are read with the same reader for their
// cells. At the top level a title or a Heading 1 is not a block but a marker the splitter turns into the
// document title or a new section.

export type Piece =
  | { kind: "title"; text: string }
  | { kind: "section"; title: string }
  | { kind: "block"; node: PmNode };

type Item =
  | { kind: "paragraph"; role: ParagraphRole; content: PmNode[]; list: ListRef | undefined }
  | { kind: "node"; node: PmNode };

type ParagraphItem = Extract<Item, { kind: "paragraph" }>;

function listOf(pPr: XmlElement | undefined, styleId: string | undefined, context: ConvertContext): ListRef | undefined {
  const direct = readNumberingRef(pPr);
  const fromStyle = context.styles.numbering(styleId);
  const numId = direct?.numId ?? fromStyle?.numId;
  const ilvl = Math.min(8, Math.max(0, direct?.ilvl ?? fromStyle?.ilvl ?? 0));
  // numId 0 switches numbering off, even one a style gives.
  if (numId === "0") return undefined;
  if (numId !== undefined) {
    const level = context.numbering.level(numId, ilvl);
    if (level === null) return undefined;
    if (level) return { numId, ilvl, ...level };
  }
  const byName = context.styles.listByName(styleId);
  if (byName) return { numId: numId ?? `style:${styleId}`, ilvl: byName.ilvl, kind: byName.kind, start: 1, type: null };
  // Numbered in the file, but its numbering definitions are missing: still a list.
  return numId !== undefined ? { numId, ilvl, kind: "bullet", start: 1, type: null } : undefined;
}

function isTableOfContents(sdt: XmlElement): boolean {
  const gallery = child(child(child(sdt, "w:sdtPr"), "w:docPartObj"), "w:docPartGallery");
  return /table of contents/i.test(gallery?.attrs.get("w:val") ?? "");
}

/** The words a title or Heading 1 names the document or a section with: its text without its notes. */
const namingText = (content: readonly PmNode[]): string =>
  plainText(paragraph(content.filter((node) => node.type !== "footnote"))).replace(/\s+/g, " ").trim();

/** `topLevel`: in the body itself (not in a table cell), where a Heading 1 starts a section. */
function collectItems(nodes: XmlElement[], context: ConvertContext, items: Item[], readCell: (nodes: XmlElement[]) => PmNode[], topLevel = false): void {
  for (const element of nodes) {
    switch (element.name) {
      case "w:p": {
        const inline = readInline(element, context);
        context.budget.paragraph(inline.content);
        if (inline.inTableOfContents) break;
        const pPr = child(element, "w:pPr");
        const styleId = val(pPr, "w:pStyle");
        const role = context.styles.role(styleId, readOutlineLevel(pPr));
        if (role.kind === "toc") {
          context.report.count("tableOfContents");
          break;
        }
        if (role.kind === "furniture") {
          context.report.count("exportLines");
          break;
        }
        // A Heading 1 with words starts a section (toPieces): its letters count for that section's language.
        if (topLevel && role.kind === "heading" && role.level === 1 && namingText(inline.content).length > 0) context.languages.startSection();
        paragraphVotes(element, context.styles.language(styleId), context.languages.current);
        const list = role.kind === "body" || role.kind === "quote" ? listOf(pPr, styleId, context) : undefined;
        items.push({ kind: "paragraph", role, content: inline.content, list });
        break;
      }
      case "w:tbl":
        for (const node of readTable(element, context, readCell)) items.push({ kind: "node", node });
        break;
      case "w:sdt":
        if (isTableOfContents(element)) context.report.count("tableOfContents");
        else collectItems(elements(child(element, "w:sdtContent") ?? element), context, items, readCell, topLevel);
        break;
      case "w:customXml":
      case "w:ins":
      case "w:moveTo":
        collectItems(elements(element), context, items, readCell, topLevel);
        break;
      case "w:del":
      case "w:moveFrom":
        context.report.count("deletions");
        break;
      case "mc:AlternateContent":
        collectItems(alternateContent(element), context, items, readCell, topLevel);
        break;
      case "w:altChunk":
        context.report.count("embedded");
        break;
      default:
        // w:sectPr, bookmarks, proofing marks: layout, not text.
        break;
    }
  }
}

const isEmpty = (item: Item): boolean => item.kind === "paragraph" && item.content.length === 0;

function codeBlock(run: ParagraphItem[]): PmNode {
  const code = run.map((item) => plainText(paragraph(item.content)).replace(/\n/g, " ")).join("\n");
  return code.length > 0 ? { type: "codeBlock", content: [{ type: "text", text: code }] } : { type: "codeBlock" };
}

/** Groups items into blocks; at the top level, titles and Heading 1s become markers for the splitter. */
function toPieces(allItems: Item[], context: ConvertContext, inCell: boolean): Piece[] {
  const items = allItems.filter((item) => !isEmpty(item));
  const pieces: Piece[] = [];
  const block = (node: PmNode) => pieces.push({ kind: "block", node });
  for (let i = 0; i < items.length; ) {
    const item = items[i]!;
    if (item.kind === "node") {
      block(item.node);
      i++;
      continue;
    }
    // A run of paragraphs that belong together: list items, quotations, code.
    const runOf = (belongs: (next: ParagraphItem) => boolean): ParagraphItem[] => {
      const run: ParagraphItem[] = [];
      while (i < items.length) {
        const next = items[i]!;
        if (next.kind !== "paragraph" || !belongs(next)) break;
        run.push(next);
        i++;
      }
      return run;
    };
    if (item.list) {
      const run = runOf((next) => next.list !== undefined) as (ParagraphItem & ListParagraph)[];
      for (const node of buildLists(run, context)) block(node);
    } else if (item.role.kind === "quote") {
      const run = runOf((next) => next.role.kind === "quote" && !next.list);
      block({ type: "blockquote", content: run.map((quote) => paragraph(quote.content)) });
    } else if (item.role.kind === "code") {
      block(codeBlock(runOf((next) => next.role.kind === "code")));
    } else {
      i++;
      const namesSomething = !inCell && (item.role.kind === "title" || (item.role.kind === "heading" && item.role.level === 1));
      if (namesSomething) {
        // The document's or a section's name is plain words: a note on it has nowhere to go.
        const notes = item.content.filter((node) => node.type === "footnote").length;
        const name = namingText(item.content);
        if (notes > 0) context.report.note(text("import.warning.titleFootnotes", { count: notes, title: name }));
        if (item.role.kind === "title") pieces.push({ kind: "title", text: name });
        else if (name.length > 0) pieces.push({ kind: "section", title: name });
      } else if (item.role.kind === "heading" || item.role.kind === "title") {
        const level = item.role.kind === "title" ? 2 : Math.min(3, Math.max(2, item.role.level));
        if (plainText(paragraph(item.content)).trim().length > 0) block({ type: "heading", attrs: { level }, content: item.content });
      } else {
        block(paragraph(item.content));
      }
    }
  }
  return pieces;
}

const blocksOf = (pieces: Piece[]): PmNode[] => pieces.flatMap((piece) => (piece.kind === "block" ? [piece.node] : []));

/** The content of a table cell: blocks only (a heading inside a cell stays a heading, never a new section). */
function readCellBlocks(nodes: XmlElement[], context: ConvertContext): PmNode[] {
  const items: Item[] = [];
  collectItems(nodes, context, items, (inner) => readCellBlocks(inner, context));
  return blocksOf(toPieces(items, context, true));
}

/** The document body as pieces: title, section starts and blocks, in order. */
export function readBody(body: XmlElement, context: ConvertContext): Piece[] {
  const items: Item[] = [];
  collectItems(elements(body), context, items, (nodes) => readCellBlocks(nodes, context), true);
  return toPieces(items, context, false);
}
