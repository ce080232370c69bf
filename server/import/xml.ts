import { SaxesParser } from "saxes";
import { ImportError, tooLarge, unreadable } from "./errors";
import { tooManyParagraphs, tooMuchText } from "./budget";
import { text } from "../i18n/translate";

// A small element tree over saxes. Names are normalised to fixed prefixes by namespace URI ("w:p", "r:id",
// "m:oMath", "mc:AlternateContent"), so a file that binds WordprocessingML to another prefix (or uses the
// ISO "strict" namespaces) reads the same. Whitespace between elements is dropped; text is kept only where
// the caller says it means something (w:t, w:instrText...).

export interface XmlElement {
  name: string;
  attrs: ReadonlyMap<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const PREFIXES: Record<string, string> = {
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
  "http://purl.oclc.org/ooxml/wordprocessingml/main": "w",
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "r",
  "http://purl.oclc.org/ooxml/officeDocument/relationships": "r",
  "http://schemas.openxmlformats.org/officeDocument/2006/math": "m",
  "http://purl.oclc.org/ooxml/officeDocument/math": "m",
  "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
  "http://www.w3.org/XML/1998/namespace": "xml",
  // Package parts ([Content_Types].xml, *.rels) use a default namespace: their names stay bare.
  "http://schemas.openxmlformats.org/package/2006/relationships": "",
  "http://schemas.openxmlformats.org/package/2006/content-types": "",
  "": "",
};

function qualified(uri: string, local: string): string {
  const prefix = PREFIXES[uri];
  if (prefix === undefined) return `{${uri}}${local}`;
  return prefix === "" ? local : `${prefix}:${local}`;
}

export interface XmlLimits {
  maxElements: number;
  maxDepth: number;
  /** Characters in the text the caller keeps, and paragraphs (w:p): refused here, before anything is built. */
  maxTextChars: number;
  maxParagraphs: number;
}

/** Parses one XML part. A DTD is refused outright: Office never writes one, and entities are an attack surface. */
export function parseXml(
  source: string,
  part: string,
  limits: XmlLimits,
  keepText: (elementName: string) => boolean,
): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const root: XmlElement = { name: "#document", attrs: new Map(), children: [] };
  const stack: XmlElement[] = [root];
  let elements = 0;
  let textChars = 0;
  let paragraphs = 0;
  parser.on("doctype", () => {
    throw unreadable(text("import.xml.dtd", { part }));
  });
  parser.on("opentag", (tag) => {
    if (++elements > limits.maxElements || stack.length > limits.maxDepth) {
      throw tooLarge(text("import.xml.tooLarge", { part, elements: limits.maxElements, levels: limits.maxDepth }));
    }
    const attrs = new Map<string, string>();
    for (const attr of Object.values(tag.attributes)) {
      // Namespace declarations are not attributes of the document.
      if (attr.prefix === "xmlns" || attr.name === "xmlns") continue;
      attrs.set(attr.uri ? qualified(attr.uri, attr.local) : attr.local, attr.value);
    }
    const element: XmlElement = { name: qualified(tag.uri ?? "", tag.local ?? tag.name), attrs, children: [] };
    if (element.name === "w:p" && ++paragraphs > limits.maxParagraphs) throw tooManyParagraphs(limits.maxParagraphs);
    stack[stack.length - 1]!.children.push(element);
    stack.push(element);
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  const onText = (value: string) => {
    const parent = stack[stack.length - 1]!;
    if (parent === root || !keepText(parent.name)) return;
    textChars += value.length;
    if (textChars > limits.maxTextChars) throw tooMuchText(limits.maxTextChars);
    parent.children.push(value);
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  try {
    parser.write(source).close();
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw unreadable(text("import.xml.notWellFormed", { part }));
  }
  const documentElement = root.children.find((child): child is XmlElement => typeof child !== "string");
  if (!documentElement) throw unreadable(text("import.xml.empty", { part }));
  return documentElement;
}

/** Decodes an XML part's bytes: UTF-8, or UTF-16 when it starts with a byte order mark. */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return new TextDecoder("utf-8").decode(bytes);
}

export const isElement = (node: XmlNode): node is XmlElement => typeof node !== "string";

export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c): c is XmlElement => isElement(c) && c.name === name);
}

export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  return element ? element.children.filter((c): c is XmlElement => isElement(c) && c.name === name) : [];
}

export function elements(element: XmlElement): XmlElement[] {
  return element.children.filter(isElement);
}

/** The `w:val` of a child element, e.g. `val(pPr, "w:pStyle")`. */
export function val(element: XmlElement | undefined, name: string): string | undefined {
  return child(element, name)?.attrs.get("w:val");
}

/** The text of an element's text children. */
export const textOf = (element: XmlElement): string => element.children.filter((c): c is string => typeof c === "string").join("");

/**
 * What to read of an mc:AlternateContent: the fallback, which every consumer understands (the choices need
 * extensions such as Word 2010 shapes). Without a fallback, the first choice.
 */
export function alternateContent(element: XmlElement): XmlElement[] {
  const chosen = child(element, "mc:Fallback") ?? child(element, "mc:Choice");
  return chosen ? elements(chosen) : [];
}
