import * as Y from "yjs";
import { schema } from "../../shared/editor/schema";

// The shape section text must have in the Y.Doc, as y-tiptap writes it and every editor reads it: a section's
// fragment holds elements; an element holds elements and texts, and its attributes are plain values; a text holds
// characters and formatting by the schema's marks. A struct of any other shape (a bare text in a fragment, a
// number in an element, an embed in a text) makes every editor's reader throw or delete it on sight: readers'
// deletes are refused, so one crafted update would keep every reader of the section failing. Refused here.

/** What holds a struct: a section's fragment, an element of the schema, a text, or something else. */
export type Holder = { kind: "fragment" } | { kind: "element"; name: string } | { kind: "text" } | { kind: "other" };

export function holderOfType(type: unknown): Holder {
  if (type instanceof Y.XmlElement) return { kind: "element", name: type.nodeName };
  if (type instanceof Y.XmlText) return { kind: "text" };
  if (type instanceof Y.XmlFragment) return { kind: "fragment" };
  return { kind: "other" };
}

const markName = (key: string) => key.split("--")[0]!;

/**
 * Null when an item of this content may sit in this holder: in its list (`key` null) or as the attribute `key`.
 * (The key comes from the guard: an update leaves it out of an item that has a left or right neighbour.)
 */
export function shapeProblem(item: Y.Item, holder: Holder, key: string | null): string | null {
  const content = item.content;
  if (content instanceof Y.ContentDeleted) return null;
  switch (holder.kind) {
    case "fragment":
      if (key !== null) return "a section has no attributes";
      if (content instanceof Y.ContentType && content.type instanceof Y.XmlElement) return null;
      return "a section holds only elements";
    case "element":
      if (key !== null) return content instanceof Y.ContentAny ? null : `attribute "${key}" is not a plain value`;
      if (content instanceof Y.ContentType && (content.type instanceof Y.XmlElement || content.type instanceof Y.XmlText)) return null;
      return `a "${holder.name}" holds only elements and text`;
    case "text":
      if (key !== null) return "text has no attributes";
      if (content instanceof Y.ContentString) return null;
      if (content instanceof Y.ContentFormat) return schema.marks[markName(content.key)] ? null : `unknown formatting "${content.key}"`;
      return "text holds only characters and formatting";
    case "other":
      return null;
  }
}
