import * as Y from "yjs";
import type { Anchor } from "../../../shared/api/threads";
import { sectionRootName } from "../../../shared/collab/protocol";
import { decodePosition, encodePosition, resolveAnchor, textOfAnchor } from "../../../shared/collab/ranges";

// Anchored ranges read straight from the Y.Doc through the reader the server uses (shared/collab/ranges.ts): the
// same text for the same anchor, so what a proposer sends as "original text" is what the server compares.

export { decodePosition, encodePosition };

/** The text an anchor covers now (blocks joined by a line break), or null when it is gone or not in that section. */
export function anchoredText(doc: Y.Doc, anchor: Anchor, sectionId: string): string | null {
  const start = decodePosition(anchor.start);
  const end = decodePosition(anchor.end);
  const range = start && end ? resolveAnchor(doc, start, end) : null;
  if (!range || range.root !== sectionRootName(sectionId)) return null;
  return textOfAnchor(range);
}

function textblocksOf(node: Y.XmlFragment | Y.XmlElement, out: Y.XmlElement[] = []): Y.XmlElement[] {
  for (const child of node.toArray()) {
    if (!(child instanceof Y.XmlElement)) continue;
    if (child.toArray().some((grandchild) => grandchild instanceof Y.XmlText)) out.push(child);
    else textblocksOf(child, out);
  }
  return out;
}

/**
 * The whole text of a section, from the start of its first text block to the end of its last (past a closing
 * footnote, which sits after the last text); null when it has no text.
 */
export function wholeSectionAnchor(doc: Y.Doc, sectionId: string): { anchor: Anchor; text: string } | null {
  const blocks = textblocksOf(doc.getXmlFragment(sectionRootName(sectionId)));
  const first = blocks[0];
  const last = blocks.at(-1);
  if (!first || !last) return null;
  const anchor = {
    start: encodePosition(Y.createRelativePositionFromTypeIndex(first, 0)),
    end: encodePosition(Y.createRelativePositionFromTypeIndex(last, last.length, -1)),
  };
  return { anchor, text: anchoredText(doc, anchor, sectionId) ?? "" };
}
