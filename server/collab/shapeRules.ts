import * as Y from "yjs";
import { schema } from "../../shared/editor/schema";
import { SUGGESTION_KINDS, suggestionAttrsProblem } from "../../shared/editor/marks/suggestion";

// The shape section text must have in the Y.Doc, as y-tiptap writes it and every editor reads it: a section's
// fragment holds elements; an element holds elements and texts, and its attributes are plain values; a text holds
// characters and formatting by the marks its element allows; nesting stays shallow. A struct of any other shape
// (a bare text in a fragment, a number in an element, an embed in a text, a mark in a code block, blockquotes a
// thousand deep) makes every editor's reader throw or delete it on sight: readers' deletes are refused, so one
// crafted update would keep every reader of the section failing. Refused here.

/** Deeper than any paper needs (a list in a quote in a table cell is 6), far below what a reader's stack holds. */
export const MAX_DEPTH = 48;

/** What holds a struct, and how deep it is (a section's fragment is 0, its paragraphs 1, …). */
export type Holder =
  | { kind: "fragment"; depth: 0 }
  | { kind: "element"; name: string; depth: number }
  | { kind: "text"; element: string | null; depth: number }
  | { kind: "other"; depth: 0 };

export const OTHER: Holder = { kind: "other", depth: 0 };
export const FRAGMENT: Holder = { kind: "fragment", depth: 0 };

/** The holder a type makes for its contents, given the holder the type itself sits in. */
export function holderInside(type: unknown, outer: Holder): Holder {
  if (type instanceof Y.XmlElement) return { kind: "element", name: type.nodeName, depth: outer.depth + 1 };
  if (type instanceof Y.XmlText) return { kind: "text", element: outer.kind === "element" ? outer.name : null, depth: outer.depth + 1 };
  return OTHER;
}

/** Whole-number attributes every reader loops over (a table's spans, a heading's level, a list's first number). */
const COUNTS: Record<string, [number, number]> = { colspan: [1, 64], rowspan: [1, 1000], level: [1, 6], start: [0, 100_000] };
const MAX_ATTRIBUTE_TEXT = 10_000;

/** Null when an attribute value is one a reader can take as it is. */
export function attributeValueProblem(key: string, value: unknown): string | null {
  const range = COUNTS[key];
  if (range) {
    return typeof value === "number" && Number.isInteger(value) && value >= range[0] && value <= range[1]
      ? null
      : `attribute "${key}" must be a whole number from ${range[0]} to ${range[1]}`;
  }
  if (value === null || typeof value === "boolean") return null;
  if (typeof value === "number") return Number.isFinite(value) && Math.abs(value) <= 1e6 ? null : `attribute "${key}" is out of range`;
  if (typeof value === "string") return value.length <= MAX_ATTRIBUTE_TEXT ? null : `attribute "${key}" is too long`;
  if (Array.isArray(value)) {
    return value.length <= 64 && value.every((v) => v === null || (typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 10_000))
      ? null
      : `attribute "${key}" is not a list of widths`;
  }
  return `attribute "${key}" is not a plain value`;
}

/** The mark a formatting key names, as y-tiptap reads it (overlapping marks carry an 8-character hash). */
const markOf = (key: string) => schema.marks[/^(.*)--[a-zA-Z0-9+/=]{8}$/.exec(key)?.[1] ?? key];

/**
 * Null when an item of this content may sit in this holder: in its list (`key` null) or as the attribute `key`.
 * (The key comes from the guard: an update leaves it out of an item that has a left or right neighbour.)
 */
export function shapeProblem(item: Y.Item, holder: Holder, key: string | null): string | null {
  const content = item.content;
  if (content instanceof Y.ContentDeleted) return null;
  switch (holder.kind) {
    case "fragment":
    case "element": {
      if (holder.kind === "element" && key !== null) {
        if (!(content instanceof Y.ContentAny)) return `attribute "${key}" is not a plain value`;
        return attributeValueProblem(key, (content as unknown as { arr: unknown[] }).arr[0]);
      }
      if (key !== null) return "a section has no attributes";
      const isElement = content instanceof Y.ContentType && content.type instanceof Y.XmlElement;
      const isText = content instanceof Y.ContentType && content.type instanceof Y.XmlText;
      if (holder.kind === "fragment" && !isElement) return "a section holds only elements";
      if (holder.kind === "element" && !isElement && !isText) return `a "${holder.name}" holds only elements and text`;
      if (holder.depth + 1 > MAX_DEPTH) return `nested deeper than ${MAX_DEPTH}`;
      return null;
    }
    case "text": {
      if (key !== null) return "text has no attributes";
      if (content instanceof Y.ContentString) return null;
      if (!(content instanceof Y.ContentFormat)) return "text holds only characters and formatting";
      const mark = markOf(content.key);
      if (!mark) return `unknown formatting "${content.key}"`;
      const element = holder.element ? schema.nodes[holder.element] : undefined;
      if (!element?.allowsMarkType(mark)) return `"${mark.name}" is not allowed in "${holder.element ?? "this text"}"`;
      if (content.value !== null && typeof content.value !== "object") return `formatting "${content.key}" is not a set of attributes`;
      if (content.value !== null && (SUGGESTION_KINDS as readonly string[]).includes(mark.name)) return suggestionAttrsProblem(content.value);
      return null;
    }
    case "other":
      return null;
  }
}
