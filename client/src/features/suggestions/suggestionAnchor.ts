import * as Y from "yjs";
import type { Anchor } from "../../../../shared/api/threads";
import { sectionRootName } from "../../../../shared/collab/protocol";
import { SUGGESTION_KINDS } from "../../../../shared/editor/marks/suggestion";
import { ZERO_WIDTH_SPACE } from "../../../../shared/editor/suggestions";
import { anchoredText, encodePosition } from "../../review/yRange";

// A reply to a suggestion starts a comment thread on the suggestion's own words. The anchor is made straight from
// the Y.Doc (the marks are formatting attributes of its texts), read only: no editor is needed, and the thread
// follows those words as any comment does once the suggestion is decided.

interface Place {
  text: Y.XmlText;
  offset: number;
}

/** y-tiptap names an attribute after its mark, with a "--hash" suffix for marks that may overlap themselves. */
const markName = (attribute: string): string => attribute.split("--")[0]!;

function isOfSuggestion(attributes: Record<string, unknown> | undefined, suggestionId: string): boolean {
  if (!attributes) return false;
  return Object.entries(attributes).some(([key, value]) => {
    if (!(SUGGESTION_KINDS as readonly string[]).includes(markName(key))) return false;
    return typeof value === "object" && value !== null && (value as { id?: unknown }).id === suggestionId;
  });
}

/** The first and last character of a suggestion in a section, in reading order; null when it is not there. */
function suggestionEnds(fragment: Y.XmlFragment, suggestionId: string): { first: Place; last: Place } | null {
  let first: Place | null = null;
  let last: Place | null = null;
  const walk = (node: Y.XmlFragment | Y.XmlElement) => {
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlElement) walk(child);
      if (!(child instanceof Y.XmlText)) continue;
      let offset = 0;
      for (const op of child.toDelta() as Array<{ insert?: unknown; attributes?: Record<string, unknown> }>) {
        const length = typeof op.insert === "string" ? op.insert.length : 1;
        if (isOfSuggestion(op.attributes, suggestionId)) {
          first ??= { text: child, offset };
          last = { text: child, offset: offset + length };
        }
        offset += length;
      }
    }
  };
  walk(fragment);
  return first && last ? { first, last } : null;
}

/**
 * An anchor over a suggestion's words (a replacement's deleted and inserted words alike) and the words it covers,
 * without the zero-width spaces that carry suggested breaks; null when the suggestion is not in the section.
 */
export function suggestionAnchor(doc: Y.Doc, sectionId: string, suggestionId: string): { anchor: Anchor; text: string } | null {
  const ends = suggestionEnds(doc.getXmlFragment(sectionRootName(sectionId)), suggestionId);
  if (!ends) return null;
  const anchor = {
    start: encodePosition(Y.createRelativePositionFromTypeIndex(ends.first.text, ends.first.offset)),
    // Bound to the last character, so words typed just after the suggestion do not join the thread's text.
    end: encodePosition(Y.createRelativePositionFromTypeIndex(ends.last.text, ends.last.offset, -1)),
  };
  const text = (anchoredText(doc, anchor, sectionId) ?? "").replaceAll(ZERO_WIDTH_SPACE, "");
  return { anchor, text };
}
