import type { Editor } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Footnote } from "../../../../../shared/editor/nodes/footnote";
import { FOOTNOTE, canInsertFootnote, selectedFootnote, type FootnoteLabels } from "./footnoteLocation";
import { footnoteNodeView } from "./footnoteNodeView";
import { footnoteNumberAt, footnoteNumbers } from "./footnoteNumbers";
import { standaloneNumbering, type SectionNumbering } from "./paperNumbering";

/** Insert a footnote (or open the selected one), as in Word and Google Docs. */
export const FOOTNOTE_KEYS = "Mod-Alt-f";

/** What the section is asked to show: a new note at the selection, or an existing one with its number. */
export interface FootnoteRequest {
  /** `number` is the note's number in the paper, as the exports print it; null for a note with no text. */
  target: { node: ProseMirrorNode; number: number | null } | null;
}

export interface FootnoteViewOptions {
  /** The reader may edit this section; otherwise notes open read-only and nothing here ever changes the text. */
  editable: boolean;
  /** This section's place in the paper: its notes are numbered after those of the sections before it. */
  numbering: SectionNumbering;
  /** References' names, in the reader's language. */
  labels: FootnoteLabels;
  onOpen(request: FootnoteRequest): void;
}

/** Opens the note at `pos`. In an editable section it is selected first, so focus comes back to it. */
function openAt(editor: Editor, options: Omit<FootnoteViewOptions, "labels">, pos: number): boolean {
  const node = editor.state.doc.nodeAt(pos);
  if (node?.type.name !== FOOTNOTE) return false;
  const place = footnoteNumberAt(editor.state, pos);
  // Selecting is not writing, but a read-only section is left exactly as it is all the same.
  if (options.editable && selectedFootnote(editor.state.selection)?.pos !== pos) editor.commands.setNodeSelection(pos);
  options.onOpen({ target: { node, number: place > 0 ? place + options.numbering.offset() : null } });
  return true;
}

/**
 * The toolbar button and the shortcut: the selected note opens for editing; otherwise a new one is written
 * where the selection ends. False when no note can go there (in code, across table cells).
 */
export function openFootnoteAtSelection(editor: Editor, options: Omit<FootnoteViewOptions, "labels">): boolean {
  const selected = selectedFootnote(editor.state.selection);
  if (selected) return openAt(editor, options, selected.pos);
  if (!options.editable || !canInsertFootnote(editor.state)) return false;
  options.onOpen({ target: null });
  return true;
}

/**
 * The shared footnote node as the browser draws and opens it. The schema (name, attribute, commands) is the
 * shared one, unchanged: only the node view, the numbering and the keys are added here, on the client.
 */
export const FootnoteView = Footnote.extend<FootnoteViewOptions>({
  addOptions() {
    return { editable: false, numbering: standaloneNumbering(), labels: { numbered: (number) => String(number), empty: "–" }, onOpen: () => {} };
  },

  addNodeView() {
    return ({ node, decorations, getPos, editor }) =>
      footnoteNodeView({ node, decorations, getPos, editable: this.options.editable, numbering: this.options.numbering, labels: this.options.labels, onActivate: (pos) => openAt(editor, this.options, pos) });
  },

  addProseMirrorPlugins() {
    const { numbering } = this.options;
    return [footnoteNumbers((count) => numbering.setCount(count))];
  },

  // Enter and Space on a selected note open it; left to the defaults, they would replace it with a line break
  // or a space. These run before StarterKit's keys (later extensions first).
  addKeyboardShortcuts() {
    const openSelected = () => {
      const selected = selectedFootnote(this.editor.state.selection);
      return selected ? openAt(this.editor, this.options, selected.pos) : false;
    };
    return {
      Enter: openSelected,
      Space: openSelected,
      // Swallowed where no note can go, so the browser does nothing else with it either.
      [FOOTNOTE_KEYS]: () => {
        if (this.options.editable) openFootnoteAtSelection(this.editor, this.options);
        return this.options.editable;
      },
    };
  },
});
