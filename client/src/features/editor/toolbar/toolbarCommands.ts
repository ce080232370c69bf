import type { Editor } from "@tiptap/core";
import type { ToolbarState } from "./toolbarState";
import type { IconName } from "./ToolbarIcon";
import { FOOTNOTE_KEYS } from "../footnotes/FootnoteView";

export interface ToolbarCommand {
  id: string;
  label: string;
  icon: IconName;
  /** The shortcut as Tiptap binds it ("Mod-b"); shown in the tooltip and in aria-keyshortcuts. */
  keys?: string;
  /** A toggle: aria-pressed follows this. */
  pressed?: (state: ToolbarState) => boolean;
  disabled?: (state: ToolbarState) => boolean;
  /** Opens a dialog (aria-haspopup) instead of acting at once. */
  opensDialog?: boolean;
  run: (editor: Editor) => void;
}

export interface ToolbarGroup {
  label: string;
  /** Shown only when this holds (the table tools, inside a table). */
  visible?: (state: ToolbarState) => boolean;
  commands: ToolbarCommand[];
}

/** The link button opens a field instead of running a command; the toolbar handles it by this id. */
export const LINK_COMMAND_ID = "link";
/** The comment button starts a comment thread on the selection; the section handles it. */
export const COMMENT_COMMAND_ID = "comment";
/** The footnote button opens the note's dialog, which the section shows. */
export const FOOTNOTE_COMMAND_ID = "footnote";

const chain = (editor: Editor) => editor.chain().focus();

export const TOOLBAR_GROUPS: ToolbarGroup[] = [
  {
    label: "Text",
    commands: [
      { id: "bold", label: "Bold", icon: "bold", keys: "Mod-b", pressed: (s) => s.bold, run: (e) => chain(e).toggleBold().run() },
      { id: "italic", label: "Italic", icon: "italic", keys: "Mod-i", pressed: (s) => s.italic, run: (e) => chain(e).toggleItalic().run() },
      { id: LINK_COMMAND_ID, label: "Link", icon: "link", keys: "Mod-k", run: () => {} },
    ],
  },
  {
    label: "Paragraph style",
    commands: [
      { id: "paragraph", label: "Paragraph", icon: "paragraph", keys: "Mod-Alt-0", pressed: (s) => s.paragraph, run: (e) => chain(e).setParagraph().run() },
      { id: "heading2", label: "Heading 2", icon: "heading2", keys: "Mod-Alt-2", pressed: (s) => s.heading2, run: (e) => chain(e).toggleHeading({ level: 2 }).run() },
      { id: "heading3", label: "Heading 3", icon: "heading3", keys: "Mod-Alt-3", pressed: (s) => s.heading3, run: (e) => chain(e).toggleHeading({ level: 3 }).run() },
      { id: "bulletList", label: "Bulleted list", icon: "bulletList", keys: "Mod-Shift-8", pressed: (s) => s.bulletList, run: (e) => chain(e).toggleBulletList().run() },
      { id: "orderedList", label: "Numbered list", icon: "orderedList", keys: "Mod-Shift-7", pressed: (s) => s.orderedList, run: (e) => chain(e).toggleOrderedList().run() },
      { id: "blockquote", label: "Block quote", icon: "blockquote", keys: "Mod-Shift-b", pressed: (s) => s.blockquote, run: (e) => chain(e).toggleBlockquote().run() },
    ],
  },
  {
    label: "Insert",
    commands: [
      {
        id: "insertTable",
        label: "Insert table (3 × 3, with a header row)",
        icon: "table",
        disabled: (s) => s.inTable,
        run: (e) => chain(e).insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
      },
      {
        id: FOOTNOTE_COMMAND_ID,
        label: "Footnote",
        icon: "footnote",
        keys: FOOTNOTE_KEYS,
        disabled: (s) => !s.canFootnote,
        opensDialog: true,
        run: () => {},
      },
    ],
  },
  {
    label: "Table",
    visible: (s) => s.inTable,
    commands: [
      { id: "addRow", label: "Add a row below", icon: "addRow", run: (e) => chain(e).addRowAfter().run() },
      { id: "addColumn", label: "Add a column to the right", icon: "addColumn", run: (e) => chain(e).addColumnAfter().run() },
      { id: "deleteRow", label: "Delete this row", icon: "deleteRow", run: (e) => chain(e).deleteRow().run() },
      { id: "deleteColumn", label: "Delete this column", icon: "deleteColumn", run: (e) => chain(e).deleteColumn().run() },
      { id: "deleteTable", label: "Delete the table", icon: "deleteTable", run: (e) => chain(e).deleteTable().run() },
    ],
  },
  {
    label: "Review",
    commands: [
      {
        id: COMMENT_COMMAND_ID,
        label: "Comment on the selected text",
        icon: "comment",
        keys: "Mod-Alt-m",
        disabled: (s) => !s.hasSelection,
        run: () => {},
      },
    ],
  },
  {
    label: "History",
    commands: [
      { id: "undo", label: "Undo", icon: "undo", keys: "Mod-z", disabled: (s) => !s.canUndo, run: (e) => chain(e).undo().run() },
      { id: "redo", label: "Redo", icon: "redo", keys: "Mod-Shift-z", disabled: (s) => !s.canRedo, run: (e) => chain(e).redo().run() },
    ],
  },
];
