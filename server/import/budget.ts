import { tooLarge } from "./errors";
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

const count = (n: number) => n.toLocaleString("en-GB");

export const tooManyParagraphs = (limit: number) =>
  tooLarge(`The file has more than ${count(limit)} paragraphs; a document to import may have at most ${count(limit)}. Import it in parts, each as its own document.`);

export const tooMuchText = (limit: number) =>
  tooLarge(`The file holds more than ${count(limit)} characters of text; a document to import may hold at most ${count(limit)}. Import it in parts, each as its own document.`);

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

/** Where a paragraph starts, to help the admin find it in Word. */
function opening(content: readonly PmNode[]): string {
  const first = content.find((node) => node.type === "text")?.text ?? "";
  const words = first.slice(0, 60).replace(/\s+/g, " ").trim();
  return words.length > 0 ? ` (it starts “${words}${first.length > 60 ? "…" : ""}”)` : "";
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
      throw tooLarge(`A paragraph in the file holds ${count(length)} characters${opening(content)}; a paragraph may hold at most ${count(maxParagraphChars)}. Split it into shorter paragraphs in Word and import again.`);
    }
    this.characters += length;
    if (this.characters > maxTextChars) throw tooMuchText(maxTextChars);
  }
}
