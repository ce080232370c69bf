import { footnoteText } from "../../shared/editor/nodes/footnote";

// ProseMirror JSON as the importer builds it: plain objects in the shared schema's vocabulary, checked against
// the schema (`schema.nodeFromJSON(json).check()`) before anything is written.

export type MarkName = "bold" | "italic" | "underline" | "strike" | "code" | "link";

export interface PmMark {
  type: MarkName;
  attrs?: { href: string };
}

export interface PmNode {
  type: string;
  attrs?: Record<string, string | number | null>;
  content?: PmNode[];
  marks?: PmMark[];
  text?: string;
}

/** A `doc` node: one section's text. */
export interface PmDoc extends PmNode {
  type: "doc";
  content: PmNode[];
}

export const paragraph = (content: PmNode[]): PmNode => (content.length > 0 ? { type: "paragraph", content } : { type: "paragraph" });

const INLINE_NODES = new Set(["text", "hardBreak", "footnote"]);

/** The text of a node, textblocks separated by `separator`, hard breaks as spaces, footnotes as " [text]". */
export function plainText(node: PmNode, separator = "\n"): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return " ";
  if (node.type === "footnote") return footnoteText(node.attrs?.text);
  const parts = (node.content ?? []).map((child) => plainText(child, separator));
  const isTextblock = (node.content ?? []).some((child) => INLINE_NODES.has(child.type));
  return parts.filter((part) => part.length > 0).join(isTextblock ? "" : separator);
}

/** Every textblock's text, as plain paragraphs: what anything that fails the schema degrades to. */
export function asPlainParagraphs(node: PmNode): PmNode[] {
  return plainText(node)
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter((line) => line.length > 0)
    .map((line) => paragraph([{ type: "text", text: line }]));
}
