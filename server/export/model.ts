import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import type { OutlineEntry } from "../../shared/api/review";
import type { SectionStatus } from "../../shared/rights";
import { readSectionsInPlace } from "../../shared/editor/content";
import type { ExportSource } from "./source";
import { clean, isBlank, noteText, type NoteNumbers } from "./inline";

// The render model: what every export format draws, built once per export from a private copy of the Y.Doc (or a
// stored version) with the shared schema. Paragraph numbers are decided here, once, so DOCX, PDF, HTML, Markdown
// and the comments matrix cannot disagree. The rule (docs/EXPORTS.md):
//   - top-level paragraphs of the sections' text are numbered 1, 2, 3 … straight through the document;
//   - headings (section titles and in-text headings) are not numbered, nor are blank paragraphs;
//   - lists, tables, block quotes, code blocks and rules are not numbered: each belongs to the numbered paragraph
//     before it under the same heading of the same section ("paragraph 12" includes its list); one that comes
//     before any paragraph there (first in a section, or right after a heading) belongs to no number;
//   - paragraphs inside lists, tables and quotes are never numbered separately.
// Footnotes are numbered here too, 1, 2, 3 … through the whole paper in reading order (sections in outline order,
// then document order inside each, lists, tables and quotes included), whether or not paragraphs are numbered.

export const DEFAULT_SUBMITTING_BODIES = "IGF Multistakeholder Advisory Group and Leadership Panel";

export interface RenderBlock {
  node: ProseMirrorNode;
  /** The number printed in front of this block; null for headings, continuations, and when numbering is off. */
  number: number | null;
}

export interface RenderNote {
  number: number;
  /** Plain text, cleaned and on one line; never empty. */
  text: string;
}

export interface RenderSection {
  id: string;
  title: string;
  ownerGroup: { id: string; slug: string; name: string };
  status: SectionStatus;
  /** The section's text as the editor shows it. */
  content: ProseMirrorNode;
  /** The blocks to draw, in order (blank paragraphs left out). */
  blocks: RenderBlock[];
  /**
   * For each top-level child of `content` (by index), the paragraph number it belongs to, or null (headings, blocks
   * before any paragraph). Computed even when numbering is off: the comments matrix cites paragraphs by it.
   */
  paragraphAt: (number | null)[];
  /** The footnotes of this section, in reading order. */
  notes: RenderNote[];
}

export interface RenderModel {
  documentId: string;
  title: string;
  description: string;
  submittingBodies: string;
  /** The owner groups, in the order their first section appears. */
  contributors: string[];
  /** When the text is from: now for the live document, the version's time for a version. */
  at: number;
  /** "25 November 2026". */
  dateText: string;
  /** "2026-11-25", for file names. */
  isoDate: string;
  versionLabel: string;
  versionId: string | null;
  /** True unless every section is approved. */
  draft: boolean;
  approvedCount: number;
  numbering: boolean;
  toc: boolean;
  sections: RenderSection[];
  /** The number of each footnote node; a note with no text has none and is left out of every format. */
  noteNumbers: NoteNumbers;
}

export interface ModelOptions {
  numbering: boolean;
  toc: boolean;
  submittingBodies?: string;
}

const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const TIME = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hour12: false, timeZone: "UTC" });

export const STATUS_WORDS: Record<SectionStatus, string> = {
  draft: "Draft",
  in_review: "In review",
  changes_requested: "Changes requested",
  approved: "Approved",
};

/** "A, B and C". */
export const listWords = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;

/** The words after "DRAFT" on every draft page. */
export const draftNote = (model: RenderModel): string =>
  `${model.approvedCount} of ${model.sections.length} section${model.sections.length === 1 ? "" : "s"} approved; not an agreed text`;

/** Every footnote of the paper, in number order. */
export const allNotes = (model: RenderModel): RenderNote[] => model.sections.flatMap((section) => section.notes);

/** Builds the model. Reads the sections out of `source.doc`, which it may change (it is the export's own copy). */
export function buildModel(source: ExportSource, options: ModelOptions): RenderModel {
  const contents = readSectionsInPlace(source.doc, source.outline.map((entry) => entry.id));
  let counter = 0;
  const noteNumbers = new Map<ProseMirrorNode, number>();
  const sections = source.outline.map((entry) => {
    const content = contents.get(entry.id)!;
    const numbered = numberSection(entry, content, counter, options.numbering, numberNotes(content, noteNumbers));
    counter = numbered.last;
    return numbered.section;
  });
  const approvedCount = sections.filter((s) => s.status === "approved").length;
  const when = `${DATE.format(source.at)}, ${TIME.format(source.at)} UTC`;
  return {
    documentId: source.document.id,
    title: clean(source.document.title),
    description: clean(source.document.description),
    submittingBodies: options.submittingBodies ?? DEFAULT_SUBMITTING_BODIES,
    contributors: [...new Set(sections.map((s) => s.ownerGroup.name))],
    at: source.at,
    dateText: DATE.format(source.at),
    isoDate: new Date(source.at).toISOString().slice(0, 10),
    versionLabel: source.version ? `Version “${source.version.label}”, saved ${when}` : `Working text as of ${when}`,
    versionId: source.version?.id ?? null,
    draft: sections.length === 0 || approvedCount < sections.length,
    approvedCount,
    numbering: options.numbering,
    toc: options.toc,
    sections,
    noteNumbers,
  };
}

/** Numbers the section's footnotes after those already in `numbers`, in document order. */
function numberNotes(content: ProseMirrorNode, numbers: Map<ProseMirrorNode, number>): RenderNote[] {
  const notes: RenderNote[] = [];
  content.descendants((node) => {
    if (node.type.name !== "footnote") return true;
    const text = noteText(node.attrs.text);
    // A note pasted in with no text (the editor's commands refuse one) would print a number pointing at nothing.
    if (text.length === 0) return false;
    const number = numbers.size + 1;
    numbers.set(node, number);
    notes.push({ number, text });
    return false;
  });
  return notes;
}

function numberSection(entry: OutlineEntry, content: ProseMirrorNode, counter: number, show: boolean, notes: RenderNote[]) {
  const blocks: RenderBlock[] = [];
  const paragraphAt: (number | null)[] = [];
  let current: number | null = null;
  content.forEach((child) => {
    const name = child.type.name;
    if (name === "paragraph") {
      if (isBlank(child)) {
        paragraphAt.push(current);
        return;
      }
      current = ++counter;
      paragraphAt.push(current);
      blocks.push({ node: child, number: show ? current : null });
    } else if (name === "heading") {
      current = null;
      paragraphAt.push(null);
      if (!isBlank(child)) blocks.push({ node: child, number: null });
    } else {
      paragraphAt.push(current);
      blocks.push({ node: child, number: null });
    }
  });
  const section: RenderSection = {
    id: entry.id,
    title: clean(entry.title),
    ownerGroup: entry.ownerGroup,
    status: entry.status,
    content,
    blocks,
    paragraphAt,
    notes,
  };
  return { section, last: counter };
}

/** "joint-mag-lp-response-to-the-wsis-20-elements-paper": ASCII, for a file name. */
export function slugify(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return slug || "document";
}
