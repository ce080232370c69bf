import type { DocumentLanguage } from "../../shared/languages";
// The PDF's logical structure (a tagged PDF, built to PDF/UA-1's rules): every piece of the paper's text belongs to
// a structure element (a heading, a paragraph, a list item, a table cell, a note …), and the elements are made in
// reading order, which is the order screen readers, reflow and text extraction follow. Whatever is drawn and is not
// the paper's text (running heads, page numbers, the DRAFT watermark, rules, cell borders, a table's header row
// repeated after a page break) is marked an artifact, which they skip.
//
// pdfkit writes the structure (`struct`, `markStructureContent`); this module keeps its rules in one place:
// - an element's children are added in the order they are made, so a parent made before its children keeps reading
//   order even when content is drawn later (the contents page is drawn last, after the body's page numbers are
//   known, but its elements are made before the body's);
// - a text spread over lines and pages is many marked-content sequences of one element;
// - a link is a Link element holding its text and its annotation (an OBJR), ended at once so pdfkit records the
//   annotation's page while it is still the current one.

type Doc = PDFKit.PDFDocument;

export type ArtifactType = "Pagination" | "Layout";

export type LinkTarget = { url: string } | { destination: string };

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TagOptions {
  /** A language other than the one around it. */
  lang?: DocumentLanguage;
  /** An ID in the structure tree (a Note must have one). */
  id?: string;
  /** Table attributes: a header cell's scope, a cell's column span. */
  table?: { scope?: "Row" | "Column" | "Both"; colSpan?: number };
  /** List attribute: how the list's items are labelled. */
  listNumbering?: "Decimal" | "Disc" | "None";
}

/** A structure element, or (for marks drawn on every page) the artifact that stands in for one. */
export interface Tag {
  readonly type: string;
  /** The language its text is in: its own Lang, or the nearest one above it (the document's at the top). */
  readonly language?: DocumentLanguage;
  /** A new element, after the children made before it. */
  child(type: string, options?: TagOptions): Tag;
  /** Draws as this element's content, on the current page. */
  content(draw: () => void): void;
  /** Draws what is no text of the paper (a bar, a background, a rule): an artifact. */
  artifact(draw: () => void, type?: ArtifactType): void;
  /** A link annotation over `rect` that belongs to this element (a Link); `description` is what it is announced as. */
  annotate(target: LinkTarget, rect: Rect, description: string): void;
  /** No more children or content: pdfkit may write the element out. */
  end(): void;
}

/** pdfkit's element keeps its PDF dictionary here (not in its typings). */
interface ElementInternals {
  dictionary: { data: Record<string, unknown> };
}

/** An annotation's options as pdfkit takes them (its typings leave out the structure parent). */
type AnnotationOptions = PDFKit.Mixins.AnnotationOption & { structParent: PDFKit.PDFStructureElement };

class Tagging {
  private depth = 0;
  private readonly ids: [string, unknown][] = [];

  constructor(readonly doc: Doc) {}

  get inArtifact(): boolean {
    return this.depth > 0;
  }

  artifact(draw: () => void, type: ArtifactType = "Layout"): void {
    // Inside an artifact (a repeated header row), everything is part of it: marked content does not nest here.
    if (this.inArtifact) return draw();
    this.doc.markContent("Artifact", { type });
    this.depth++;
    try {
      draw();
    } finally {
      this.depth--;
      this.doc.endMarkedContent();
    }
  }

  identify(element: PDFKit.PDFStructureElement, id: string): void {
    const dictionary = (element as unknown as ElementInternals).dictionary;
    dictionary.data.ID = new String(id);
    this.ids.push([id, dictionary]);
  }

  /** The structure tree's ID tree, which readers use to find an element by its ID (a note from its reference). */
  finish(): void {
    if (this.ids.length === 0) return;
    const names = [...this.ids].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).flatMap(([id, ref]) => [new String(id), ref]);
    (this.doc.getStructTreeRoot() as unknown as { data: Record<string, unknown> }).data.IDTree = { Names: names };
  }
}

class Element implements Tag {
  constructor(
    private readonly tagging: Tagging,
    readonly type: string,
    private readonly element: PDFKit.PDFStructureElement,
    readonly language: DocumentLanguage | undefined,
  ) {}

  child(type: string, options: TagOptions = {}): Tag {
    // Drawn again as an artifact (a repeated header row), a link makes no second element.
    if (this.tagging.inArtifact) return new ArtifactTag(this.tagging, "Pagination");
    const element = this.tagging.doc.struct(type, options.lang ? { lang: options.lang } : {});
    const data = (element as unknown as ElementInternals).dictionary.data;
    const { scope, colSpan = 1 } = options.table ?? {};
    if (scope || colSpan > 1) data.A = { O: "Table", ...(scope ? { Scope: scope } : {}), ...(colSpan > 1 ? { ColSpan: colSpan } : {}) };
    if (options.listNumbering) data.A = { O: "List", ListNumbering: options.listNumbering };
    this.element.add(element);
    if (options.id) this.tagging.identify(element, options.id);
    return new Element(this.tagging, type, element, options.lang ?? this.language);
  }

  content(draw: () => void): void {
    if (this.tagging.inArtifact) return draw();
    const doc = this.tagging.doc;
    const marked = doc.markStructureContent(this.type);
    try {
      draw();
    } finally {
      doc.endMarkedContent();
    }
    this.element.add(marked);
  }

  artifact(draw: () => void, type?: ArtifactType): void {
    this.tagging.artifact(draw, type);
  }

  annotate(target: LinkTarget, rect: Rect, description: string): void {
    // A repeated header row is an artifact: its links are already there, with the row it repeats.
    if (this.tagging.inArtifact) return;
    const doc = this.tagging.doc;
    const options: AnnotationOptions = { structParent: this.element, Contents: new String(description) as unknown as string };
    if ("url" in target) doc.link(rect.x, rect.y, rect.width, rect.height, target.url, options);
    else doc.goTo(rect.x, rect.y, rect.width, rect.height, target.destination, options);
  }

  end(): void {
    this.element.end();
  }
}

/** Marks drawn on every page (the running head, the watermark): artifacts wherever a Tag is asked for. */
class ArtifactTag implements Tag {
  constructor(
    private readonly tagging: Tagging,
    private readonly kind: ArtifactType,
  ) {}
  readonly type = "Artifact";
  child(): Tag {
    return this;
  }
  content(draw: () => void): void {
    this.tagging.artifact(draw, this.kind);
  }
  artifact(draw: () => void): void {
    this.tagging.artifact(draw, this.kind);
  }
  annotate(): void {}
  end(): void {}
}

export interface Tags {
  /** The Document element, parent of everything. */
  root: Tag;
  /** Stands in for an element where what is drawn is an artifact (a page's running head). */
  artifactTag(type: ArtifactType): Tag;
  artifact(draw: () => void, type?: ArtifactType): void;
  /** Before `doc.end()`. */
  finish(): void;
}

/** The structure of a PDF made with `tagged: true`. */
export function createTags(doc: Doc, language: DocumentLanguage): Tags {
  const tagging = new Tagging(doc);
  const document = doc.struct("Document");
  doc.addStructure(document);
  return {
    root: new Element(tagging, "Document", document, language),
    artifactTag: (type) => new ArtifactTag(tagging, type),
    artifact: (draw, type) => tagging.artifact(draw, type),
    finish: () => tagging.finish(),
  };
}
