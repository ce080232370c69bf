import { Node, mergeAttributes } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";

// A footnote is an inline atom carrying its own plain text: the reference sits in the sentence, the note travels
// with it through edits, copy and paste, and every export numbers the notes of the whole paper in reading order
// (DOCX as real Word footnotes; PDF, HTML and Markdown as numbered notes). Plain text keeps the note within what
// the guard, the diff and every exporter already read.

/** The longest note, in characters: a footnote, not a second section. */
export const FOOTNOTE_MAX_LENGTH = 2000;

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    footnote: {
      /** Inserts a footnote with this text at the selection. */
      insertFootnote: (text: string) => ReturnType;
      /** Replaces the text of the footnote at `pos`. */
      updateFootnote: (pos: number, text: string) => ReturnType;
    };
  }
}

/** How a note reads in plain text: in brackets where its reference stands. */
export const footnoteText = (text: unknown): string => ` [${typeof text === "string" ? text : ""}]`;

/** Control characters: a stray U+0001 pasted from elsewhere would make a DOCX unreadable. */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * A note's text as the exports print it and the editor numbers it: control characters out, one line, no longer
 * than the editor allows. A note left with no text has no number and is in no export.
 */
export const noteText = (text: unknown): string => clampFootnote(typeof text === "string" ? text.replace(CONTROL_CHARACTERS, "") : "");

export const clampFootnote = (text: string): string =>
  text
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, FOOTNOTE_MAX_LENGTH)
    // A cut through a surrogate pair would leave half a character.
    .replace(/[\uD800-\uDBFF]$/, "");

export const Footnote = Node.create({
  name: "footnote",
  group: "inline",
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,

  addAttributes() {
    return {
      text: {
        default: "",
        parseHTML: (element) => clampFootnote(element.getAttribute("data-footnote") ?? element.textContent ?? ""),
        renderHTML: (attributes) => ({ "data-footnote": String(attributes.text ?? "") }),
      },
    };
  },

  parseHTML() {
    return [{ tag: "span[data-footnote]" }];
  },

  // The text goes inside too: what is copied into a word processor (which reads the HTML) keeps the note.
  renderHTML({ node, HTMLAttributes }) {
    return ["span", mergeAttributes({ class: "footnote-ref" }, HTMLAttributes), footnoteText(node.attrs.text).trim()];
  },

  renderText({ node }) {
    return footnoteText(node.attrs.text);
  },

  // ProseMirror's own plain text (textContent, textBetween) reads leaves through `leafText`: a paragraph holding
  // only a note is not blank, and copying text keeps the note.
  extendNodeSchema(extension) {
    return extension.name === "footnote" ? { leafText: (node: ProseMirrorNode) => footnoteText(node.attrs.text) } : {};
  },

  addCommands() {
    return {
      insertFootnote:
        (text) =>
        ({ commands }) => {
          const note = clampFootnote(text);
          if (!note) return false;
          return commands.insertContent({ type: this.name, attrs: { text: note } });
        },
      updateFootnote:
        (pos, text) =>
        ({ tr, state, dispatch }) => {
          const node = state.doc.nodeAt(pos);
          const note = clampFootnote(text);
          if (!node || node.type.name !== this.name || !note) return false;
          if (dispatch) tr.setNodeMarkup(pos, undefined, { ...node.attrs, text: note });
          return true;
        },
    };
  },
});
