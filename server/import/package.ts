import { openZip, type ZipArchive } from "./zip";
import { child, childrenNamed, decodeXml, parseXml, type XmlElement } from "./xml";
import { ImportError, unreadable } from "./errors";
import type { Relationship } from "./context";
import { text, type ServerText } from "../i18n/translate";

// The DOCX package (Open Packaging Conventions): find the main document part through the package
// relationships, and its styles, numbering, notes and hyperlink targets through the part's own relationships.

export interface PackageLimits {
  maxEntries: number;
  maxUnpackedBytes: number;
  maxElements: number;
  maxDepth: number;
  maxTextChars: number;
  maxParagraphs: number;
}

export interface DocxPackage {
  document: XmlElement;
  styles: XmlElement | undefined;
  numbering: XmlElement | undefined;
  rels: Map<string, Relationship>;
  footnotes: NotesPart;
  endnotes: NotesPart;
}

/**
 * A footnotes or endnotes part. A damaged one does not stop the import: only the notes are lost, and the report
 * says why. Absent is normal for a file without notes.
 */
export type NotesPart =
  | { state: "absent" }
  | { state: "read"; name: string; root: XmlElement }
  | { state: "unreadable"; name: string; reason: ServerText };

const OFFICE_DOCUMENT = /\/officeDocument$/;
const TEXT_ELEMENTS = new Set(["w:t", "w:instrText"]);

/** What a file that is not a DOCX probably is, from its first bytes: a clearer message than "corrupt". */
export function sniffNonDocx(bytes: Uint8Array): ServerText | undefined {
  const starts = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  const ascii = new TextDecoder("latin1").decode(bytes.subarray(0, 8));
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) return undefined;
  if (bytes.length === 0) return text("import.notDocx.empty");
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return text("import.notDocx.doc");
  if (starts(0x89, 0x50, 0x4e, 0x47)) return text("import.notDocx.png");
  if (starts(0xff, 0xd8, 0xff)) return text("import.notDocx.jpeg");
  if (ascii.startsWith("%PDF")) return text("import.notDocx.pdf");
  if (ascii.startsWith("{\\rtf")) return text("import.notDocx.rtf");
  return text("import.notDocx.notZip");
}

function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = fromPart.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== "." && segment !== "") parts.push(segment);
  }
  return parts.join("/");
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export function openPackage(bytes: Uint8Array, limits: PackageLimits): DocxPackage {
  const zip = openZip(bytes, limits);
  const readPart = (name: string, keepText: (element: string) => boolean = () => false): XmlElement | undefined => {
    const data = zip.read(name);
    return data ? parseXml(decodeXml(data), name, limits, keepText) : undefined;
  };
  const readRels = (part: string): Map<string, Relationship> => {
    const rels = new Map<string, Relationship>();
    for (const rel of childrenNamed(readPart(relsPathOf(part)), "Relationship")) {
      const id = rel.attrs.get("Id");
      const target = rel.attrs.get("Target");
      if (!id || target === undefined) continue;
      const external = rel.attrs.get("TargetMode") === "External";
      rels.set(id, { type: rel.attrs.get("Type") ?? "", target: external ? target : resolveTarget(part, target), external });
    }
    return rels;
  };

  const main = [...readRels("").values()].find((rel) => OFFICE_DOCUMENT.test(rel.type) && !rel.external)?.target ?? "word/document.xml";
  if (!zip.has(main)) throw unreadable(notWordMessage(zip));
  const document = readPart(main, (name) => TEXT_ELEMENTS.has(name));
  if (document?.name !== "w:document" || !child(document, "w:body")) throw unreadable(notWordMessage(zip));
  const rels = readRels(main);
  const targetOfType = (suffix: string): string | undefined => [...rels.values()].find((r) => r.type.endsWith(suffix) && !r.external)?.target;
  const partOfType = (suffix: string): XmlElement | undefined => {
    const target = targetOfType(suffix);
    return target ? readPart(target) : undefined;
  };
  const notesOfType = (suffix: string): NotesPart => {
    const name = targetOfType(suffix);
    if (!name || !zip.has(name)) return { state: "absent" };
    try {
      const root = readPart(name, (element) => TEXT_ELEMENTS.has(element));
      return root ? { state: "read", name, root } : { state: "absent" };
    } catch (error) {
      // Past a size limit the whole file is refused, as for any part: that is an attack, not damage.
      if (error instanceof ImportError && error.kind === "unreadable") return { state: "unreadable", name, reason: error.text };
      throw error;
    }
  };
  return {
    document,
    styles: partOfType("/styles"),
    numbering: partOfType("/numbering"),
    rels,
    footnotes: notesOfType("/footnotes"),
    endnotes: notesOfType("/endnotes"),
  };
}

function notWordMessage(zip: ZipArchive): ServerText {
  if (zip.has("xl/workbook.xml")) return text("import.notDocx.excel");
  if (zip.has("ppt/presentation.xml")) return text("import.notDocx.powerPoint");
  if (zip.has("content.xml") && zip.has("mimetype")) return text("import.notDocx.odt");
  return text("import.notDocx.noDocumentPart");
}
