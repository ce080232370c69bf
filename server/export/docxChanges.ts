import { bookmarkUniqueNumericId, DeletedTextRun, InsertedTextRun, type IParagraphRunOptions, type IRunOptions } from "docx";
import type { InlineRun, TrackedChange } from "./inline";

// Suggestions as Word tracked changes: inserted words in `w:ins`, deleted words in `w:del` (their text as
// `w:delText`), each naming its author (`w:author`) and when it was made (`w:date`), so Word's Review pane lists
// them by person and "Accept" / "Reject" do what the suggestion means. A suggested paragraph break is the
// paragraph's own mark inserted (`w:pPr/w:rPr/w:ins`): Word shows the pilcrow as inserted, and rejecting it joins
// the paragraph to the next one again; a suggested join is the mark deleted.
//
// One suggestion written in several runs (a bold word in it, a link, across paragraphs) becomes several revision
// marks with the same author and date; each has its own `w:id`. An annotation's id must be unique in the document,
// bookmarks included (the contents list links to the headings by bookmarks), so revisions draw theirs from the
// docx package's one counter that every bookmark draws from.

function revision(change: TrackedChange): { id: number; author: string; date: string } {
  // `w:date` is optional in OOXML: a suggestion whose time is not known is written without one. The docx package
  // types it as a string and leaves an undefined attribute out.
  return { id: bookmarkUniqueNumericId(), author: change.author, date: change.date ?? (undefined as unknown as string) };
}

/** A run of a suggestion's text as an insertion or a deletion. */
export function revisionRun(options: IRunOptions, change: TrackedChange): InsertedTextRun | DeletedTextRun {
  const attributes = { ...options, ...revision(change) };
  return change.kind === "insertion" ? new InsertedTextRun(attributes) : new DeletedTextRun(attributes);
}

/** The paragraph mark's properties when a suggestion inserts or deletes it (the runs' last, if any, says so). */
export function paragraphMark(runs: readonly InlineRun[]): IParagraphRunOptions | undefined {
  const last = runs.at(-1);
  if (!last?.paragraphEnd || !last.change) return undefined;
  return paragraphMarkOf(last.change);
}

/** A paragraph mark inserted or deleted by `change`. */
export function paragraphMarkOf(change: TrackedChange): IParagraphRunOptions {
  const mark = revision(change);
  return change.kind === "insertion" ? { insertion: mark } : { deletion: mark };
}
