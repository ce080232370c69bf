import type { Editor } from "@tiptap/core";
import type { ToolbarState } from "./toolbarState";
import type { IconName } from "./ToolbarIcon";
import { FOOTNOTE_KEYS } from "../footnotes/FootnoteView";
import type { MessageId } from "../../../i18n/catalogues";

export interface ToolbarCommand {
  id: string;
  /** Its name, a message id. */
  label: MessageId;
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
  /** Its name, a message id. */
  label: MessageId;
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
    label: "editor.toolbar.group.text",
    commands: [
      { id: "bold", label: "editor.toolbar.bold", icon: "bold", keys: "Mod-b", pressed: (s) => s.bold, run: (e) => chain(e).toggleBold().run() },
      { id: "italic", label: "editor.toolbar.italic", icon: "italic", keys: "Mod-i", pressed: (s) => s.italic, run: (e) => chain(e).toggleItalic().run() },
      { id: LINK_COMMAND_ID, label: "editor.toolbar.link", icon: "link", keys: "Mod-k", run: () => {} },
    ],
  },
  {
    label: "editor.toolbar.group.paragraph",
    commands: [
      { id: "paragraph", label: "editor.toolbar.paragraph", icon: "paragraph", keys: "Mod-Alt-0", pressed: (s) => s.paragraph, run: (e) => chain(e).setParagraph().run() },
      { id: "heading2", label: "editor.toolbar.heading2", icon: "heading2", keys: "Mod-Alt-2", pressed: (s) => s.heading2, run: (e) => chain(e).toggleHeading({ level: 2 }).run() },
      { id: "heading3", label: "editor.toolbar.heading3", icon: "heading3", keys: "Mod-Alt-3", pressed: (s) => s.heading3, run: (e) => chain(e).toggleHeading({ level: 3 }).run() },
      { id: "bulletList", label: "editor.toolbar.bulletList", icon: "bulletList", keys: "Mod-Shift-8", pressed: (s) => s.bulletList, run: (e) => chain(e).toggleBulletList().run() },
      { id: "orderedList", label: "editor.toolbar.orderedList", icon: "orderedList", keys: "Mod-Shift-7", pressed: (s) => s.orderedList, run: (e) => chain(e).toggleOrderedList().run() },
      { id: "blockquote", label: "editor.toolbar.blockquote", icon: "blockquote", keys: "Mod-Shift-b", pressed: (s) => s.blockquote, run: (e) => chain(e).toggleBlockquote().run() },
    ],
  },
  {
    label: "editor.toolbar.group.insert",
    commands: [
      {
        id: "insertTable",
        label: "editor.toolbar.insertTable",
        icon: "table",
        disabled: (s) => s.inTable,
        run: (e) => chain(e).insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
      },
      {
        id: FOOTNOTE_COMMAND_ID,
        label: "editor.toolbar.footnote",
        icon: "footnote",
        keys: FOOTNOTE_KEYS,
        disabled: (s) => !s.canFootnote,
        opensDialog: true,
        run: () => {},
      },
    ],
  },
  {
    label: "editor.toolbar.group.table",
    visible: (s) => s.inTable,
    commands: [
      { id: "addRow", label: "editor.toolbar.addRow", icon: "addRow", run: (e) => chain(e).addRowAfter().run() },
      { id: "addColumn", label: "editor.toolbar.addColumn", icon: "addColumn", run: (e) => chain(e).addColumnAfter().run() },
      { id: "deleteRow", label: "editor.toolbar.deleteRow", icon: "deleteRow", run: (e) => chain(e).deleteRow().run() },
      { id: "deleteColumn", label: "editor.toolbar.deleteColumn", icon: "deleteColumn", run: (e) => chain(e).deleteColumn().run() },
      { id: "deleteTable", label: "editor.toolbar.deleteTable", icon: "deleteTable", run: (e) => chain(e).deleteTable().run() },
    ],
  },
  {
    label: "editor.toolbar.group.review",
    commands: [
      {
        id: COMMENT_COMMAND_ID,
        label: "editor.toolbar.comment",
        icon: "comment",
        keys: "Mod-Alt-m",
        disabled: (s) => !s.hasSelection,
        run: () => {},
      },
    ],
  },
  {
    label: "editor.toolbar.group.history",
    commands: [
      { id: "undo", label: "editor.toolbar.undo", icon: "undo", keys: "Mod-z", disabled: (s) => !s.canUndo, run: (e) => chain(e).undo().run() },
      { id: "redo", label: "editor.toolbar.redo", icon: "redo", keys: "Mod-Shift-z", disabled: (s) => !s.canRedo, run: (e) => chain(e).redo().run() },
    ],
  },
];
