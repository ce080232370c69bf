import type { Editor } from "@tiptap/core";
import { canInsertFootnote, selectedFootnote } from "../footnotes/footnoteLocation";

/** What the toolbar shows as pressed or available, read from the editor after every transaction. */
export interface ToolbarState {
  bold: boolean;
  italic: boolean;
  link: boolean;
  heading2: boolean;
  heading3: boolean;
  paragraph: boolean;
  bulletList: boolean;
  orderedList: boolean;
  blockquote: boolean;
  inTable: boolean;
  canUndo: boolean;
  canRedo: boolean;
  /** Some text is selected (to comment on). */
  hasSelection: boolean;
  /** A footnote can go where the selection ends, or one is selected (to edit). */
  canFootnote: boolean;
}

export function selectToolbarState({ editor }: { editor: Editor | null }): ToolbarState {
  const active = (name: string, attributes?: Record<string, unknown>) => editor?.isActive(name, attributes) ?? false;
  return {
    bold: active("bold"),
    italic: active("italic"),
    link: active("link"),
    heading2: active("heading", { level: 2 }),
    heading3: active("heading", { level: 3 }),
    paragraph: active("paragraph") && !active("bulletList") && !active("orderedList") && !active("blockquote"),
    bulletList: active("bulletList"),
    orderedList: active("orderedList"),
    blockquote: active("blockquote"),
    inTable: active("table"),
    canUndo: editor?.can().undo() ?? false,
    canRedo: editor?.can().redo() ?? false,
    hasSelection: editor ? !editor.state.selection.empty : false,
    canFootnote: editor ? selectedFootnote(editor.state.selection) !== null || canInsertFootnote(editor.state) : false,
  };
}
