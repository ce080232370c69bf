import { Editor, type SingleCommands } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { EditorState, TextSelection, type Transaction } from "@tiptap/pm/state";
import { extensions } from "../../../../../shared/editor/extensions";
import type { Suggester } from "./suggester";

// Test helpers: documents written in a few words, and the editor's real commands run on them. An editor that is
// never mounted needs no DOM; its commands are captured as transactions instead of being applied, so the tests
// see exactly what a keystroke or a paste hands to the suggesting transform.

const editor = new Editor({ extensions, content: { type: "doc", content: [{ type: "paragraph" }] } });
export const schema = editor.schema;

export type Piece = string | { ins: string; by: string; id?: string } | { del: string; by: string; id?: string };

export function text(piece: Piece | ProseMirrorNode): ProseMirrorNode {
  if (typeof piece === "string") return schema.text(piece);
  if (!("ins" in piece) && !("del" in piece)) return piece;
  const kind = "ins" in piece ? "insertion" : "deletion";
  const value = "ins" in piece ? piece.ins : piece.del;
  return schema.text(value, [schema.marks[kind]!.create({ id: piece.id ?? `${piece.by}-1`, author: piece.by })]);
}

const nonEmpty = (piece: Piece | ProseMirrorNode) =>
  typeof piece === "string" ? piece.length > 0 : "ins" in piece ? piece.ins.length > 0 : "del" in piece ? piece.del.length > 0 : true;
/** A paragraph of agreed words, suggestions and inline nodes (a footnote). */
export const p = (...pieces: Array<Piece | ProseMirrorNode>) => schema.node("paragraph", null, pieces.filter(nonEmpty).map(text));
export const h = (...pieces: Array<Piece | ProseMirrorNode>) => schema.node("heading", { level: 2 }, pieces.filter(nonEmpty).map(text));
export const li = (...blocks: ProseMirrorNode[]) => schema.node("listItem", null, blocks);
export const ul = (...items: ProseMirrorNode[]) => schema.node("bulletList", null, items);
export const doc = (...blocks: ProseMirrorNode[]) => schema.node("doc", null, blocks);

/** The position just after the `occurrence`-th `needle` in the document's text (or before it, with `before`). */
export function at(node: ProseMirrorNode, needle: string, { before = false, occurrence = 1 } = {}): number {
  let seen = 0;
  let found = -1;
  node.descendants((child, pos) => {
    if (found >= 0 || !child.isTextblock) return found < 0;
    const textContent = child.textContent;
    for (let index = textContent.indexOf(needle); index !== -1; index = textContent.indexOf(needle, index + 1)) {
      seen += 1;
      if (seen === occurrence) {
        found = pos + 1 + index + (before ? 0 : needle.length);
        break;
      }
    }
    return false;
  });
  if (found < 0) throw new Error(`"${needle}" is not in the document`);
  return found;
}

export function stateOf(node: ProseMirrorNode, anchor: number, head = anchor): EditorState {
  return EditorState.create({ doc: node, selection: TextSelection.create(node, anchor, head) });
}

/** The transaction the editor's own command makes on `state`, not applied. */
export function command(state: EditorState, run: (commands: SingleCommands) => boolean): Transaction {
  editor.view.updateState(state);
  const tr = editor.captureTransaction(() => {
    if (!run(editor.commands)) throw new Error("the command did not apply");
  });
  if (!tr) throw new Error("the command made no transaction");
  return tr;
}

/** A suggester whose ids are numbered, so tests can name them. */
export function suggester(author: string): Suggester & { issued: string[] } {
  const issued: string[] = [];
  return {
    author,
    issued,
    newId() {
      const id = `${author}-n${issued.length + 1}`;
      issued.push(id);
      return id;
    },
  };
}

/** Each textblock's text, in order: what a reader sees, zero-width spaces shown as "|". */
export function blocksText(node: ProseMirrorNode): string[] {
  const blocks: string[] = [];
  node.descendants((child) => {
    if (child.isTextblock) blocks.push(child.textContent.replaceAll("\u200B", "|"));
    return !child.isTextblock;
  });
  return blocks;
}
