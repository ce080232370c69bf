import type { RenderNote } from "./model";
import { TEXT_COLOR } from "./pdfBlocks";
import { textSlices, type PdfMeasurer, type Slice } from "./pdfSlices";
import { noteDestination, type TextStyle } from "./pdfText";
import { A4, MARGIN, text } from "./pdfPage";
import type { Tag } from "./pdfTags";

// A section's footnotes, printed at the end of the section under a short rule, in the numbers of the whole paper.
// Not at the foot of each page: the page writer places slices in one pass and breaks pages between them, so notes
// at the page foot would need space reserved on a page before knowing which references land there (and again for
// a table row repeated after a break). The end of the section keeps them near their text and the flow as it is.

const NOTE_SIZE = 10;
const NOTE_LINE = 12.5;
/** From the note's number to its text: room for "100.". */
const NOTE_TEXT_INDENT = 20;
const RULE_WIDTH = 144;

// The number in the note's own size with a dot ("3."), as endnotes are set: a raised number on a line of its own
// is also what text extraction (copy, search, screen readers) reads worst.
const markerStyle: TextStyle = { face: "serif", size: NOTE_SIZE, color: TEXT_COLOR };

/**
 * `indent`: where the section's text column starts, so the notes line up with the text above. Each note is a Note
 * element in `parent` (the section), its number the label, with the ID its references' links point at.
 */
export function noteSlices(notes: readonly RenderNote[], indent: number, width: number, measure: PdfMeasurer, parent: Tag): Slice[] {
  if (notes.length === 0) return [];
  const rule: Slice = {
    height: 8,
    spaceBefore: 14,
    keepWithNext: true,
    draw(doc, x, y) {
      parent.artifact(() => doc.moveTo(x + indent, y + 4).lineTo(x + indent + RULE_WIDTH, y + 4).lineWidth(0.5).strokeColor("#6B7280").stroke());
    },
  };
  const out: Slice[] = [rule];
  for (const note of notes) {
    const tag = parent.child("Note", { id: noteDestination(note.number) });
    const label = tag.child("Lbl");
    const slices = textSlices(
      text(note.text),
      {
        base: { size: NOTE_SIZE, color: TEXT_COLOR },
        tag: tag.child("P"),
        width: width - NOTE_TEXT_INDENT,
        indent: indent + NOTE_TEXT_INDENT,
        lineHeight: NOTE_LINE,
        align: "justify",
        spaceBefore: 3,
        marker: { text: `${note.number}.`, style: markerStyle, indent, tag: label },
      },
      measure,
    );
    // Where the reference's link lands (the reference is drawn with `goTo` this name).
    slices[0]!.placed = (doc, y) => doc.addNamedDestination(noteDestination(note.number), "XYZ", MARGIN, A4.height - y + 4, 0);
    out.push(...slices);
  }
  return out;
}
