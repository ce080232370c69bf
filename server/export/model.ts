import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import type { OutlineEntry } from "../../shared/api/review";
import type { SectionStatus } from "../../shared/rights";
import { readSectionsInPlace } from "../../shared/editor/content";
import type { ExportSuggestions } from "../../shared/api/exports";
import type { ContributorGroup } from "../../shared/api/submissions";
import type { ExportSource } from "./source";
import { clean, isBlank, noteText, type InlineContext } from "./inline";
import { agreedBlank, agreedContent, hasSuggestion, joinedToPrevious } from "./suggestions";
import { createTrackedChanges, type PeopleNames } from "./changes";
import { redlineText, type RedlineBase, type TitleRun } from "./redlineModel";
import { swapChanges } from "./redline";
import type { TrackedChange } from "./inline";
import { dateIn, exportWords, listIn, timeIn, type ExportWords } from "./words";
import { DEFAULT_DOCUMENT_LANGUAGE, directionOf, sectionLanguage, type DocumentLanguage, type TextDirection } from "../../shared/languages";

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
//
// Suggestions: an export shows the agreed text (every suggestion rejected) unless it asks for tracked changes.
// Paragraph numbers are always those of the agreed text, so a citation means the same paragraph in both: a block
// that a suggested paragraph break made is part of the agreed paragraph it was split from, and carries no number of
// its own until the suggestion is accepted (the number goes on the first of them that holds agreed words).

export const DEFAULT_SUBMITTING_BODIES = "IGF Multistakeholder Advisory Group and Leadership Panel";

export interface RenderBlock {
  node: ProseMirrorNode;
  /** The number printed in front of this block; null for headings, continuations, and when numbering is off. */
  number: number | null;
  /** Its index among the section content's top-level children. */
  index: number;
  /**
   * In a redline, where the block's number differs between the base text (`number`, every change rejected) and the
   * current text (every change accepted): both, so the number itself is a tracked change. DOCX only.
   */
  numberChange?: NumberChange;
}

export interface NumberChange {
  before: number | null;
  after: number | null;
  /** The changes that delete the old number and insert the new one (each null when there is none). */
  deleted: TrackedChange | null;
  inserted: TrackedChange | null;
}

export interface RenderNote {
  number: number;
  /** Plain text, cleaned and on one line; never empty. */
  text: string;
}

export interface RenderSection {
  id: string;
  title: string;
  /** What the section is written in: its own language, or the document's. */
  language: DocumentLanguage;
  /** Right to left for Arabic. */
  direction: TextDirection;
  ownerGroup: { id: string; slug: string; name: string };
  status: SectionStatus;
  /** The section's text as the editor shows it, suggestions and all (its top-level children are the Y.Doc's). */
  content: ProseMirrorNode;
  /** The blocks to draw, in order (blank paragraphs left out): of the agreed text, or of `content` when tracked. */
  blocks: RenderBlock[];
  /**
   * For each top-level child of `content` (by index), the agreed paragraph number it belongs to, or null (headings,
   * blocks before any paragraph). Computed even when numbering is off: the comments matrix cites paragraphs by it.
   */
  paragraphAt: (number | null)[];
  /** The footnotes of this section, in reading order. */
  notes: RenderNote[];
  /** In a redline: the title as runs (a changed title deleted and inserted), and its paragraph mark's change. */
  titleRuns: TitleRun[] | null;
  titleMark: TrackedChange | null;
}

export interface RenderModel {
  documentId: string;
  title: string;
  /**
   * What the document is written in (sections may differ: their own `language`). The fixed words of every format
   * (Contents, DRAFT, statuses…) are in it (`wordsOf`), and so are the dates.
   */
  language: DocumentLanguage;
  direction: TextDirection;
  description: string;
  submittingBodies: string;
  /**
   * The groups the title page names: the owner groups in the order their first section appears, or, for a final
   * submission, the groups of its contributors list (which also names groups whose members only took part).
   */
  contributors: string[];
  /** A final submission's contributors, printed in full after the title page; null for other exports. */
  contributorList: ContributorGroup[] | null;
  /** When the text is from: now for the live document, the version's time for a version. */
  at: number;
  /** "25 November 2026", in the document's language. */
  dateText: string;
  /** "2026-11-25", for file names. */
  isoDate: string;
  versionLabel: string;
  versionId: string | null;
  /** True unless every section is approved. */
  draft: boolean;
  approvedCount: number;
  /** The sections of the text (a redline's removed sections are not). */
  sectionCount: number;
  numbering: boolean;
  toc: boolean;
  suggestions: ExportSuggestions;
  /** A redline's base version ("Version “Elements Paper”, saved 3 March 2026"); null for other exports. */
  redline: { versionId: string; label: string } | null;
  sections: RenderSection[];
  /**
   * How inline content is read: the number of each footnote node (a note with no text has none and is left out of
   * every format) and, when tracked, the suggestions.
   */
  inline: InlineContext;
}

export interface ModelOptions {
  numbering: boolean;
  toc: boolean;
  submittingBodies?: string;
  /** "agreed" unless said. */
  suggestions?: ExportSuggestions;
  /** A final submission's contributors (server/services/contributors.ts), for its front matter. */
  contributors?: ContributorGroup[];
}

/** The fixed words of this export, in the document's language (server/export/words.ts). */
export const wordsOf = (model: Pick<RenderModel, "language">): ExportWords => exportWords(model.language);

/** "Prepared with contributions from A, B and C." in the document's language. */
export const preparedWith = (model: RenderModel): string => {
  const words = wordsOf(model);
  return words.preparedWith(listIn(words, model.contributors));
};

/** The words after "DRAFT" on every draft page. */
export const draftNote = (model: RenderModel): string => wordsOf(model).approvedSoFar(model.approvedCount, model.sectionCount);

/** Under the title of a tracked export, so nobody takes it for the agreed text. */
export const trackedNote = (model: RenderModel, format: "docx" | "html" | "md"): string => wordsOf(model).trackedNote[format];

/** Under the title of a redline, what its tracked changes are against. */
export const redlineNote = (model: RenderModel): string => {
  const words = wordsOf(model);
  return words.redlineNote(model.redline?.label ?? words.someBaseVersion);
};

/** Every footnote of the paper, in number order. */
export const allNotes = (model: RenderModel): RenderNote[] => model.sections.flatMap((section) => section.notes);

/**
 * Builds the model. Reads the sections out of `source.doc`, which it may change (it is the export's own copy).
 * `people` names suggestion authors the document's own record does not (tracked exports only).
 */
export function buildModel(source: ExportSource, options: ModelOptions, people: PeopleNames = {}, base?: RedlineBase): RenderModel {
  const submittingBodies = options.submittingBodies ?? DEFAULT_SUBMITTING_BODIES;
  const language = source.document.language ?? DEFAULT_DOCUMENT_LANGUAGE;
  const words = exportWords(language);
  // A redline is the current text against `base`, its changes drawn as tracked changes (server/export/redlineModel.ts).
  const redline = base ? redlineText(source, base, submittingBodies, source.at) : null;
  const outline: OutlineEntry[] = redline?.outline ?? source.outline;
  const contents = redline?.contents ?? readSectionsInPlace(source.doc, outline.map((entry) => entry.id));
  const suggestions = redline ? "tracked" : (options.suggestions ?? "agreed");
  const tracked = redline?.tracked ?? (suggestions === "tracked" ? createTrackedChanges(source.doc, people, words.unknownAuthor) : null);
  const notes = new Map<ProseMirrorNode, number>();
  let counter = 0;
  let counterAfter = 0;
  const sections = outline.map((entry) => {
    const content = contents.get(entry.id)!;
    if (!redline) tracked?.addSection(content);
    const shown = tracked ? content : agreedContent(content);
    const numbered = numberSection(entry, { content, shown, tracked: tracked !== null }, counter, options.numbering, numberNotes(shown, notes), language);
    if (redline && options.numbering) {
      // The current text's numbers: those of the text with every change accepted, by the same rule.
      const accepted = sectionNumbers(swapChanges(content), counterAfter);
      counterAfter = accepted.last;
      for (const block of numbered.section.blocks) {
        const after = accepted.printed[block.index] ?? null;
        if (after !== block.number) block.numberChange = redline.numberChange(block.number, after);
      }
    }
    const title = redline?.titles.get(entry.id);
    counter = numbered.last;
    return { ...numbered.section, titleRuns: title?.runs ?? null, titleMark: title?.mark ?? null };
  });
  const inline: InlineContext = { notes, changes: tracked?.changes ?? null };
  // A section removed since a redline's base is not part of the text: it does not count towards the DRAFT mark.
  const counted = redline ? sections.filter((s) => redline.outline.find((e) => e.id === s.id)?.change !== "removed") : sections;
  const approvedCount = counted.filter((s) => s.status === "approved").length;
  const when = words.dateTime(dateIn(words, source.at), timeIn(words, source.at));
  return {
    documentId: source.document.id,
    title: clean(source.document.title),
    language,
    direction: directionOf(language),
    description: clean(source.document.description),
    submittingBodies,
    contributors: options.contributors
      ? options.contributors.flatMap((entry) => (entry.group ? [clean(entry.group.name)] : []))
      : [...new Set(sections.map((s) => s.ownerGroup.name))],
    contributorList: options.contributors ?? null,
    at: source.at,
    dateText: dateIn(words, source.at),
    isoDate: new Date(source.at).toISOString().slice(0, 10),
    versionLabel: source.version ? words.savedVersion(source.version.label, when) : words.workingText(when),
    versionId: source.version?.id ?? null,
    draft: counted.length === 0 || approvedCount < counted.length,
    approvedCount,
    sectionCount: counted.length,
    numbering: options.numbering,
    toc: options.toc,
    suggestions,
    redline: base ? { versionId: base.version.id, label: words.baseVersion(clean(base.version.label), dateIn(words, base.at)) } : null,
    sections,
    inline,
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

interface SectionNumbers {
  /** Per top-level child: the paragraph number it belongs to (see `paragraphAt`). */
  at: (number | null)[];
  /** Per top-level child: the number printed in front of it, if any. */
  printed: (number | null)[];
  last: number;
}

/**
 * The agreed paragraph numbers of a section's top-level blocks, after `counter`. Blocks that a suggested break
 * joins to the one before are taken together, as rejecting the suggestion would make them one block, of the first
 * one's type (on the agreed text itself every block stands alone).
 */
function sectionNumbers(content: ProseMirrorNode, counter: number): SectionNumbers {
  const joined = joinedToPrevious(content);
  const at: (number | null)[] = [];
  const printed: (number | null)[] = Array.from({ length: content.childCount }, () => null);
  let current: number | null = null;
  for (let first = 0; first < content.childCount; ) {
    let end = first + 1;
    while (end < content.childCount && joined[end]) end++;
    const name = content.child(first).type.name;
    if (name === "heading") {
      current = null;
    } else if (name === "paragraph") {
      let holder = first;
      while (holder < end && agreedBlank(content.child(holder))) holder++;
      // A blank paragraph is not numbered: it belongs to the paragraph before it, like a list.
      if (holder < end) printed[holder] = current = ++counter;
    }
    for (let i = first; i < end; i++) at.push(current);
    first = end;
  }
  return { at, printed, last: counter };
}

interface SectionText {
  /** The section as the editor shows it: the comments matrix cites its top-level blocks by index. */
  content: ProseMirrorNode;
  /** What is drawn: the agreed text, or `content` itself when tracked. Both are numbered by one rule, so they agree. */
  shown: ProseMirrorNode;
  tracked: boolean;
}

function numberSection(entry: OutlineEntry, { content, shown, tracked }: SectionText, counter: number, show: boolean, notes: RenderNote[], documentLanguage: DocumentLanguage) {
  const numbers = sectionNumbers(shown, counter);
  const paragraphAt = tracked ? numbers.at : sectionNumbers(content, counter).at;
  const blocks: RenderBlock[] = [];
  shown.forEach((child, _offset, index) => {
    const name = child.type.name;
    // Blank paragraphs and headings are left out; one that holds a suggestion (a proposed break, say) is drawn.
    if ((name === "paragraph" || name === "heading") && isBlank(child) && !(tracked && hasSuggestion(child))) return;
    const number = numbers.printed[index] ?? null;
    blocks.push({ node: child, number: show ? number : null, index });
  });
  // Outlines stored with versions from before languages have none: the document's.
  const language = sectionLanguage(documentLanguage, entry.language);
  const section: RenderSection = {
    id: entry.id,
    title: clean(entry.title),
    language,
    direction: directionOf(language),
    ownerGroup: entry.ownerGroup,
    status: entry.status,
    content,
    blocks,
    paragraphAt,
    notes,
    titleRuns: null,
    titleMark: null,
  };
  return { section, last: numbers.last };
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
