import type { Node as ProseMirrorNode } from "@tiptap/pm/model";

// Inline content (text with marks, links, line breaks) flattened once, in the same way for every format, so a
// bold word or a link is bold or a link in DOCX, PDF, HTML and Markdown alike.

export interface InlineRun {
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strike: boolean;
  code: boolean;
  /** A safe link target (http, https or mailto), or null. */
  href: string | null;
  /** A line break inside the paragraph (Shift+Enter): `text` is empty. */
  lineBreak: boolean;
}

const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

/** Drops control characters (a stray U+0001 pasted from elsewhere would make a DOCX unreadable). */
export const clean = (text: string): string => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "");

/** A code block's text, line by line. */
export const codeLines = (node: ProseMirrorNode): string[] => clean(node.textContent).split("\n");

/** Only web and mail links survive into a document that leaves the building; anything else stays plain text. */
export function safeHref(href: unknown): string | null {
  if (typeof href !== "string") return null;
  const trimmed = href.trim();
  return SAFE_LINK.test(trimmed) ? trimmed : null;
}

export function inlineRuns(node: ProseMirrorNode): InlineRun[] {
  const runs: InlineRun[] = [];
  node.forEach((child) => {
    if (child.type.name === "hardBreak") {
      runs.push({ text: "", bold: false, italic: false, underline: false, strike: false, code: false, href: null, lineBreak: true });
      return;
    }
    if (!child.isText || !child.text) return;
    const has = (name: string) => child.marks.some((mark) => mark.type.name === name);
    const link = child.marks.find((mark) => mark.type.name === "link");
    runs.push({
      text: clean(child.text),
      bold: has("bold"),
      italic: has("italic"),
      underline: has("underline"),
      strike: has("strike"),
      code: has("code"),
      href: link ? safeHref(link.attrs.href) : null,
      lineBreak: false,
    });
  });
  return runs;
}

/** The plain text of a block, paragraphs inside it joined by a space. */
export const plainText = (node: ProseMirrorNode): string => node.textBetween(0, node.content.size, " ", " ").replace(/\s+/g, " ").trim();

/** A paragraph with nothing in it but spaces: left out of exports and not numbered. */
export const isBlank = (node: ProseMirrorNode): boolean => node.textContent.trim().length === 0;

/** The marker of the n-th item (0-based) of an ordered list starting at `start`, in one style for every format. */
export const orderedMarker = (start: number, index: number): string => `${start + index}.`;

/** Bullets by nesting depth (0-based). */
export const bulletMarker = (depth: number): string => (["•", "–", "◦"] as const)[depth % 3]!;
