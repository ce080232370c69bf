import { TableMap } from "@tiptap/pm/tables";
import { schema } from "../../shared/editor/schema";
import { child, elements, val, type XmlElement } from "./xml";
import type { ConvertContext } from "./context";
import { paragraph, plainText, type PmNode } from "./model";
import { text, type MessageValues } from "../i18n/translate";

// w:tbl to table/tableRow/tableHeader/tableCell. Word describes merged cells per grid column (gridSpan across,
// vMerge restart/continue down); ProseMirror wants colspan/rowspan and rows that fill a rectangle. The table
// must come out well formed: the editor would otherwise "fix" it on opening, a write nobody typed (and one a
// reader's editor is not allowed to make). So a table is checked with prosemirror-tables' own TableMap; if its
// merges do not fit, they are split; if it still does not fit, it is flattened into paragraphs.

interface CellDraft {
  blocks: PmNode[];
  colspan: number;
  rowspan: number;
}

/** Reads a cell's block content (paragraphs, lists, nested tables), supplied by the block reader. */
export type CellReader = (nodes: XmlElement[]) => PmNode[];

const WRAPPERS = new Set(["w:sdt", "w:customXml", "w:ins", "w:moveTo"]);

/** Children with the name, looking through content controls, custom XML and tracked insertions. */
function through(parent: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const element of elements(parent)) {
    if (element.name === name) found.push(element);
    else if (WRAPPERS.has(element.name)) found.push(...through(element.name === "w:sdt" ? (child(element, "w:sdtContent") ?? element) : element, name));
  }
  return found;
}

const integer = (value: string | undefined, fallback: number): number => {
  const parsed = Number.parseInt(value ?? "", 10);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
};

function isOn(element: XmlElement | undefined): boolean {
  if (!element) return false;
  const value = element.attrs.get("w:val");
  return value === undefined || !["0", "false", "off"].includes(value);
}

function readRows(table: XmlElement, readCell: CellReader): { rows: CellDraft[][]; headerRows: number } {
  const rows: CellDraft[][] = [];
  let headerRows = 0;
  let headerRunOver = false;
  // The cell a vertical merge started in, by grid column.
  const merging = new Map<number, CellDraft>();
  for (const tr of through(table, "w:tr")) {
    const trPr = child(tr, "w:trPr");
    // A row deleted with tracked changes on is gone once they are accepted.
    if (child(trPr, "w:del")) continue;
    if (!headerRunOver && isOn(child(trPr, "w:tblHeader"))) headerRows++;
    else headerRunOver = true;
    const cells: CellDraft[] = [];
    let column = 0;
    const before = integer(val(trPr, "w:gridBefore"), 0);
    if (before > 0) {
      cells.push({ blocks: [], colspan: before, rowspan: 1 });
      column += before;
    }
    const continued = new Set<number>();
    for (const tc of through(tr, "w:tc")) {
      const tcPr = child(tc, "w:tcPr");
      const colspan = integer(val(tcPr, "w:gridSpan"), 1);
      const vMerge = child(tcPr, "w:vMerge");
      const above = merging.get(column);
      if (vMerge && vMerge.attrs.get("w:val") !== "restart" && above && above.colspan === colspan) {
        above.rowspan++;
        continued.add(column);
        column += colspan;
        continue;
      }
      const cell: CellDraft = { blocks: readCell(elements(tc).filter((e) => e.name !== "w:tcPr")), colspan, rowspan: 1 };
      if (vMerge?.attrs.get("w:val") === "restart") {
        merging.set(column, cell);
        continued.add(column);
      }
      cells.push(cell);
      column += colspan;
    }
    for (const start of [...merging.keys()]) if (!continued.has(start)) merging.delete(start);
    rows.push(cells);
  }
  return { rows, headerRows: headerRows > 0 ? headerRows : rows.length > 1 ? 1 : 0 };
}

/** Adds empty cells so every row fills the widest, and keeps row spans inside the table. */
function squareUp(rows: CellDraft[][]): void {
  const taken: Set<number>[] = rows.map(() => new Set<number>());
  rows.forEach((cells, r) => {
    let position = 0;
    for (const cell of cells) {
      cell.rowspan = Math.min(cell.rowspan, rows.length - r);
      while (taken[r]!.has(position)) position++;
      for (let dr = 0; dr < cell.rowspan; dr++) for (let dc = 0; dc < cell.colspan; dc++) taken[r + dr]!.add(position + dc);
      position += cell.colspan;
    }
  });
  const width = Math.max(0, ...taken.map((row) => row.size));
  rows.forEach((cells, r) => {
    for (let missing = width - taken[r]!.size; missing > 0; missing--) cells.push({ blocks: [], colspan: 1, rowspan: 1 });
  });
}

function toNode(rows: CellDraft[][], headerRows: number): PmNode {
  return {
    type: "table",
    content: rows.map((cells, r) => ({
      type: "tableRow",
      content: cells.map((cell) => ({
        type: r < headerRows ? "tableHeader" : "tableCell",
        ...((cell.colspan > 1 || cell.rowspan > 1) && { attrs: { colspan: cell.colspan, rowspan: cell.rowspan } }),
        content: cell.blocks.length > 0 ? cell.blocks : [paragraph([])],
      })),
    })),
  };
}

function fits(table: PmNode): boolean {
  try {
    const node = schema.nodeFromJSON(table);
    node.check();
    return TableMap.get(node).problems === null;
  } catch {
    return false;
  }
}

/** A table as blocks: normally one table node; paragraphs if it cannot be made well formed. */
export function readTable(table: XmlElement, context: ConvertContext, readCell: CellReader): PmNode[] {
  const { rows, headerRows } = readRows(table, readCell);
  const kept = rows.filter((cells) => cells.length > 0);
  if (kept.length === 0) return [];
  const firstText = plainText({ type: "doc", content: kept[0]!.flatMap((cell) => cell.blocks) }, " ").replace(/\s+/g, " ").trim();
  // `starts` chooses the sentence that names the table by its first words, or the one for a table without any.
  const label: MessageValues = firstText.length > 0 ? { starts: "yes", start: firstText.length > 40 ? `${firstText.slice(0, 40)}…` : firstText } : { starts: "no" };
  squareUp(kept);
  const node = toNode(kept, headerRows);
  if (fits(node)) return [node];

  const split = kept.map((cells) => cells.map((cell) => ({ ...cell, colspan: 1, rowspan: 1 })));
  squareUp(split);
  const unmerged = toNode(split, headerRows);
  if (fits(unmerged)) {
    context.report.note(text("import.warning.tableSplit", label));
    return [unmerged];
  }
  context.report.note(text("import.warning.tableFlattened", label));
  return kept
    .map((cells) => cells.map((cell) => plainText({ type: "doc", content: cell.blocks }, " ").replace(/\s+/g, " ").trim()).filter((t) => t.length > 0).join(" | "))
    .filter((line) => line.length > 0)
    .map((line) => paragraph([{ type: "text", text: line }]));
}
