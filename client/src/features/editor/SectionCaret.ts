import { Extension } from "@tiptap/core";
import type { Awareness } from "y-protocols/awareness";
import { yCursorPlugin } from "@tiptap/y-tiptap";
import { caretElement, selectionAttrs } from "./caretElements";
import { sectionAwareness } from "./sectionAwareness";

export interface SectionCaretOptions {
  awareness: Awareness | null;
  sectionId: string;
  /** The word on a caret whose person gave no name, in the reader's language. */
  someone: string;
}

/**
 * Named, coloured carets of the others in this section, and ours published under this section's own awareness
 * field (`cursor:<sectionId>`). Tiptap's CollaborationCaret uses the one field "cursor" for every editor, which
 * would show a caret from one section in all of them.
 */
export const SectionCaret = Extension.create<SectionCaretOptions>({
  name: "sectionCaret",

  addOptions() {
    return { awareness: null, sectionId: "", someone: "?" };
  },

  addProseMirrorPlugins() {
    const { awareness, sectionId, someone } = this.options;
    if (!awareness) return [];
    return [yCursorPlugin(sectionAwareness(awareness, sectionId), { cursorBuilder: (user: { name?: unknown; color?: unknown }) => caretElement(user, someone), selectionBuilder: selectionAttrs })];
  },
});
