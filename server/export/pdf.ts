import PDFDocument from "pdfkit";
import { fonts, type FontFace } from "./fonts";
import { wordsOf, type RenderModel } from "./model";
import { blockSlices, BODY_SIZE, HEADING_COLOR, NUMBER_INDENT, TEXT_COLOR, type HeadingOutline } from "./pdfBlocks";
import { createMeasurer, drawText, textSlices, type PdfMeasurer, type Slice } from "./pdfSlices";
import { A4, MARGIN, MUTED, PageWriter, TEXT_WIDTH, text } from "./pdfPage";
import { contributorSlices, destinationOf, draftMarks, drawContents, layoutContents, titlePage } from "./pdfFront";
import { noteSlices } from "./pdfNotes";
import { createTags, type Tag } from "./pdfTags";

// The PDF export, drawn with pdfkit (pure JavaScript) in embedded fonts: title page, contents with page numbers
// and links, the sections with a bookmark each (and their headings under it), page numbers, and a DRAFT mark on
// every page while any section is not approved. Same text, numbers and order as the Word export.
// A tagged PDF (pdfTags.ts): the document's language and title, a structure tree in reading order, and the
// running head, page numbers and watermark as artifacts.

/**
 * One section's slices, as a Sect in `parent`: its title (H2, with a bookmark and a link target), its status while
 * a draft, its text, its notes.
 */
function sectionSlices(model: RenderModel, index: number, measure: PdfMeasurer, destinations: Map<string, number>, writer: PageWriter, parent: Tag): Slice[] {
  const section = model.sections[index]!;
  // A section in another language than the document's says so on its Sect (the catalog's Lang is the document's).
  const tag = parent.child("Sect", section.language !== model.language ? { lang: section.language } : {});
  const outline: HeadingOutline = {};
  const out = textSlices(
    text(section.title),
    { base: { size: 16, color: HEADING_COLOR, bold: true }, tag: tag.child("H2"), width: TEXT_WIDTH, lineHeight: 20, spaceBefore: index === 0 ? 0 : 26, keepTogether: true, keepWithNext: true, fallbackDirection: section.direction },
    measure,
  );
  out[0]!.placed = (pdf, y) => {
    pdf.addNamedDestination(destinationOf(section.id), "XYZ", MARGIN, A4.height - y + 4, 0);
    outline.section = pdf.outline.addItem(section.title);
    destinations.set(section.id, writer.pages - 1);
  };
  if (model.draft) {
    out.push(
      ...textSlices(
        text(`${section.ownerGroup.name} · ${wordsOf(model).status[section.status]}`),
        { base: { size: 9, color: "#6B7280" }, tag: tag.child("P", section.language !== model.language ? { lang: model.language } : {}), width: TEXT_WIDTH, spaceBefore: 2, keepWithNext: true },
        measure,
      ),
    );
  }
  for (const block of section.blocks) {
    // With numbering on, whatever is not a numbered paragraph's own text sits in the text column.
    const continuation = model.numbering && block.node.type.name !== "heading" && block.number === null ? NUMBER_INDENT : 0;
    out.push(...blockSlices(block.node, block.number, { indent: continuation, width: TEXT_WIDTH - continuation, measure, inline: model.inline, parent: tag, outline, direction: section.direction }));
  }
  const column = model.numbering ? NUMBER_INDENT : 0;
  out.push(...noteSlices(section.notes, column, TEXT_WIDTH - column, measure, tag));
  return out;
}

/**
 * pdfkit copies the Info entries (title, author, subject, keywords) into the XMP metadata as they are: an "&" or a
 * "<" in a title would make that XML malformed, and PDF/UA takes the document's title from it (dc:title). They are
 * escaped there only, once the Info dictionary (written first, from the same entries) is out.
 */
function escapeXmpInfo(doc: PDFKit.PDFDocument): void {
  const internals = doc as unknown as { endMetadata(): void; info: Record<string, unknown> };
  const endMetadata = internals.endMetadata.bind(doc);
  internals.endMetadata = () => {
    for (const [key, value] of Object.entries(internals.info)) {
      if (typeof value === "string") internals.info[key] = value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    }
    endMetadata();
  };
}

/** Lets the server answer others between sections: a long paper is seconds of work. */
const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function renderPdf(model: RenderModel): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: "A4",
    autoFirstPage: false,
    bufferPages: true,
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    lang: model.language,
    displayTitle: true,
    tagged: true,
    pdfVersion: "1.7",
    info: {
      Title: model.title,
      Author: model.submittingBodies,
      Subject: model.draft ? wordsOf(model).subject.draft : wordsOf(model).subject.final,
      Creator: "Penholder",
      Keywords: model.draft ? "draft" : "submission",
    },
  });
  escapeXmpInfo(doc);
  const faces = fonts();
  // pdfkit takes a fontkit font as well as a font file's bytes (its types know only the bytes).
  for (const face of Object.keys(faces) as FontFace[]) doc.registerFont(face, faces[face] as unknown as Buffer);
  const measure = createMeasurer(doc);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on("end", () => resolve());
    doc.on("error", reject);
  });

  const tags = createTags(doc, model.language);
  const writer = new PageWriter(doc, tags, () => {
    if (model.draft) draftMarks(doc, model, measure, tags.artifactTag("Pagination"));
  });
  writer.newPage();
  titlePage(doc, model, measure, tags.root);
  if (model.contributorList) {
    writer.newPage();
    writer.place(contributorSlices(model, measure, tags.root));
  }
  const contents = model.toc ? layoutContents(model, measure, tags.root) : null;
  const tocPages = contents?.pages ?? 0;
  for (let i = 0; i < tocPages; i++) writer.newPage();
  // The contents come last among the front pages (drawContents counts back from here).
  const frontPages = writer.pages;
  writer.newPage();
  const destinations = new Map<string, number>();
  for (let index = 0; index < model.sections.length; index++) {
    writer.place(sectionSlices(model, index, measure, destinations, writer, tags.root));
    await yieldToOthers();
  }
  if (model.sections.length === 0) {
    writer.place(textSlices(text(wordsOf(model).noSections), { base: { size: BODY_SIZE, color: TEXT_COLOR }, tag: tags.root.child("P"), width: TEXT_WIDTH }, measure));
  }
  if (contents) drawContents(doc, contents, measure, destinations, frontPages);

  const range = doc.bufferedPageRange();
  for (let index = frontPages; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const label = String(index - frontPages + 1);
    tags.artifact(() => drawText(doc, measure, label, { face: "serif", size: 10, color: MUTED }, A4.width / 2 - measure.width(label, { face: "serif", size: 10, color: "" }) / 2, A4.height - MARGIN / 2, 0), "Pagination");
  }
  tags.finish();
  doc.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}
