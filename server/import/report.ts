import { FOOTNOTE_MAX_LENGTH } from "../../shared/editor/nodes/footnote";

// What the import could not keep as it was, counted while converting and told to the admin in words.

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
  private readonly notes: string[] = [];

  count(what: keyof ImportCounts, by = 1): void {
    this.counts[what] += by;
  }

  /** A warning about one place in the document, e.g. a table that had to be simplified. */
  note(message: string): void {
    this.notes.push(message);
  }

  /** All warnings, the specific ones first; at most `limit`, then how many more. */
  warnings(limit = 50): string[] {
    const c = this.counts;
    const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    const summary: string[] = [];
    if (c.images > 0) summary.push(`${plural(c.images, "image, drawing or text box was", "images, drawings or text boxes were")} skipped: sections hold text only.`);
    if (c.footnotes > 0) summary.push(`${plural(c.footnotes, "footnote or endnote was", "footnotes or endnotes were")} left out: the file holds no readable text for ${c.footnotes === 1 ? "it" : "them"} (the reference marks are removed from the text).`);
    if (c.longNotes > 0) summary.push(`${plural(c.longNotes, "footnote or endnote was", "footnotes or endnotes were")} shortened to ${FOOTNOTE_MAX_LENGTH} characters, the most a footnote holds.`);
    if (c.equations > 0) summary.push(`${plural(c.equations, "equation was", "equations were")} left out.`);
    if (c.embedded > 0) summary.push(`${plural(c.embedded, "embedded object or file was", "embedded objects or files were")} left out.`);
    if (c.tableOfContents > 0) summary.push("The table of contents was left out: the sections make the outline.");
    if (c.exportLines > 0) summary.push("The title page and section status lines of a Penholder export were left out: the document has its own.");
    if (c.unsafeLinks > 0) summary.push(`${plural(c.unsafeLinks, "link", "links")} to an address that is not http, https or mailto kept the text but lost the link.`);
    if (c.insertions > 0 || c.deletions > 0) {
      summary.push("Tracked changes were accepted: inserted text is kept, deleted text is left out.");
    }
    if (c.comments > 0) summary.push(`${plural(c.comments, "Word comment was", "Word comments were")} not imported: comment in Penholder instead.`);
    const all = [...this.notes, ...summary];
    return all.length <= limit ? all : [...all.slice(0, limit - 1), `…and ${all.length - limit + 1} more.`];
  }
}
