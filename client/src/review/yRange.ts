import * as Y from "yjs";
import type { Anchor } from "../../../shared/api/threads";
import { sectionRootName } from "../../../shared/collab/protocol";
import { base64ToBytes, bytesToBase64 } from "./base64";

// Anchored ranges read straight from the Y.Doc, the way the server reads them (server/collab/ranges.ts): the
// same text for the same anchor, so what a proposer sends as "original text" is what the server compares.

interface ResolvedRange {
  root: string;
  texts: Y.XmlText[];
  start: { text: Y.XmlText; index: number; at: number };
  end: { text: Y.XmlText; index: number; at: number };
}

export function encodePosition(position: Y.RelativePosition): string {
  return bytesToBase64(Y.encodeRelativePosition(position));
}

export function decodePosition(base64: string): Y.RelativePosition | null {
  try {
    return Y.decodeRelativePosition(base64ToBytes(base64));
  } catch {
    // Not a position this client can read: the anchor counts as detached, the thread is still shown.
    return null;
  }
}

/** Any shared type, as Yjs's own functions take it. */
type SharedType = Parameters<typeof Y.findRootTypeKey>[0];

function rootName(type: SharedType): string {
  let current = type;
  while (current._item) current = current._item.parent as SharedType;
  return Y.findRootTypeKey(current);
}

function textsOf(node: Y.XmlFragment | Y.XmlElement, out: Y.XmlText[] = []): Y.XmlText[] {
  for (const child of node.toArray()) {
    if (child instanceof Y.XmlText) out.push(child);
    else if (child instanceof Y.XmlElement) textsOf(child, out);
  }
  return out;
}

function resolve(doc: Y.Doc, anchor: Anchor): ResolvedRange | null {
  const startRel = decodePosition(anchor.start);
  const endRel = decodePosition(anchor.end);
  if (!startRel || !endRel) return null;
  const start = Y.createAbsolutePositionFromRelativePosition(startRel, doc);
  const end = Y.createAbsolutePositionFromRelativePosition(endRel, doc);
  if (!start || !end || !(start.type instanceof Y.XmlText) || !(end.type instanceof Y.XmlText)) return null;
  const root = rootName(start.type);
  if (rootName(end.type) !== root) return null;
  const texts = textsOf(doc.getXmlFragment(root));
  const startAt = texts.indexOf(start.type);
  const endAt = texts.indexOf(end.type);
  if (startAt < 0 || endAt < 0 || startAt > endAt || (startAt === endAt && start.index > end.index)) return null;
  return { root, texts, start: { text: start.type, index: start.index, at: startAt }, end: { text: end.type, index: end.index, at: endAt } };
}

const plain = (text: Y.XmlText): string =>
  text
    .toDelta()
    .map((op: { insert?: unknown }) => (typeof op.insert === "string" ? op.insert : ""))
    .join("");

function textOf(range: ResolvedRange): string {
  const { start, end, texts } = range;
  if (start.at === end.at) return plain(start.text).slice(start.index, end.index);
  const parts = [plain(start.text).slice(start.index)];
  for (let i = start.at + 1; i < end.at; i++) parts.push(plain(texts[i]!));
  parts.push(plain(end.text).slice(0, end.index));
  return parts.join("\n");
}

/** The text an anchor covers now (blocks joined by a line break), or null when it is gone or not in that section. */
export function anchoredText(doc: Y.Doc, anchor: Anchor, sectionId: string): string | null {
  const range = resolve(doc, anchor);
  if (!range || range.root !== sectionRootName(sectionId)) return null;
  return textOf(range);
}

/** The whole text of a section, from the start of its first text to the end of its last; null when it has none. */
export function wholeSectionAnchor(doc: Y.Doc, sectionId: string): { anchor: Anchor; text: string } | null {
  const texts = textsOf(doc.getXmlFragment(sectionRootName(sectionId)));
  const first = texts[0];
  const last = texts.at(-1);
  if (!first || !last) return null;
  const anchor = {
    start: encodePosition(Y.createRelativePositionFromTypeIndex(first, 0)),
    end: encodePosition(Y.createRelativePositionFromTypeIndex(last, last.length)),
  };
  return { anchor, text: anchoredText(doc, anchor, sectionId) ?? "" };
}
