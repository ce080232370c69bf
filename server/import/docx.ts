import { schema } from "../../shared/editor/schema";
import { child } from "./xml";
import { openPackage, sniffNonDocx } from "./package";
import { Styles } from "./styles";
import { Numbering } from "./numbering";
import { Notes } from "./notes";
import { ImportReport } from "./report";
import { readBody, type Piece } from "./blocks";
import { asPlainParagraphs, paragraph, type PmDoc, type PmNode } from "./model";
import { tooLarge, unreadable } from "./errors";
import { TextBudget } from "./budget";
import type { ConvertContext } from "./context";
import { addVotes, LanguageTally, winner, type Votes } from "./language";
import { DEFAULT_DOCUMENT_LANGUAGE, type DocumentLanguage } from "../../shared/languages";
import { text, type ServerText } from "../i18n/translate";

// DOCX to sections, without a DOM: unzip, read the XML parts, map Word's structure onto the shared schema.
// The title (or the first Heading 1) names the document; each Heading 1 starts a section; what comes before the
// first one is an "Introduction". Every block is checked against the schema, and one that fails becomes plain
// paragraphs with a warning, so a strange file still imports.

export const IMPORT_LIMITS = {
  /** The .docx file itself. */
  maxFileBytes: 20 * 1024 * 1024,
  /** Parts inside it, and their claimed size unpacked: past these it is a zip bomb, not a paper. */
  maxEntries: 2000,
  maxUnpackedBytes: 100 * 1024 * 1024,
  /** Per XML part. */
  maxElements: 1_000_000,
  maxDepth: 200,
  /** The text the document may hold (server/import/budget.ts), and each XML part's text elements. */
  maxParagraphs: 20_000,
  maxParagraphChars: 20_000,
  maxTextChars: 2_000_000,
  /** As for documents created through the API. */
  maxSections: 200,
  maxTitleLength: 200,
} as const;

export interface ImportedSection {
  title: string;
  /** The section's text in the shared schema; null for a section with a heading and nothing under it. */
  content: PmDoc | null;
  /** Its language when it is not the document's (by the file's w:lang marks and scripts); else null. */
  language: DocumentLanguage | null;
}

export interface ImportedDocument {
  title: string;
  /** What most of the file's letters are written in; English when nothing says. */
  language: DocumentLanguage;
  sections: ImportedSection[];
  /** Anything left out or simplified, as sentences for the admin (said in their language by the route). */
  warnings: ServerText[];
}

const INTRODUCTION = "Introduction";

function clip(title: string, what: "document" | "section", report: ImportReport): string {
  if (title.length <= IMPORT_LIMITS.maxTitleLength) return title;
  const clipped = `${title.slice(0, IMPORT_LIMITS.maxTitleLength - 1).trimEnd()}…`;
  report.note(text("import.warning.titleShortened", { what, title: clipped, max: IMPORT_LIMITS.maxTitleLength }));
  return clipped;
}

/** The block if the schema accepts it, else its text as plain paragraphs. */
function checked(node: PmNode, sectionTitle: string, report: ImportReport): PmNode[] {
  try {
    schema.nodeFromJSON(node).check();
    return [node];
  } catch {
    // The block's kind chooses the words (a select in the catalogue), so each language names it its own way.
    report.note(text("import.warning.blockSimplified", { block: node.type, title: sectionTitle }));
    return asPlainParagraphs(node);
  }
}

type SplitSection = Omit<ImportedSection, "language"> & { votes: Votes };

/** `parts`: the letters per language of what comes before the first Heading 1, then of each section (LanguageTally). */
function splitSections(pieces: Piece[], fallbackTitle: string, report: ImportReport, parts: readonly Votes[]): { title: string; sections: SplitSection[] } {
  const titlePiece = pieces.find((piece): piece is Extract<Piece, { kind: "title" }> => piece.kind === "title" && piece.text.length > 0);
  const firstSection = pieces.find((piece): piece is Extract<Piece, { kind: "section" }> => piece.kind === "section");
  const title = clip(titlePiece?.text ?? firstSection?.title ?? fallbackTitle, "document", report);
  const drafts: { title: string; blocks: PmNode[]; votes: Votes }[] = [];
  const current = () => {
    if (drafts.length === 0) drafts.push({ title: INTRODUCTION, blocks: [], votes: addVotes(new Map(), parts[0] ?? new Map()) });
    return drafts[drafts.length - 1]!;
  };
  let overflow = 0;
  let started = 0;
  for (const piece of pieces) {
    if (piece === titlePiece) continue;
    if (piece.kind === "section") {
      const votes = parts[++started] ?? new Map();
      if (drafts.length < IMPORT_LIMITS.maxSections) drafts.push({ title: clip(piece.title, "section", report), blocks: [], votes: addVotes(new Map(), votes) });
      else {
        overflow++;
        const last = current();
        last.blocks.push({ type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: piece.title }] });
        addVotes(last.votes, votes);
      }
    } else if (piece.kind === "title") {
      // A second Title paragraph is text like any other.
      current().blocks.push(paragraph([{ type: "text", text: piece.text }]));
    } else {
      current().blocks.push(piece.node);
    }
  }
  if (overflow > 0) {
    report.note(text("import.warning.tooManySections", { max: IMPORT_LIMITS.maxSections, count: overflow }));
  }
  if (!firstSection && drafts.length > 0) {
    report.note(text("import.warning.noHeading1", { title: INTRODUCTION }));
  }
  const sections = drafts.map((draft): SplitSection => {
    const { votes } = draft;
    const blocks = draft.blocks.flatMap((block) => checked(block, draft.title, report));
    if (blocks.length === 0) return { title: draft.title, content: null, votes };
    const doc: PmDoc = { type: "doc", content: blocks };
    try {
      schema.nodeFromJSON(doc).check();
      return { title: draft.title, content: doc, votes };
    } catch {
      report.note(text("import.warning.sectionSimplified", { title: draft.title }));
      const plain = blocks.flatMap(asPlainParagraphs);
      return { title: draft.title, content: plain.length > 0 ? { type: "doc", content: plain } : null, votes };
    }
  });
  return { title, sections };
}

/** The title a file name gives: "Elements Paper v3.docx" is "Elements Paper v3". */
function titleFromFilename(filename: string | undefined): string {
  const base = (filename ?? "").split(/[\\/]/).pop()!.replace(/\.docx$/i, "").replace(/[_\s]+/g, " ").trim();
  return base.length > 0 ? base : "Imported document";
}

/** Converts a .docx file into a title and sections in the shared schema, with warnings for what was left out. */
export function importDocx(bytes: Uint8Array, options: { filename?: string } = {}): ImportedDocument {
  if (bytes.length > IMPORT_LIMITS.maxFileBytes) {
    throw tooLarge(text("import.fileTooLarge", { megabytes: IMPORT_LIMITS.maxFileBytes / (1024 * 1024) }));
  }
  const notDocx = sniffNonDocx(bytes);
  if (notDocx) throw unreadable(notDocx);
  const parts = openPackage(bytes, IMPORT_LIMITS);
  const report = new ImportReport();
  const shared = {
    styles: new Styles(parts.styles),
    numbering: new Numbering(parts.numbering),
    report,
    listCounters: new Map<string, number[]>(),
    budget: new TextBudget(IMPORT_LIMITS),
    languages: new LanguageTally(),
  };
  const context: ConvertContext = {
    ...shared,
    rels: parts.rels,
    fields: [],
    notes: new Notes({ footnote: parts.footnotes, endnote: parts.endnotes }, shared),
  };
  const pieces = readBody(child(parts.document, "w:body")!, context);
  const letters = shared.languages.parts;
  const split = splitSections(pieces, titleFromFilename(options.filename), report, letters);
  // The document's language is that of most of its letters; a section whose own letters mostly say another has it.
  const language = winner(letters.reduce((all, part) => addVotes(all, part), new Map())) ?? DEFAULT_DOCUMENT_LANGUAGE;
  const sections = split.sections.map(({ votes, ...section }): ImportedSection => {
    const own = winner(votes);
    return { ...section, language: own !== undefined && own !== language ? own : null };
  });
  return { title: split.title, language, sections, warnings: report.warnings() };
}
