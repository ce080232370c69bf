import { describe, expect, it } from "vitest";
import { EditorState } from "@tiptap/pm/state";
import { schema } from "../../../../../shared/editor/schema";
import { touchesFootnotes } from "./footnoteChanges";

const note = (text: string) => schema.nodes.footnote!.create({ text });
// "Fund it¹ now." then "Second paragraph."
const doc = schema.nodes.doc!.create(null, [
  schema.nodes.paragraph!.create(null, [schema.text("Fund it"), note("A note."), schema.text(" now.")]),
  schema.nodes.paragraph!.create(null, [schema.text("Second paragraph.")]),
]);
const notePos = 1 + "Fund it".length;
const state = EditorState.create({ doc });
const secondStart = doc.child(0).nodeSize + 1;

describe("which changes can change footnote numbers", () => {
  it("not typing, deleting or formatting text around a note, nor wrapping a paragraph with one in a list", () => {
    expect(touchesFootnotes(state.tr.insertText("x", notePos))).toBe(false);
    expect(touchesFootnotes(state.tr.insertText("x", notePos + 1))).toBe(false);
    expect(touchesFootnotes(state.tr.delete(1, notePos))).toBe(false);
    expect(touchesFootnotes(state.tr.delete(secondStart, secondStart + 6))).toBe(false);
    expect(touchesFootnotes(state.tr.addMark(1, doc.content.size - 1, schema.marks.bold!.create()))).toBe(false);
    const range = doc.resolve(2).blockRange()!;
    expect(touchesFootnotes(state.tr.wrap(range, [{ type: schema.nodes.bulletList! }, { type: schema.nodes.listItem! }]))).toBe(false);
  });

  it("a note added, removed, changed in place, or deleted with the text around it", () => {
    expect(touchesFootnotes(state.tr.insert(secondStart, note("New.")))).toBe(true);
    expect(touchesFootnotes(state.tr.delete(notePos, notePos + 1))).toBe(true);
    expect(touchesFootnotes(state.tr.delete(2, notePos + 3))).toBe(true);
    expect(touchesFootnotes(state.tr.setNodeMarkup(notePos, undefined, { text: "" }))).toBe(true);
    expect(touchesFootnotes(state.tr.setNodeAttribute(notePos, "text", "Other."))).toBe(true);
  });

  it("a paragraph holding a note pasted in, or joined and split around one", () => {
    const pasted = state.tr.replaceWith(secondStart - 1, secondStart - 1, schema.nodes.paragraph!.create(null, [note("Pasted.")]));
    expect(touchesFootnotes(pasted)).toBe(true);
    expect(touchesFootnotes(state.tr.split(secondStart + 3))).toBe(false);
    expect(touchesFootnotes(state.tr.split(3))).toBe(false);
    expect(touchesFootnotes(state.tr.join(secondStart - 1))).toBe(false);
  });
});
