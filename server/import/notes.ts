import { alternateContent, elements, type XmlElement } from "./xml";
import { readInline } from "./inline";
import { paragraph, plainText } from "./model";
import { clampFootnote, FOOTNOTE_MAX_LENGTH } from "../../shared/editor/nodes/footnote";
import type { NotesPart } from "./package";
import type { ConvertContext, NoteKind, NoteReader } from "./context";
import { text, type ServerText } from "../i18n/translate";

// Footnotes and endnotes: a reference in the body becomes a footnote node carrying the note's plain text. Notes are
// read on first reference, with the body's styles but their own field state, and whatever cannot be found or read
// is counted for the report instead of stopping the import.

const ROOTS: Record<NoteKind, { root: string; note: string }> = {
  footnote: { root: "w:footnotes", note: "w:footnote" },
  endnote: { root: "w:endnotes", note: "w:endnote" },
};

/** Notes Word writes for its own layout (the separator lines), not text anyone wrote. */
const isLayoutNote = (note: XmlElement): boolean => {
  const type = note.attrs.get("w:type");
  return type !== undefined && type !== "normal";
};

/** A reader for places where a reference cannot stand (inside a note): every reference is left out. */
export const noNotes = (context: Pick<ConvertContext, "report">): NoteReader => ({
  text() {
    context.report.count("footnotes");
    return undefined;
  },
});

export class Notes implements NoteReader {
  private readonly byId: Record<NoteKind, Map<string, XmlElement>>;
  private readonly unreadable: Partial<Record<NoteKind, ServerText>> = {};
  private readonly texts = new Map<string, string | undefined>();
  private readonly told = new Set<NoteKind>();

  constructor(
    parts: Record<NoteKind, NotesPart>,
    private readonly context: Omit<ConvertContext, "notes" | "fields" | "rels">,
  ) {
    this.byId = { footnote: this.index("footnote", parts.footnote), endnote: this.index("endnote", parts.endnote) };
  }

  private index(kind: NoteKind, part: NotesPart): Map<string, XmlElement> {
    const notes = new Map<string, XmlElement>();
    if (part.state === "unreadable") this.unreadable[kind] = part.reason;
    if (part.state !== "read") return notes;
    const { root, note } = ROOTS[kind];
    if (part.root.name !== root) {
      this.unreadable[kind] = text("import.notes.wrongPart", { part: part.name, kind });
      return notes;
    }
    for (const element of elements(part.root)) {
      const id = element.attrs.get("w:id");
      if (element.name === note && id !== undefined && !isLayoutNote(element) && !notes.has(id)) notes.set(id, element);
    }
    return notes;
  }

  /** The note's text, clamped as the editor clamps it; undefined (and counted as left out) if there is none. */
  text(kind: NoteKind, id: string | undefined): string | undefined {
    const key = `${kind}:${id}`;
    if (!this.texts.has(key)) this.texts.set(key, this.read(kind, id));
    const noteText = this.texts.get(key);
    if (noteText === undefined) {
      this.context.report.count("footnotes");
      this.tellUnreadable(kind);
    }
    return noteText;
  }

  private read(kind: NoteKind, id: string | undefined): string | undefined {
    const note = id === undefined ? undefined : this.byId[kind].get(id);
    if (!note) return undefined;
    const paragraphs: string[] = [];
    // Fields, links and nested references are the note's own business: a fresh context per note.
    const context: ConvertContext = { ...this.context, rels: new Map(), fields: [], notes: noNotes(this.context) };
    collectParagraphs(elements(note), (p) => paragraphs.push(plainText(paragraph(readInline(p, context).content))));
    const joined = paragraphs.join(" ").replace(/\s+/g, " ").trim();
    if (joined.length > FOOTNOTE_MAX_LENGTH) this.context.report.count("longNotes");
    const clamped = clampFootnote(joined);
    return clamped.length > 0 ? clamped : undefined;
  }

  private tellUnreadable(kind: NoteKind): void {
    const reason = this.unreadable[kind];
    if (reason === undefined || this.told.has(kind)) return;
    this.told.add(kind);
    this.context.report.note(text("import.warning.notesUnreadable", { kind, reason }));
  }
}

/** Paragraphs in reading order, inside tables and content controls too; deleted ones (tracked changes) left out. */
function collectParagraphs(nodes: XmlElement[], visit: (paragraph: XmlElement) => void): void {
  for (const element of nodes) {
    if (element.name === "w:p") visit(element);
    else if (element.name === "mc:AlternateContent") collectParagraphs(alternateContent(element), visit);
    else if (element.name !== "w:del" && element.name !== "w:moveFrom") collectParagraphs(elements(element), visit);
  }
}
