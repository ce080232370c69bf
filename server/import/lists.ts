import type { ConvertContext } from "./context";
import { paragraph, type PmNode } from "./model";
import type { ListLevel } from "./numbering";

// Consecutive list paragraphs become nested bulletList/orderedList nodes. Word keeps lists flat (each paragraph
// says its numbering instance and level); the tree is rebuilt here: a deeper level nests in the item before it,
// a change of kind at the same level starts a sibling list. Numbers go on across interruptions, as in Word.

export interface ListRef extends ListLevel {
  /** The numbering instance: items of one instance share their counters. */
  numId: string;
  /** 0-based level (Word's ilvl). */
  ilvl: number;
}

export interface ListParagraph {
  content: PmNode[];
  list: ListRef;
}

interface OpenList {
  ilvl: number;
  kind: ListLevel["kind"];
  numId: string;
  node: PmNode & { content: PmNode[] };
}

/** The number Word would show for this item, counting per instance and level. */
function numberOf(list: ListRef, counters: Map<string, number[]>): number {
  const levels = counters.get(list.numId) ?? [];
  counters.set(list.numId, levels);
  const value = levels[list.ilvl] === undefined ? list.start : levels[list.ilvl]! + 1;
  levels[list.ilvl] = value;
  // A new item restarts the levels below it.
  levels.length = list.ilvl + 1;
  return value;
}

export function buildLists(items: readonly ListParagraph[], context: ConvertContext): PmNode[] {
  const roots: PmNode[] = [];
  const stack: OpenList[] = [];
  for (const item of items) {
    const { list } = item;
    const number = numberOf(list, context.listCounters);
    while (stack.length > 0 && stack[stack.length - 1]!.ilvl > list.ilvl) stack.pop();
    const top = stack[stack.length - 1];
    if (top && top.ilvl === list.ilvl && (top.kind !== list.kind || top.numId !== list.numId)) stack.pop();
    let current = stack[stack.length - 1];
    if (!current || current.ilvl < list.ilvl) {
      const node: OpenList["node"] =
        list.kind === "bullet"
          ? { type: "bulletList", content: [] }
          : { type: "orderedList", attrs: { start: number, type: list.type }, content: [] };
      const parentItem = current?.node.content[current.node.content.length - 1];
      if (parentItem) parentItem.content!.push(node);
      else roots.push(node);
      current = { ilvl: list.ilvl, kind: list.kind, numId: list.numId, node };
      stack.push(current);
    }
    current.node.content.push({ type: "listItem", content: [paragraph(item.content)] });
  }
  return roots;
}
