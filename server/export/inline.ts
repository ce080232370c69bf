import type { Mark, Node as ProseMirrorNode } from "@tiptap/pm/model";
import { CONTROL_CHARACTERS, noteText } from "../../shared/editor/nodes/footnote";
import { SUGGESTION_KINDS, type SuggestionKind } from "../../shared/editor/marks/suggestion";
import { ZERO_WIDTH_SPACE } from "../../shared/editor/suggestions";

// Inline content (text with marks, links, line breaks) flattened once, in the same way for every format, so a
// bold word or a link is bold or a link in DOCX, PDF, HTML and Markdown alike. A footnote becomes a run carrying
// its number; each format draws the reference and prints the notes (model.ts numbers them).

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
  /** A footnote reference: the note's number in the paper (`text` is empty, no marks); null for text. */
  note: number | null;
  /** In a tracked export, the suggestion this run belongs to; null for agreed text (and in an agreed export). */
  change: TrackedChange | null;
  /**
   * The end of the paragraph, which `change` inserts (a proposed paragraph break) or deletes (a proposed join);
   * `text` is empty. Always the last run of its block.
   */
  paragraphEnd: boolean;
}

/** A suggestion as a tracked export shows it. */
export interface TrackedChange {
  kind: SuggestionKind;
  /** The suggestion's id: one suggestion may span several runs and paragraphs. */
  id: string;
  /** The author's name. */
  author: string;
  /** When it was made (ISO 8601, whole seconds), when known. */
  date: string | null;
}

/** What a tracked export knows of the suggestions in its text (server/export/changes.ts). */
export interface TrackedChanges {
  of(mark: Mark): TrackedChange;
  /** Textblocks whose end a suggestion inserts (a proposed break) or deletes (a proposed join). */
  ends: ReadonlyMap<ProseMirrorNode, TrackedChange>;
  /** Textblocks whose start such a suggestion reaches: the break before them is that suggestion's. */
  starts: ReadonlyMap<ProseMirrorNode, TrackedChange>;
}

/** What inline content is read with: the note numbers, and in a tracked export the suggestions. */
export interface InlineContext {
  notes: NoteNumbers;
  /** Null in an agreed export, whose text has no suggestions left. */
  changes: TrackedChanges | null;
}

/**
 * The number of every footnote node of the paper, decided once in the render model. Keyed by the node itself:
 * each node read from Yjs is its own object, and inline content is all a renderer holds when it meets a note.
 */
export type NoteNumbers = ReadonlyMap<ProseMirrorNode, number>;

/** A run with no marks, for building runs by hand. */
export const plainRun = (text: string, extra: Partial<InlineRun> = {}): InlineRun => ({
  text,
  bold: false,
  italic: false,
  underline: false,
  strike: false,
  code: false,
  href: null,
  lineBreak: false,
  note: null,
  change: null,
  paragraphEnd: false,
  ...extra,
});

const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

/** Drops control characters (a stray U+0001 pasted from elsewhere would make a DOCX unreadable). */
export const clean = (text: string): string => text.replace(CONTROL_CHARACTERS, "");

/** A code block's text, line by line. */
export const codeLines = (node: ProseMirrorNode): string[] => clean(node.textContent).split("\n");

/** Only web and mail links survive into a document that leaves the building; anything else stays plain text. */
export function safeHref(href: unknown): string | null {
  if (typeof href !== "string") return null;
  const trimmed = href.trim();
  return SAFE_LINK.test(trimmed) ? trimmed : null;
}

/**
 * Printed between two references with nothing between them: "1,2", which "12" would not be (every format sets
 * the comma raised, like the numbers).
 */
export const NOTE_SEPARATOR = ",";

export { noteText };

/** The suggestion mark of an inline node, if it has one. */
export const suggestionMarkOf = (node: ProseMirrorNode): Mark | undefined =>
  node.marks.find((mark) => (SUGGESTION_KINDS as readonly string[]).includes(mark.type.name));

export function inlineRuns(node: ProseMirrorNode, ctx: InlineContext): InlineRun[] {
  const runs: InlineRun[] = [];
  node.forEach((child) => {
    // Line breaks and notes are elements in the Y.Doc, which keep no marks: a suggestion is text only.
    if (child.type.name === "hardBreak") {
      runs.push(plainRun("", { lineBreak: true }));
      return;
    }
    if (child.type.name === "footnote") {
      // A note the model did not number (an empty one) has nothing to point at: it is left out.
      const number = ctx.notes.get(child);
      if (number !== undefined) runs.push(plainRun("", { note: number }));
      return;
    }
    if (!child.isText || !child.text) return;
    const suggestion = suggestionMarkOf(child);
    const change = suggestion && ctx.changes ? ctx.changes.of(suggestion) : null;
    // A suggestion's zero-width spaces only carry its mark across a paragraph boundary: never printed.
    const text = suggestion ? clean(child.text).replaceAll(ZERO_WIDTH_SPACE, "") : clean(child.text);
    if (!text) return;
    const has = (name: string) => child.marks.some((mark) => mark.type.name === name);
    const link = child.marks.find((mark) => mark.type.name === "link");
    runs.push({
      text,
      bold: has("bold"),
      italic: has("italic"),
      underline: has("underline"),
      strike: has("strike"),
      code: has("code"),
      href: link ? safeHref(link.attrs.href) : null,
      lineBreak: false,
      note: null,
      change,
      paragraphEnd: false,
    });
  });
  const end = ctx.changes?.ends.get(node);
  if (end) runs.push(plainRun("", { paragraphEnd: true, change: end }));
  return runs;
}

/** Two runs of one suggestion (or both of agreed text): drawn inside one insertion or deletion. */
export const sameChange = (a: TrackedChange | null, b: TrackedChange | null): boolean =>
  a === b || (a !== null && b !== null && a.id === b.id && a.kind === b.kind);

/**
 * A paragraph with nothing in it but spaces: left out of exports and not numbered. A footnote counts as text
 * (its `leafText`), so a paragraph holding only a note is kept, as the editor shows it.
 */
export const isBlank = (node: ProseMirrorNode): boolean =>
  // A note with no text is printed nowhere, so it does not make its paragraph worth a number.
  node.textBetween(0, node.content.size, " ", (leaf) => (leaf.type.name === "footnote" && noteText(leaf.attrs.text) ? "*" : "")).trim().length === 0;

/** The marker of the n-th item (0-based) of an ordered list starting at `start`, in one style for every format. */
export const orderedMarker = (start: number, index: number): string => `${start + index}.`;

/** Bullets by nesting depth (0-based). */
export const bulletMarker = (depth: number): string => (["•", "–", "◦"] as const)[depth % 3]!;
