import type { Slice } from "./pdfSlices";
import { plainRun, type InlineRun } from "./inline";
import type { Tags } from "./pdfTags";

// Page geometry of the PDF (A4, 2.5 cm margins) and the writer that places slices down the pages.

export const MARGIN = 70.87;
export const A4 = { width: 595.28, height: 841.89 };
export const TEXT_WIDTH = A4.width - 2 * MARGIN;
export const BOTTOM = A4.height - MARGIN;
export const DRAFT_RED = "#B00020";
export const MUTED = "#4B5563";

/** Plain text as inline runs, with some marks. */
export const text = (value: string, extra: Partial<InlineRun> = {}): InlineRun[] => [plainRun(value, extra)];

/** Places slices down the pages. */
export class PageWriter {
  y = MARGIN;
  pages = 0;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly tags: Tags,
    private readonly onPage: (index: number) => void,
  ) {}

  newPage(): void {
    this.doc.addPage({ size: "A4", margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } });
    this.onPage(this.pages++);
    this.y = MARGIN;
  }

  private atTop(): boolean {
    return this.y <= MARGIN + 0.01;
  }

  /** Height of the slices from `index` that must share a page with it. */
  private chainHeight(slices: readonly Slice[], index: number): number {
    let height = slices[index]!.height;
    for (let i = index; slices[i]?.keepWithNext && i + 1 < slices.length; i++) height += slices[i + 1]!.spaceBefore + slices[i + 1]!.height;
    return height;
  }

  place(slices: readonly Slice[]): void {
    slices.forEach((slice, index) => {
      const space = this.atTop() ? 0 : slice.spaceBefore;
      const chain = this.chainHeight(slices, index);
      const fitsOnEmptyPage = chain <= BOTTOM - MARGIN;
      const previousKept = index > 0 && slices[index - 1]!.keepWithNext;
      // Break before a chain that does not fit here but would on a fresh page (unless this slice is already the
      // tail of a chain that was checked as a whole); always break before a slice that cannot fit at all.
      if (
        !this.atTop() &&
        ((!previousKept && fitsOnEmptyPage && this.y + space + chain > BOTTOM) || this.y + space + slice.height > BOTTOM)
      ) {
        this.newPage();
        // A table's header row again: its text is already in the structure once, with the table.
        const repeat = slice.repeat;
        if (repeat) this.tags.artifact(() => this.draw(repeat), "Pagination");
      } else {
        this.y += space;
      }
      this.draw(slice);
    });
  }

  private draw(slice: Slice): void {
    slice.placed?.(this.doc, this.y);
    slice.draw(this.doc, MARGIN, this.y);
    this.y += slice.height;
  }
}

