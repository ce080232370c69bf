import { mergeWordLang, readWordLang, type WordLang } from "./language";
import { child, childrenNamed, val, type XmlElement } from "./xml";

// Word styles, read by NAME (and outline level), never by id alone: the id of "heading 1" is "Heading1" in an
// English Word, "berschrift1" in a German one and anything at all in files from other tools, while the name
// of a built-in style is stored in English everywhere.

/** Direct or style-given character formatting; `undefined` where nothing says either way. */
export interface RunProps {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  code?: boolean;
  hidden?: boolean;
}

export type ParagraphRole =
  | { kind: "title" }
  | { kind: "heading"; level: number }
  | { kind: "quote" }
  | { kind: "code" }
  | { kind: "toc" }
  /** A paragraph that Penholder's own export numbered: body text, its number Penholder's to give again. */
  | { kind: "numbered" }
  /** What Penholder's own export writes around the text (title-page lines, status lines, "Contents"): left out. */
  | { kind: "furniture" }
  | { kind: "body" };

export interface NumberingRef {
  numId?: string;
  ilvl?: number;
}

interface Style {
  name: string;
  basedOn?: string;
  outlineLevel?: number;
  numbering?: NumberingRef;
  run: RunProps;
  language?: WordLang;
}

const OFF = new Set(["0", "false", "off", "none"]);

/** A toggle property such as `<w:b/>` or `<w:b w:val="0"/>`. */
function toggle(element: XmlElement | undefined): boolean | undefined {
  if (!element) return undefined;
  const value = element.attrs.get("w:val");
  return value === undefined || !OFF.has(value.toLowerCase());
}

const MONOSPACE = /mono\b|courier|consolas|menlo|monaco|lucida console|inconsolata|lucida sans typewriter/i;

export function readRunProps(rPr: XmlElement | undefined): RunProps {
  if (!rPr) return {};
  const fonts = child(rPr, "w:rFonts");
  const font = fonts?.attrs.get("w:ascii") ?? fonts?.attrs.get("w:hAnsi");
  const strike = toggle(child(rPr, "w:strike"));
  const doubleStrike = toggle(child(rPr, "w:dstrike"));
  return {
    bold: toggle(child(rPr, "w:b")),
    italic: toggle(child(rPr, "w:i")),
    underline: toggle(child(rPr, "w:u")),
    strike: strike === undefined && doubleStrike === undefined ? undefined : Boolean(strike || doubleStrike),
    code: font === undefined ? undefined : MONOSPACE.test(font),
    hidden: toggle(child(rPr, "w:vanish")),
  };
}

/** `over` wins wherever it says something. */
export function mergeRunProps(under: RunProps, over: RunProps): RunProps {
  const merged: RunProps = { ...under };
  for (const key of Object.keys(over) as (keyof RunProps)[]) if (over[key] !== undefined) merged[key] = over[key];
  return merged;
}

export function readNumberingRef(pPr: XmlElement | undefined): NumberingRef | undefined {
  const numPr = child(pPr, "w:numPr");
  if (!numPr) return undefined;
  const ilvl = val(numPr, "w:ilvl");
  return { numId: val(numPr, "w:numId"), ilvl: ilvl === undefined ? undefined : Number.parseInt(ilvl, 10) || 0 };
}

export function readOutlineLevel(pPr: XmlElement | undefined): number | undefined {
  const level = val(pPr, "w:outlineLvl");
  if (level === undefined) return undefined;
  const parsed = Number.parseInt(level, 10);
  return Number.isInteger(parsed) && parsed >= 0 && parsed <= 9 ? parsed : undefined;
}

/** A style name as compared here: lower case, single spaces. */
const normalise = (name: string): string => name.trim().toLowerCase().replace(/\s+/g, " ");

/** The name an id stands for when styles.xml is missing: "ListBullet2" is "list bullet 2", "HTMLPreformatted" "html preformatted". */
const nameFromId = (id: string): string =>
  normalise(id.replace(/([a-z])([A-Z0-9])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").replace(/([A-Za-z])([0-9])/g, "$1 $2"));

/**
 * Penholder's export names its own styles so that a file it wrote comes back as its text alone
 * (server/export/docx.ts, PENHOLDER_STYLES).
 */
const PENHOLDER_FURNITURE = new Set(["penholder title page line", "penholder section status", "penholder contents heading"]);

function roleByName(name: string): ParagraphRole | undefined {
  if (name === "penholder numbered paragraph") return { kind: "numbered" };
  if (PENHOLDER_FURNITURE.has(name)) return { kind: "furniture" };
  if (name === "title") return { kind: "title" };
  const heading = /^heading ?([1-9])$/.exec(name);
  if (heading) return { kind: "heading", level: Number(heading[1]) };
  if (name === "quote" || name === "intense quote" || name === "block text") return { kind: "quote" };
  if (/^(toc ?[1-9]|toc heading|table of figures)$/.test(name)) return { kind: "toc" };
  if (name === "html preformatted" || name === "code" || name === "source code" || name === "macro text") return { kind: "code" };
  if (name === "subtitle" || name === "normal") return { kind: "body" };
  return undefined;
}

export class Styles {
  private readonly byId = new Map<string, Style>();
  private defaultParagraph: string | undefined;
  private readonly defaultLanguage: WordLang | undefined;

  constructor(root: XmlElement | undefined) {
    this.defaultLanguage = readWordLang(child(child(child(root, "w:docDefaults"), "w:rPrDefault"), "w:rPr"));
    for (const style of childrenNamed(root, "w:style")) {
      const id = style.attrs.get("w:styleId");
      if (!id) continue;
      const pPr = child(style, "w:pPr");
      const name = val(style, "w:name");
      this.byId.set(id, {
        name: name !== undefined ? normalise(name) : nameFromId(id),
        basedOn: val(style, "w:basedOn"),
        outlineLevel: readOutlineLevel(pPr),
        numbering: readNumberingRef(pPr),
        run: readRunProps(child(style, "w:rPr")),
        language: readWordLang(child(style, "w:rPr")),
      });
      const isDefault = ["1", "true", "on"].includes(style.attrs.get("w:default") ?? "");
      if (style.attrs.get("w:type") === "paragraph" && isDefault) this.defaultParagraph ??= id;
    }
  }

  /** The style and the ones it is based on, nearest first (a loop in basedOn ends the chain). */
  private chain(styleId: string | undefined): { id: string; style: Style | undefined }[] {
    const chain: { id: string; style: Style | undefined }[] = [];
    const seen = new Set<string>();
    for (let id = styleId ?? this.defaultParagraph; id !== undefined && !seen.has(id) && chain.length < 20; ) {
      seen.add(id);
      const style = this.byId.get(id);
      chain.push({ id, style });
      id = style?.basedOn;
    }
    return chain;
  }

  /** What a paragraph is: a direct outline level wins, then the nearest style with a known name or level. */
  role(styleId: string | undefined, directOutlineLevel: number | undefined): ParagraphRole {
    if (directOutlineLevel !== undefined) return directOutlineLevel <= 8 ? { kind: "heading", level: directOutlineLevel + 1 } : { kind: "body" };
    for (const { id, style } of this.chain(styleId)) {
      // A file without styles.xml still names its styles by id ("Heading1", "Title").
      const byName = roleByName(style?.name ?? nameFromId(id));
      if (byName) return byName;
      if (style?.outlineLevel !== undefined) return style.outlineLevel <= 8 ? { kind: "heading", level: style.outlineLevel + 1 } : { kind: "body" };
    }
    return { kind: "body" };
  }

  /** The list a paragraph style puts its paragraphs in, if any (e.g. "List Bullet" in a well-made template). */
  numbering(styleId: string | undefined): NumberingRef | undefined {
    for (const { style } of this.chain(styleId)) if (style?.numbering) return style.numbering;
    return undefined;
  }

  /** "List Bullet 2" and the like when the numbering itself is missing: kind and level from the name. */
  listByName(styleId: string | undefined): { kind: "bullet" | "ordered"; ilvl: number } | undefined {
    for (const { id, style } of this.chain(styleId)) {
      const match = /^list (bullet|number)(?: ([2-9]))?$/.exec(style?.name ?? nameFromId(id));
      if (match) return { kind: match[1] === "bullet" ? "bullet" : "ordered", ilvl: match[2] ? Number(match[2]) - 1 : 0 };
    }
    return undefined;
  }

  /** The languages (w:lang) a paragraph style gives its runs, through the styles it is based on and the defaults. */
  language(styleId: string | undefined): WordLang | undefined {
    return this.chain(styleId).reduceRight((lang, { style }) => mergeWordLang(style?.language, lang), this.defaultLanguage);
  }

  /** Formatting a character style gives, through the styles it is based on. */
  runProps(styleId: string | undefined): RunProps {
    if (!styleId) return {};
    return this.chain(styleId).reduceRight((props, { style }) => (style ? mergeRunProps(props, style.run) : props), {} as RunProps);
  }
}
