import { FOOTNOTE_MAX_LENGTH } from "../../shared/editor/nodes/footnote";
import { text, type ServerText } from "../i18n/translate";

// What the import could not keep as it was, counted while converting and told to the admin in words: message ids
// with their arguments, said in the admin's language by the route (server/i18n/messages).

export interface ImportCounts {
  images: number;
  footnotes: number;
  /** Notes longer than a footnote may be, shortened. */
  longNotes: number;
  equations: number;
  comments: number;
  insertions: number;
  deletions: number;
  unsafeLinks: number;
  tableOfContents: number;
  embedded: number;
  /** Lines a Penholder export writes around the text (title page, section status), left out. */
  exportLines: number;
}

export class ImportReport {
  readonly counts: ImportCounts = {
    images: 0,
    footnotes: 0,
    longNotes: 0,
    equations: 0,
    comments: 0,
    insertions: 0,
    deletions: 0,
    unsafeLinks: 0,
    tableOfContents: 0,
    embedded: 0,
    exportLines: 0,
  };
  private readonly notes: ServerText[] = [];

  count(what: keyof ImportCounts, by = 1): void {
    this.counts[what] += by;
  }

  /** A warning about one place in the document, e.g. a table that had to be simplified. */
  note(message: ServerText): void {
    this.notes.push(message);
  }

  /** All warnings, the specific ones first; at most `limit`, then how many more. */
  warnings(limit = 50): ServerText[] {
    const c = this.counts;
    const summary: ServerText[] = [];
    if (c.images > 0) summary.push(text("import.warning.images", { count: c.images }));
    if (c.footnotes > 0) summary.push(text("import.warning.footnotesLeftOut", { count: c.footnotes }));
    if (c.longNotes > 0) summary.push(text("import.warning.longNotes", { count: c.longNotes, max: FOOTNOTE_MAX_LENGTH }));
    if (c.equations > 0) summary.push(text("import.warning.equations", { count: c.equations }));
    if (c.embedded > 0) summary.push(text("import.warning.embedded", { count: c.embedded }));
    if (c.tableOfContents > 0) summary.push(text("import.warning.tableOfContents"));
    if (c.exportLines > 0) summary.push(text("import.warning.exportLines"));
    if (c.unsafeLinks > 0) summary.push(text("import.warning.unsafeLinks", { count: c.unsafeLinks }));
    if (c.insertions > 0 || c.deletions > 0) summary.push(text("import.warning.trackedChanges"));
    if (c.comments > 0) summary.push(text("import.warning.comments", { count: c.comments }));
    const all = [...this.notes, ...summary];
    return all.length <= limit ? all : [...all.slice(0, limit - 1), text("import.warning.more", { count: all.length - limit + 1 })];
  }
}
