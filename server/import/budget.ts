import { tooLarge } from "./errors";
import { text, type ServerText } from "../i18n/translate";
import type { PmNode } from "./model";

// How much text an import may make. The file's size says little about it: ZIP packs repeated text about a
// thousand to one (a 93 KB file unpacks to one 95 MB paragraph within the package limits), and every reference to
// a footnote carries the note's whole text (up to 2,000 characters for an element of 30 bytes). So the text is
// counted twice: as each XML part is read (its text elements, before anything is built from them) and as each
// paragraph is converted (what the document will hold, note texts included). Paragraphs are counted in both places
// too: while reading, a file of 300 000 paragraphs is refused after the first 20 000 instead of after all of them.

export interface TextLimits {
  /** Paragraphs of the file: body, tables and lists, left-out ones (a table of contents) included. */
  maxParagraphs: number;
  /** Characters in one paragraph, its footnotes' text included. */
  maxParagraphChars: number;
  /** Characters of text in the whole document, and in any one part of the file. */
  maxTextChars: number;
}

export const tooManyParagraphs = (limit: number) => tooLarge(text("import.tooManyParagraphs", { max: limit }));

export const tooMuchText = (limit: number) => tooLarge(text("import.tooMuchText", { max: limit }));

/** Characters a paragraph's inline content holds: text, footnote texts, one per line break. */
function lengthOf(content: readonly PmNode[]): number {
  let length = 0;
  for (const node of content) {
    if (node.type === "text") length += node.text?.length ?? 0;
    else if (node.type === "footnote") length += String(node.attrs?.text ?? "").length;
    else length += 1;
  }
  return length;
}

/** Where a paragraph starts, to help the admin find it in Word: its first words, if it has any. */
function opening(content: readonly PmNode[]): string | undefined {
  const first = content.find((node) => node.type === "text")?.text ?? "";
  const words = first.slice(0, 60).replace(/\s+/g, " ").trim();
  return words.length > 0 ? `${words}${first.length > 60 ? "…" : ""}` : undefined;
}

function paragraphTooLong(length: number, max: number, content: readonly PmNode[]): ServerText {
  const start = opening(content);
  // `starts` chooses the sentence with or without the paragraph's first words.
  return text("import.paragraphTooLong", start === undefined ? { length, max, starts: "no" } : { length, max, starts: "yes", start });
}

/** Counts the paragraphs and text an import makes, and refuses the file at the first limit it passes. */
export class TextBudget {
  private paragraphs = 0;
  private characters = 0;

  constructor(private readonly limits: TextLimits) {}

  paragraph(content: readonly PmNode[]): void {
    const { maxParagraphs, maxParagraphChars, maxTextChars } = this.limits;
    if (++this.paragraphs > maxParagraphs) throw tooManyParagraphs(maxParagraphs);
    const length = lengthOf(content);
    if (length > maxParagraphChars) {
      throw tooLarge(paragraphTooLong(length, maxParagraphChars, content));
    }
    this.characters += length;
    if (this.characters > maxTextChars) throw tooMuchText(maxTextChars);
  }
}
