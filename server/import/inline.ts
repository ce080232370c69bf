import { alternateContent, child, elements, textOf, val, type XmlElement } from "./xml";
import { mergeRunProps, readRunProps, type RunProps } from "./styles";
import type { ConvertContext, NoteKind } from "./context";
import type { PmMark, PmNode } from "./model";

// A paragraph's runs to inline nodes: text with marks, hard breaks and footnotes. Inserted text (w:ins) is kept,
// deleted text (w:del) dropped: tracked changes arrive accepted. Field instructions are hidden; their results show.

export interface InlineResult {
  content: PmNode[];
  /** The paragraph is (part of) a table of contents field: the importer leaves it out. */
  inTableOfContents: boolean;
}

interface Scope {
  /** The link around these runs, if any. */
  href: string | undefined;
}

/** An address a reader may follow: web or mail. Anything else (file:, javascript:, relative paths) is refused. */
function safeHref(raw: string): string | undefined {
  const target = raw.trim();
  const withScheme = /^www\./i.test(target) ? `https://${target}` : target;
  if (!/^(https?:\/\/|mailto:)/i.test(withScheme)) return undefined;
  try {
    new URL(withScheme);
    return withScheme;
  } catch {
    return undefined; // not a URL at all: the text stays, without a link
  }
}

/** The target of a HYPERLINK field instruction; none for a link to a bookmark (`\l`). */
function fieldHyperlink(instruction: string): string | undefined {
  const match = /^\s*HYPERLINK\s+(?:"([^"]*)"|([^\s"\\]+))/i.exec(instruction);
  const target = match?.[1] ?? match?.[2];
  return target ? target : undefined;
}

function hyperlinkTarget(element: XmlElement, context: ConvertContext): string | undefined {
  const id = element.attrs.get("r:id");
  // A link to a bookmark in the same file (w:anchor only) has nothing to point to here: its text stays.
  if (!id) return undefined;
  const relationship = context.rels.get(id);
  if (!relationship) return undefined;
  const href = relationship.external ? safeHref(relationship.target) : undefined;
  if (!href) context.report.count("unsafeLinks");
  return href;
}

function marksOf(props: RunProps, href: string | undefined): PmMark[] {
  // The schema's code mark excludes every other mark, links included: a link wins over a monospace font.
  if (props.code && !href) return [{ type: "code" }];
  const marks: PmMark[] = [];
  if (props.bold) marks.push({ type: "bold" });
  if (props.italic) marks.push({ type: "italic" });
  if (props.underline) marks.push({ type: "underline" });
  if (props.strike) marks.push({ type: "strike" });
  if (href) marks.push({ type: "link", attrs: { href } });
  return marks;
}

class InlineBuilder {
  readonly content: PmNode[] = [];
  inTableOfContents = false;

  constructor(private readonly context: ConvertContext) {
    this.inTableOfContents = this.tableOfContentsShowing();
  }

  private tableOfContentsShowing(): boolean {
    return this.context.fields.some((field) => field.tableOfContents);
  }

  /** Whether text is shown now: not while any open field is still in its instruction part. */
  private get showing(): boolean {
    return this.context.fields.every((field) => field.showing);
  }

  private linkFromFields(): string | undefined {
    for (let i = this.context.fields.length - 1; i >= 0; i--) {
      const href = this.context.fields[i]!.href;
      if (href) return href;
    }
    return undefined;
  }

  text(text: string, props: RunProps, scope: Scope): void {
    if (text.length === 0 || !this.showing) return;
    const marks = marksOf(props, this.linkFromFields() ?? scope.href);
    this.content.push(marks.length > 0 ? { type: "text", text, marks } : { type: "text", text });
  }

  hardBreak(): void {
    if (this.showing) this.content.push({ type: "hardBreak" });
  }

  /** A note reference: the note's text travels in a footnote node where the reference stands. */
  note(kind: NoteKind, id: string | undefined): void {
    if (!this.showing) return;
    const text = this.context.notes.text(kind, id);
    if (text !== undefined) this.content.push({ type: "footnote", attrs: { text } });
  }

  fieldChar(type: string | undefined): void {
    const fields = this.context.fields;
    if (type === "begin") {
      fields.push({ instruction: "", showing: false, href: undefined, tableOfContents: false });
    } else if (type === "separate") {
      const field = fields[fields.length - 1];
      if (!field) return;
      field.showing = true;
      field.tableOfContents = /^\s*TOC\b/i.test(field.instruction);
      if (field.tableOfContents) {
        this.context.report.count("tableOfContents");
        this.inTableOfContents = true;
      }
      const target = fieldHyperlink(field.instruction);
      if (target !== undefined) {
        field.href = safeHref(target);
        if (!field.href) this.context.report.count("unsafeLinks");
      }
    } else if (type === "end") {
      fields.pop();
    }
  }

  instruction(text: string): void {
    const field = this.context.fields[this.context.fields.length - 1];
    if (field && !field.showing) field.instruction += text;
  }
}

/** Word's on/off attribute values: "1", "true", "on" (and their opposites). */
const isOn = (value: string | undefined): boolean => value === "1" || value === "true" || value === "on";

function readRunContent(nodes: XmlElement[], props: RunProps, scope: Scope, builder: InlineBuilder, context: ConvertContext): void {
  // A note with a custom mark ("*", "†") writes that mark as the next text: the footnote node stands for it.
  let customMark = false;
  for (const element of nodes) {
    if (customMark && element.name === "w:t") {
      customMark = false;
      continue;
    }
    switch (element.name) {
      case "w:fldChar":
        builder.fieldChar(element.attrs.get("w:fldCharType"));
        break;
      case "w:instrText":
        builder.instruction(textOf(element));
        break;
      case "w:t":
        if (!props.hidden) builder.text(textOf(element), props, scope);
        break;
      case "w:tab":
      case "w:ptab":
        if (!props.hidden) builder.text(" ", props, scope);
        break;
      case "w:br": {
        // Page and column breaks are layout, not text.
        const type = element.attrs.get("w:type");
        if (!props.hidden && (type === undefined || type === "textWrapping")) builder.hardBreak();
        break;
      }
      case "w:cr":
        if (!props.hidden) builder.hardBreak();
        break;
      case "w:noBreakHyphen":
        if (!props.hidden) builder.text("-", props, scope);
        break;
      case "w:sym": {
        // Symbol-font characters (Wingdings...) sit in the private use area and mean nothing without the font.
        const code = Number.parseInt(element.attrs.get("w:char") ?? "", 16);
        if (!props.hidden && Number.isInteger(code) && (code < 0xe000 || code > 0xf8ff)) builder.text(String.fromCodePoint(code), props, scope);
        break;
      }
      case "w:drawing":
      case "w:pict":
        context.report.count("images");
        break;
      case "w:object":
        context.report.count("embedded");
        break;
      case "mc:AlternateContent":
        readRunContent(alternateContent(element), props, scope, builder, context);
        break;
      case "w:footnoteReference":
      case "w:endnoteReference":
        customMark = isOn(element.attrs.get("w:customMarkFollows"));
        if (!props.hidden) builder.note(element.name === "w:footnoteReference" ? "footnote" : "endnote", element.attrs.get("w:id"));
        break;
      case "w:commentReference":
        context.report.count("comments");
        break;
      default:
        // w:rPr, w:lastRenderedPageBreak, w:softHyphen, w:delText (only inside deletions)...: nothing to show.
        break;
    }
  }
}

function readRun(run: XmlElement, scope: Scope, builder: InlineBuilder, context: ConvertContext): void {
  const rPr = child(run, "w:rPr");
  const fromStyle = context.styles.runProps(val(rPr, "w:rStyle"));
  // A link's character style ("Hyperlink") underlines it; the link mark shows that already.
  if (scope.href) delete fromStyle.underline;
  readRunContent(elements(run), mergeRunProps(fromStyle, readRunProps(rPr)), scope, builder, context);
}

function readChildren(nodes: XmlElement[], scope: Scope, builder: InlineBuilder, context: ConvertContext): void {
  for (const element of nodes) {
    switch (element.name) {
      case "w:r":
        readRun(element, scope, builder, context);
        break;
      case "w:hyperlink":
        readChildren(elements(element), { href: hyperlinkTarget(element, context) ?? scope.href }, builder, context);
        break;
      case "w:fldSimple": {
        const target = fieldHyperlink(element.attrs.get("w:instr") ?? "");
        const href = target === undefined ? undefined : safeHref(target);
        if (target !== undefined && !href) context.report.count("unsafeLinks");
        readChildren(elements(element), { href: href ?? scope.href }, builder, context);
        break;
      }
      case "w:ins":
      case "w:moveTo":
        context.report.count("insertions");
        readChildren(elements(element), scope, builder, context);
        break;
      case "w:del":
      case "w:moveFrom":
        context.report.count("deletions");
        break;
      case "w:smartTag":
      case "w:customXml":
      case "w:dir":
      case "w:bdo":
        readChildren(elements(element), scope, builder, context);
        break;
      case "w:sdt":
        readChildren(elements(child(element, "w:sdtContent") ?? element), scope, builder, context);
        break;
      case "mc:AlternateContent":
        readChildren(alternateContent(element), scope, builder, context);
        break;
      case "m:oMath":
      case "m:oMathPara":
        context.report.count("equations");
        break;
      default:
        // w:pPr, bookmarks, comment ranges, proofing marks, permissions: not text.
        break;
    }
  }
}

const sameMarks = (a: PmNode, b: PmNode): boolean => JSON.stringify(a.marks ?? []) === JSON.stringify(b.marks ?? []);

/** Joins neighbouring text with the same marks and trims the paragraph's edges (spaces and breaks). */
function normaliseInline(nodes: readonly PmNode[]): PmNode[] {
  const joined: PmNode[] = [];
  for (const node of nodes) {
    const last = joined[joined.length - 1];
    if (node.type === "text" && last?.type === "text" && sameMarks(last, node)) {
      joined[joined.length - 1] = { ...last, text: `${last.text}${node.text}` };
    } else {
      joined.push({ ...node });
    }
  }
  while (joined[0]?.type === "hardBreak") joined.shift();
  while (joined[joined.length - 1]?.type === "hardBreak") joined.pop();
  const first = joined[0];
  if (first?.type === "text") first.text = first.text!.replace(/^\s+/, "");
  const last = joined[joined.length - 1];
  if (last?.type === "text") last.text = last.text!.replace(/\s+$/, "");
  const result = joined.filter((node) => node.type !== "text" || (node.text ?? "").length > 0);
  // Trimming may have emptied an edge text node and exposed a break.
  return result.length !== joined.length ? normaliseInline(result) : result;
}

/** The inline content of a w:p. */
export function readInline(paragraph: XmlElement, context: ConvertContext): InlineResult {
  const builder = new InlineBuilder(context);
  readChildren(elements(paragraph), { href: undefined }, builder, context);
  return { content: normaliseInline(builder.content), inTableOfContents: builder.inTableOfContents };
}
