import * as Y from "yjs";
import { sectionRootName } from "../shared/collab/protocol";
import { PARAGRAPH } from "./messages";

// Content shared by both servers' fixtures, and the history generator for the 100k-edit load test.

/** Idle documents: this many sections, each with one short paragraph of starter text. */
export const IDLE_SECTION_COUNT = 5;
export const IDLE_SECTION_TEXT = "The working group proposes that the IGF secretariat publishes its budget, section";

/** The character typed for keystroke `n`: a CJK ideograph (one UTF-16 unit), so the text itself encodes the sequence. */
export const keystrokeChar = (n: number): string => String.fromCharCode(0x4e00 + (n % 20_000));

export interface GeneratedHistory {
  updates: { data: Uint8Array; clientId: number }[];
  /** Characters in the section's paragraphs once every update is applied. */
  chars: number;
}

/**
 * `edits` small Yjs updates into one section, as people typing would leave them: sessions of up to 10,000 edits,
 * each a new client (a fresh Y.Doc loaded with the state so far) that starts its own paragraph and types one
 * character per update, with every tenth edit a backspace.
 */
export function generateHistory(sectionId: string, edits: number): GeneratedHistory {
  const updates: GeneratedHistory["updates"] = [];
  let state: Uint8Array | null = null;
  let chars = 0;
  const perSession = 10_000;
  for (let done = 0; done < edits; ) {
    const doc = new Y.Doc();
    if (state) Y.applyUpdate(doc, state);
    doc.on("update", (data: Uint8Array) => updates.push({ data, clientId: doc.clientID }));
    const fragment = doc.getXmlFragment(sectionRootName(sectionId));
    const text = new Y.XmlText();
    const paragraph = new Y.XmlElement(PARAGRAPH);
    paragraph.insert(0, [text]);
    fragment.insert(fragment.length, [paragraph]);
    done++;
    const sessionEnd = Math.min(edits, done + perSession - 1);
    for (let i = 0; done < sessionEnd; i++, done++) {
      if (i % 10 === 9 && text.length > 0) text.delete(text.length - 1, 1);
      else text.insert(text.length, keystrokeChar(i));
    }
    chars += text.length;
    state = Y.encodeStateAsUpdate(doc);
    doc.destroy();
  }
  return { updates, chars };
}

/** Characters of text in a section fragment's paragraphs. */
export function fragmentChars(fragment: Y.XmlFragment): number {
  let chars = 0;
  for (const node of fragment.toArray()) {
    if (!(node instanceof Y.XmlElement)) continue;
    for (const child of node.toArray()) if (child instanceof Y.XmlText) chars += child.length;
  }
  return chars;
}
