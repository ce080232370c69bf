import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { NodeSelection, type EditorState, type Selection } from "@tiptap/pm/state";
import type { Translate } from "../../../i18n/useLocale";

// Where notes are in a section's text, for the node view, the toolbar and the dialog. Pure: no DOM, no editor.

export const FOOTNOTE = "footnote";

export interface FootnoteAt {
  pos: number;
  node: ProseMirrorNode;
}

/** Every note in the text, in reading order: the first is note 1 of the section. */
export function footnotesIn(doc: ProseMirrorNode): FootnoteAt[] {
  const notes: FootnoteAt[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name === FOOTNOTE) notes.push({ pos, node });
    // Notes are inline: nothing to find inside a text node or another leaf.
    return !node.isLeaf;
  });
  return notes;
}

/** The note the selection holds whole (an arrow key onto a note selects it), if any. */
export function selectedFootnote(selection: Selection): FootnoteAt | null {
  if (!(selection instanceof NodeSelection) || selection.node.type.name !== FOOTNOTE) return null;
  return { pos: selection.from, node: selection.node };
}

/**
 * Where a note opened a moment ago is now. Others keep typing while the dialog is open, so its position moves;
 * the node itself stays the same object until someone changes that very note (the Yjs binding rebuilds only
 * what changed), so it is found by identity. Null when it was removed or changed meanwhile.
 */
export function positionOfNode(doc: ProseMirrorNode, target: ProseMirrorNode): number | null {
  let found: number | null = null;
  doc.descendants((node, pos) => {
    if (found !== null) return false;
    if (node === target) found = pos;
    return found === null && !node.isLeaf;
  });
  return found;
}

/** Whether a note may go where the selection ends: in running text, not in code or between blocks. */
export function canInsertFootnote(state: EditorState): boolean {
  const type = state.schema.nodes[FOOTNOTE];
  const { $to } = state.selection;
  if (!type || !$to.parent.inlineContent) return false;
  return $to.parent.canReplaceWith($to.index(), $to.index(), type);
}

/** How a reference is named, in the reader's language. */
export interface FootnoteLabels {
  /** The reference's accessible name and tooltip: the number readers see, then the note itself. */
  numbered(number: number, text: string): string;
  /** A note with no text (a paste can make one): unnumbered, as in the exports, which leave it out. */
  empty: string;
}

export const footnoteLabels = (t: Translate): FootnoteLabels => ({
  numbered: (number, text) => t("editor.footnote.label", { number, text }),
  empty: t("editor.footnote.empty"),
});
