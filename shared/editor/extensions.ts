import type { Extensions } from "@tiptap/core";
import { StarterKit } from "@tiptap/starter-kit";
import { TableKit } from "@tiptap/extension-table";
import { Footnote } from "./nodes/footnote";
import { Deletion, Insertion } from "./marks/suggestion";

// THE extension list: the editor, the server's reading and validation (getSchema(extensions)) and every export
// derive the schema from it. Nothing here may touch the DOM at import time: Node imports this module.

/** Heading levels inside a section's text; level 1 is the section title itself. */
export const HEADING_LEVELS = [2, 3] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

export const extensions: Extensions = [
  StarterKit.configure({
    heading: { levels: [...HEADING_LEVELS] },
    // Collaboration brings its own undo (a Y.UndoManager per editor); StarterKit's would fight it.
    undoRedo: false,
    // TrailingNode appends an empty paragraph on its own. With Yjs that is a write nobody typed: duplicated
    // paragraphs when several editors add one at once, and a refused update for readers of a read-only section.
    trailingNode: false,
    link: { openOnClick: false, autolink: true, defaultProtocol: "https" },
  }),
  TableKit.configure({ table: { resizable: false } }),
  Footnote,
  Insertion,
  Deletion,
];
