import * as Y from "yjs";
import { TextSelection, type EditorState } from "@tiptap/pm/state";
import { absolutePositionToRelativePosition, relativePositionToAbsolutePosition, ySyncPluginKey } from "@tiptap/y-tiptap";
import type { Anchor } from "../../../shared/api/threads";
import { decodePosition, encodePosition } from "./yRange";

// Between the editor (ProseMirror positions) and the API (Yjs relative positions, base64), through the binding
// that the Collaboration extension keeps between the two.

interface SyncState {
  doc: Y.Doc;
  type: Y.XmlFragment;
  binding: { mapping: Map<Y.AbstractType<unknown>, unknown> };
}

function syncState(state: EditorState): SyncState | null {
  const value: unknown = ySyncPluginKey.getState(state);
  if (typeof value !== "object" || value === null) return null;
  const sync = value as Partial<SyncState>;
  return sync.doc && sync.type && sync.binding ? (sync as SyncState) : null;
}

export interface SelectedText {
  anchor: Anchor;
  /** The text as the editor shows it, blocks joined by a line break. */
  text: string;
}

/**
 * The selection as an anchor, narrowed to text (a whole-document or node selection starts and ends between
 * blocks, which is not a place in any text). Null when nothing is selected.
 */
export function selectionAnchor(state: EditorState, range: { from: number; to: number } = state.selection): SelectedText | null {
  const sync = syncState(state);
  const { from, to } = range;
  if (!sync || from >= to) return null;
  const start = TextSelection.findFrom(state.doc.resolve(from), 1, true)?.from;
  const end = TextSelection.findFrom(state.doc.resolve(to), -1, true)?.to;
  if (start === undefined || end === undefined || start >= end) return null;
  const mapping = sync.binding.mapping as Parameters<typeof absolutePositionToRelativePosition>[2];
  return {
    anchor: {
      start: encodePosition(absolutePositionToRelativePosition(start, sync.type, mapping) as Y.RelativePosition),
      end: encodePosition(absolutePositionToRelativePosition(end, sync.type, mapping) as Y.RelativePosition),
    },
    text: state.doc.textBetween(start, end, "\n"),
  };
}

/**
 * Where a Yjs position is in the editor. y-tiptap refuses every position in text that resolves to 1 or less (its
 * guard against misresolved positions), which is also the first character of a section: words chosen from the
 * very start would count as deleted. There, the next character of the same text stands in, one place on.
 */
function absolutePosition(sync: SyncState, position: Y.RelativePosition): number | null {
  const mapping = sync.binding.mapping as Parameters<typeof relativePositionToAbsolutePosition>[3];
  const found = relativePositionToAbsolutePosition(sync.doc, sync.type, position, mapping);
  if (found !== null) return found;
  const at = Y.createAbsolutePositionFromRelativePosition(position, sync.doc);
  if (!at || !(at.type instanceof Y.XmlText) || at.index >= at.type.length) return null;
  const next = relativePositionToAbsolutePosition(sync.doc, sync.type, Y.createRelativePositionFromTypeIndex(at.type, at.index + 1), mapping);
  return next === null ? null : next - 1;
}

/** Where an anchor is in the editor now; null when its text is gone (detached). */
export function anchorRange(state: EditorState, anchor: Anchor): { from: number; to: number } | null {
  const sync = syncState(state);
  if (!sync) return null;
  const startRel = decodePosition(anchor.start);
  const endRel = decodePosition(anchor.end);
  if (!startRel || !endRel) return null;
  const from = absolutePosition(sync, startRel);
  const to = absolutePosition(sync, endRel);
  if (from === null || to === null || from >= to || to > state.doc.content.size) return null;
  return { from, to };
}
