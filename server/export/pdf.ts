import PDFDocument from "pdfkit";
import { fontFiles, type FontFace } from "./fonts";
import { STATUS_WORDS, type RenderModel } from "./model";
import { blockSlices, BODY_SIZE, HEADING_COLOR, NUMBER_INDENT, TEXT_COLOR } from "./pdfBlocks";
import { createMeasurer, drawText, textSlices, type PdfMeasurer, type Slice } from "./pdfSlices";
import { A4, MARGIN, MUTED, PageWriter, TEXT_WIDTH, text } from "./pdfPage";
import { contributorSlices, destinationOf, draftMarks, drawContents, layoutContents, titlePage } from "./pdfFront";
import { noteSlices } from "./pdfNotes";

// The PDF export, drawn with pdfkit (pure JavaScript) in embedded fonts: title page, contents with page numbers
// and links, the sections with a bookmark each, page numbers, and a DRAFT mark on every page while any section is
// not approved. Same text, numbers and order as the Word export.

/** One section's slices: its title (with a bookmark and a link target), its status while a draft, its text, its notes. */
function sectionSlices(model: RenderModel, index: number, measure: PdfMeasurer, destinations: Map<string, number>, writer: PageWriter): Slice[] {
  const section = model.sections[index]!;
  const out = textSlices(
    text(section.title),
    { base: { size: 16, color: HEADING_COLOR, bold: true }, width: TEXT_WIDTH, lineHeight: 20, spaceBefore: index === 0 ? 0 : 26, keepTogether: true, keepWithNext: true },
    measure,
  );
  out[0]!.placed = (pdf, y) => {
    pdf.addNamedDestination(destinationOf(section.id), "XYZ", MARGIN, A4.height - y + 4, 0);
    pdf.outline.addItem(section.title);
    destinations.set(section.id, writer.pages - 1);
  };
  if (model.draft) {
    out.push(
      ...textSlices(text(`${section.ownerGroup.name} · ${STATUS_WORDS[section.status]}`), { base: { size: 9, color: "#6B7280" }, width: TEXT_WIDTH, spaceBefore: 2, keepWithNext: true }, measure),
    );
  }
  for (const block of section.blocks) {
    // With numbering on, whatever is not a numbered paragraph's own text sits in the text column.
    const continuation = model.numbering && block.node.type.name !== "heading" && block.number === null ? NUMBER_INDENT : 0;
    out.push(...blockSlices(block.node, block.number, { indent: continuation, width: TEXT_WIDTH - continuation, measure, inline: model.inline }));
  }
  const column = model.numbering ? NUMBER_INDENT : 0;
  out.push(...noteSlices(section.notes, column, TEXT_WIDTH - column, measure));
  return out;
}

/** Lets the server answer others between sections: a long paper is seconds of work. */
const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function renderPdf(model: RenderModel): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: "A4",
    autoFirstPage: false,
    bufferPages: true,
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    lang: "en-GB",
    displayTitle: true,
    pdfVersion: "1.7",
    info: {
      Title: model.title,
      Author: model.submittingBodies,
      Subject: model.draft ? "Draft joint submission" : "Joint submission",
      Creator: "Penholder",
      Keywords: model.draft ? "draft" : "submission",
    },
  });
  const files = fontFiles();
  for (const face of Object.keys(files) as FontFace[]) doc.registerFont(face, files[face]);
  const measure = createMeasurer(doc);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on("end", () => resolve());
    doc.on("error", reject);
  });

  const writer = new PageWriter(doc, () => {
    if (model.draft) draftMarks(doc, model, measure);
  });
  writer.newPage();
  titlePage(doc, model, measure);
  if (model.contributorList) {
    writer.newPage();
    writer.place(contributorSlices(model, measure));
  }
  const contents = model.toc ? layoutContents(model, measure) : null;
  const tocPages = contents?.pages ?? 0;
  for (let i = 0; i < tocPages; i++) writer.newPage();
  // The contents come last among the front pages (drawContents counts back from here).
  const frontPages = writer.pages;
  writer.newPage();
  const destinations = new Map<string, number>();
  for (let index = 0; index < model.sections.length; index++) {
    writer.place(sectionSlices(model, index, measure, destinations, writer));
    await yieldToOthers();
  }
  if (model.sections.length === 0) writer.place(textSlices(text("This document has no sections yet."), { base: { size: BODY_SIZE, color: TEXT_COLOR }, width: TEXT_WIDTH }, measure));
  if (contents) drawContents(doc, contents, measure, destinations, frontPages);

  const range = doc.bufferedPageRange();
  for (let index = frontPages; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const label = String(index - frontPages + 1);
    drawText(doc, measure, label, { face: "serif", size: 10, color: MUTED }, A4.width / 2 - measure.width(label, { face: "serif", size: 10, color: "" }) / 2, A4.height - MARGIN / 2, 0);
  }
  doc.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}
