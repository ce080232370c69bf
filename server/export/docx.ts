import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  TableOfContents,
  TextRun,
  type FileChild,
  type ISectionOptions,
  type IStylesOptions,
} from "docx";
import { TextWatermark } from "docx/watermarks";
import { allNotes, draftNote, preparedWith, redlineNote, trackedNote, wordsOf, type RenderModel, type RenderSection } from "./model";
import { defaultWordLanguage, paragraphDirection, runScript, wordLanguage, type ScriptContext } from "./docxLanguage";
import { paragraphMarkOf, revisionRun } from "./docxChanges";
import { contributorHeading, contributorLines, contributorSections } from "../../shared/api/submissions";
import { blockToDocx, FONT, ListNumbering, MONO, NUMBER_INDENT, paragraphScript, type DocxBlock } from "./docxBlocks";

// The Word export: a title page, an optional table of contents, then the sections (Heading 1) with their text.
// Numbered paragraphs use Word's own numbering (one list straight through the paper, as the model numbers them),
// so Word, screen readers and a re-import know them for numbers. Where the numbers themselves are tracked changes
// (a redline, or suggestions shown as changes) they are written as text ("12." and a tab) that can be deleted and
// inserted.
// The styles carry the document's language (w:lang); a section in another language carries its own on its runs,
// and paragraphs that run right to left are w:bidi with their Arabic runs w:rtl (docxLanguage.ts).

const PAGE = { width: 11906, height: 16838 }; // A4
const MARGIN = 1418; // 2.5 cm
const TEXT_WIDTH = PAGE.width - 2 * MARGIN;
const DRAFT_RED = "B00020";

const stylesFor = (model: RenderModel): IStylesOptions => ({
  default: {
    document: { run: { font: FONT, size: 24, language: defaultWordLanguage(model.language) }, paragraph: { spacing: { after: 120, line: 264, lineRule: "auto" } } },
    heading1: {
      run: { font: FONT, size: 32, bold: true, color: "1F2937" },
      paragraph: { spacing: { before: 480, after: 200 }, keepNext: true, keepLines: true },
    },
    heading2: { run: { font: FONT, size: 27, bold: true, color: "1F2937" }, paragraph: { spacing: { before: 300, after: 120 }, keepNext: true, keepLines: true } },
    heading3: { run: { font: FONT, size: 24, bold: true, italics: true, color: "1F2937" }, paragraph: { spacing: { before: 240, after: 100 }, keepNext: true, keepLines: true } },
    title: { run: { font: FONT, size: 48, bold: true, color: "111827" }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 360 } } },
    hyperlink: { run: { color: "1F4E99", underline: {} } },
    footnoteText: { paragraph: { spacing: { after: 60, line: 240, lineRule: "auto" } }, run: { size: 20 } },
  },
  paragraphStyles: [
    { id: "Body", name: "Body Text", basedOn: "Normal", quickFormat: true, paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { after: 160 } } },
    { id: "ListItem", name: "List Item", basedOn: "Normal", paragraph: { spacing: { after: 80 } } },
    { id: "TableText", name: "Table Text", basedOn: "Normal", run: { size: 21 }, paragraph: { spacing: { after: 40, line: 240, lineRule: "auto" } } },
    {
      id: "Quote",
      name: "Quote",
      basedOn: "Normal",
      run: { italics: true, color: "374151" },
      paragraph: { spacing: { after: 120 }, border: { left: { style: BorderStyle.SINGLE, size: 12, color: "9CA3AF", space: 8 } } },
    },
    { id: "Code", name: "Code", basedOn: "Normal", run: { font: MONO, size: 19 }, paragraph: { spacing: { after: 120, line: 240, lineRule: "auto" }, shading: { type: "clear", color: "auto", fill: "F3F4F6" } } },
    // Named "Penholder …" so that importing a file Penholder wrote leaves these lines out, and takes numbered
    // paragraphs as text whose numbers it gives again (server/import/styles.ts).
    { id: "NumberedParagraph", name: "Penholder Numbered Paragraph", basedOn: "Body", quickFormat: true },
    { id: "SectionMeta", name: "Penholder Section Status", basedOn: "Normal", run: { size: 18, color: "6B7280" }, paragraph: { spacing: { before: 0, after: 200 }, keepNext: true } },
    { id: "TitleMeta", name: "Penholder Title Page Line", basedOn: "Normal", run: { size: 24, color: "374151" }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 120 } } },
    { id: "ContentsHeading", name: "Penholder Contents Heading", basedOn: "Normal", run: { size: 32, bold: true }, paragraph: { spacing: { after: 240 } } },
  ],
});

type RunLook = { bold?: boolean; italics?: boolean; size?: number; color?: string; allCaps?: boolean };

/** A line of the export's own words, in the document's language and direction. */
const line = (model: RenderModel, text: string, paragraph: { style?: string; alignment?: (typeof AlignmentType)[keyof typeof AlignmentType] }, look: RunLook = {}) => {
  const rtl = paragraphDirection(text, model.direction) === "rtl";
  return new Paragraph({ ...paragraph, bidirectional: rtl || undefined, children: [new TextRun({ text, ...look, ...runScript(text, { rtl }) })] });
};

function titlePage(model: RenderModel): Paragraph[] {
  const words = wordsOf(model);
  const center = (text: string, style = "TitleMeta", look: RunLook = {}) => line(model, text, { style }, look);
  const page: Paragraph[] = [
    new Paragraph({ spacing: { before: 2400 }, children: [] }),
    center(model.submittingBodies, "TitleMeta", { allCaps: true, size: 22, color: "4B5563" }),
    new Paragraph({ spacing: { before: 480 }, children: [] }),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      bidirectional: paragraphDirection(model.title, model.direction) === "rtl" || undefined,
      children: [new TextRun({ text: model.title, ...runScript(model.title, { rtl: model.direction === "rtl" }) })],
    }),
  ];
  if (model.description) page.push(center(model.description, "TitleMeta", { italics: true }));
  page.push(
    new Paragraph({ spacing: { before: 720 }, children: [] }),
    center(words.submittedBy(model.submittingBodies)),
    center(model.dateText, "TitleMeta", { bold: true }),
    center(model.versionLabel, "TitleMeta", { size: 20, color: "6B7280" }),
  );
  if (model.contributors.length > 0) {
    page.push(new Paragraph({ spacing: { before: 480 }, children: [] }), center(preparedWith(model), "TitleMeta", { size: 20 }));
  }
  if (model.suggestions === "tracked") page.push(center(model.redline ? redlineNote(model) : trackedNote(model, "docx"), "TitleMeta", { size: 20 }));
  if (model.draft) {
    page.push(
      new Paragraph({
        style: "TitleMeta",
        alignment: AlignmentType.CENTER,
        bidirectional: model.direction === "rtl" || undefined,
        spacing: { before: 720 },
        border: {
          top: { style: BorderStyle.SINGLE, size: 8, color: DRAFT_RED, space: 6 },
          bottom: { style: BorderStyle.SINGLE, size: 8, color: DRAFT_RED, space: 6 },
        },
        children: draftRuns(model, {}),
      }),
    );
  }
  return page;
}

/** "DRAFT — Sections approved: 2 of 5; not an agreed text", in the document's language. */
function draftRuns(model: RenderModel, look: { size?: number }): TextRun[] {
  const words = wordsOf(model);
  const rtl = model.direction === "rtl";
  const note = ` — ${draftNote(model)}`;
  return [
    new TextRun({ text: words.draft, bold: true, color: DRAFT_RED, ...look, ...runScript(words.draft, { rtl }) }),
    new TextRun({ text: note, color: DRAFT_RED, ...look, ...runScript(note, { rtl }) }),
  ];
}

/** A final submission's contributors on a page of their own, as the PDF and the submission page list them. */
function contributorsPage(model: RenderModel): Paragraph[] {
  if (!model.contributorList) return [];
  const words = wordsOf(model);
  const page = [new Paragraph({ pageBreakBefore: true, style: "ContentsHeading", bidirectional: model.direction === "rtl" || undefined, children: [new TextRun({ text: words.contributors, ...runScript(words.contributors, { rtl: model.direction === "rtl" }) })] })];
  for (const entry of model.contributorList) {
    page.push(new Paragraph({ keepNext: true, spacing: { before: 240 }, children: [new TextRun({ text: contributorHeading(entry, wordsOf(model).people), bold: true })] }));
    const sections = contributorSections(entry, wordsOf(model).people);
    if (sections) page.push(new Paragraph({ keepNext: true, children: [new TextRun({ text: sections, italics: true, color: "4B5563", size: 20 })] }));
    const people = contributorLines(entry, wordsOf(model).people);
    page.push(new Paragraph({ children: [new TextRun(people.length > 0 ? `${people.join("; ")}.` : words.noIndividualContributions)] }));
  }
  return page;
}

function draftHeader(model: RenderModel): Header {
  return new Header({
    children: [
      new Paragraph({
        // At the end of the line: the right in a left-to-right document, the left in an Arabic one.
        alignment: model.direction === "rtl" ? AlignmentType.LEFT : AlignmentType.RIGHT,
        bidirectional: model.direction === "rtl" || undefined,
        children: [new TextWatermark({ text: wordsOf(model).draft, font: FONT, color: "D9D9D9", opacity: 0.5 }), ...draftRuns(model, { size: 18 })],
      }),
    ],
  });
}

/** Heading 1; in a redline a changed title is its old words deleted and its new ones inserted. */
function sectionHeading(section: RenderSection, script: ScriptContext): Paragraph {
  const runs = paragraphScript(section.title, script);
  const children =
    section.titleRuns?.map((run) => (run.change ? revisionRun({ text: run.text, ...runScript(run.text, runs) }, run.change) : new TextRun({ text: run.text, ...runScript(run.text, runs) }))) ??
    [new TextRun({ text: section.title, ...runScript(section.title, runs) })];
  return new Paragraph({ heading: HeadingLevel.HEADING_1, bidirectional: runs.rtl || undefined, children, run: section.titleMark ? paragraphMarkOf(section.titleMark) : undefined });
}

/**
 * Whether the paragraph numbers can be Word's own: Word counts its list 1, 2, 3 … in order, so the model's numbers
 * must run the same way, and no number may be a tracked change.
 */
function wordNumbersFit(model: RenderModel): boolean {
  if (!model.numbering || model.suggestions === "tracked" || model.redline) return false;
  let expected = 1;
  for (const section of model.sections) {
    for (const block of section.blocks) {
      if (block.numberChange) return false;
      if (block.number === null) continue;
      if (block.number !== expected) return false;
      expected++;
    }
  }
  return true;
}

/** A section's direction, and its language on its runs when it is not the document's. */
const scriptOf = (model: RenderModel, section: RenderSection): ScriptContext => ({
  direction: section.direction,
  ...(section.language !== model.language && { language: wordLanguage(section.language) }),
  written: section.language,
});

function body(model: RenderModel, lists: ListNumbering): DocxBlock[] {
  const indent = 0;
  const wordNumbers = wordNumbersFit(model);
  const out: DocxBlock[] = [];
  const words = wordsOf(model);
  for (const section of model.sections) {
    const script = scriptOf(model, section);
    out.push(sectionHeading(section, script));
    if (model.draft) {
      // In a redline, a section added or removed takes its status line with it.
      // The export's own words: in the document's language and direction, whatever the section's.
      const text = `${section.ownerGroup.name} · ${words.status[section.status]}`;
      const rtl = model.direction === "rtl";
      const meta = { text, ...runScript(text, { rtl }) };
      const mark = section.titleMark;
      out.push(
        new Paragraph({ style: "SectionMeta", bidirectional: rtl || undefined, children: [mark ? revisionRun(meta, mark) : new TextRun(meta)], run: mark ? paragraphMarkOf(mark) : undefined }),
      );
    }
    for (const block of section.blocks) {
      // With numbering, everything that is not a numbered paragraph's own line sits in the text column.
      const continuation = model.numbering && block.node.type.name !== "heading" ? NUMBER_INDENT : indent;
      const number = block.numberChange ?? block.number;
      const ctx = { indent: number !== null ? indent : continuation, width: TEXT_WIDTH - continuation, lists, inline: model.inline, wordNumbers, script };
      out.push(...blockToDocx(block.node, number, ctx));
    }
  }
  if (model.sections.length === 0) out.push(line(model, words.noSections, { style: "Body" }));
  return out;
}

/** The notes as Word footnotes, each under the model's number (Word numbers them itself, in the same order). */
function footnotes(model: RenderModel): Record<string, { children: Paragraph[] }> {
  const notes: Record<string, { children: Paragraph[] }> = {};
  // Word puts the note's own mark first; the space keeps it off the text.
  for (const note of allNotes(model)) notes[note.number] = { children: [line(model, ` ${note.text}`, { style: "FootnoteText" })] };
  return notes;
}

export async function renderDocx(model: RenderModel): Promise<Uint8Array> {
  const lists = new ListNumbering();
  const header = model.draft ? { default: draftHeader(model) } : undefined;
  const page = { size: PAGE, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 708, footer: 708 } };
  const front: FileChild[] = [...titlePage(model), ...contributorsPage(model)];
  if (model.toc) {
    front.push(
      new Paragraph({ pageBreakBefore: true, style: "ContentsHeading", bidirectional: model.direction === "rtl" || undefined, children: [new TextRun({ text: wordsOf(model).contents, ...runScript(wordsOf(model).contents, { rtl: model.direction === "rtl" }) })] }),
      new TableOfContents(wordsOf(model).contents, { hyperlink: true, headingStyleRange: "1-1" }),
    );
  }
  const sections: ISectionOptions[] = [
    { properties: { page }, headers: header, children: front },
    {
      properties: { page: { ...page, pageNumbers: { start: 1 } } },
      headers: header,
      footers: {
        default: new Footer({
          children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: 20, color: "4B5563" })] })],
        }),
      },
      children: body(model, lists),
    },
  ];
  const document = new Document({
    title: model.title,
    subject: model.draft ? wordsOf(model).subject.draft : wordsOf(model).subject.final,
    description: model.description,
    creator: model.submittingBodies,
    lastModifiedBy: "Penholder",
    styles: stylesFor(model),
    numbering: lists.config(),
    footnotes: footnotes(model),
    // The contents list is written with its entries (linked to the headings); Word asks to update fields when it
    // opens the file and fills in the page numbers. (docx/layout can compute them here, but takes ~60 ms a page.)
    // A tracked export opens with Track Changes on, so what its reader changes is tracked alongside.
    features: { updateFields: model.toc, trackRevisions: model.suggestions === "tracked" || undefined },
    sections,
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
