import type { Styles } from "./styles";
import type { Numbering } from "./numbering";
import type { ImportReport } from "./report";
import type { TextBudget } from "./budget";
import type { LanguageTally } from "./language";

export interface Relationship {
  type: string;
  target: string;
  external: boolean;
}

/** A complex field (w:fldChar begin … separate … end): its instruction, and whether its result is showing. */
export interface OpenField {
  instruction: string;
  showing: boolean;
  href: string | undefined;
  tableOfContents: boolean;
}

export type NoteKind = "footnote" | "endnote";

/** The text of the note a reference points to; undefined when there is none, which the reader reports. */
export interface NoteReader {
  text(kind: NoteKind, id: string | undefined): string | undefined;
}

/** What converting the body needs, and the little state that runs across paragraphs. */
export interface ConvertContext {
  styles: Styles;
  numbering: Numbering;
  rels: ReadonlyMap<string, Relationship>;
  report: ImportReport;
  /** Fields may span runs and paragraphs (a table of contents spans many). */
  fields: OpenField[];
  /** Last number given per numbering instance and level, so a numbered list interrupted by text goes on counting. */
  listCounters: Map<string, number[]>;
  notes: NoteReader;
  /** Paragraphs and characters made so far, against the import's limits. */
  budget: TextBudget;
  /** Letters per language, per part of the file (server/import/language.ts). */
  languages: LanguageTally;
}
