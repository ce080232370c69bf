import { describe, expect, it } from "vitest";
import { EditorState, TextSelection } from "@tiptap/pm/state";
import { schema } from "../../../../../shared/editor/schema";
import { footnoteNumberOf, footnoteNumbers, numberDecorations } from "./footnoteNumbers";

const note = (text: string) => schema.nodes.footnote!.create({ text });
const doc = schema.nodes.doc!.create(null, [
  schema.nodes.paragraph!.create(null, [schema.text("One"), note("First."), schema.text(" two"), note("Second.")]),
  schema.nodes.bulletList!.create(null, [schema.nodes.listItem!.create(null, [schema.nodes.paragraph!.create(null, [note("Third, in a list.")])])]),
]);

const numbersAt = (set: ReturnType<typeof numberDecorations>, size: number) => set.find(0, size).map((d) => [d.from, footnoteNumberOf([d])]);

describe("footnote numbers", () => {
  it("numbers the notes of a section 1, 2, 3 in reading order, nested ones included", () => {
    expect(numbersAt(numberDecorations(doc), doc.content.size)).toEqual([
      [4, 1],
      [9, 2],
      [14, 3],
    ]);
  });

  it("reads a number from a node view's decorations, 0 when there is none", () => {
    expect(footnoteNumberOf([])).toBe(0);
    expect(footnoteNumberOf([{ spec: {} }, { spec: { footnoteNumber: 4 } }])).toBe(4);
  });

  it("renumbers the notes after one is inserted before them, and keeps the set when only the selection moves", () => {
    const plugin = footnoteNumbers();
    const state = EditorState.create({ doc, plugins: [plugin] });
    const moved = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 2)));
    expect(plugin.getState(moved)).toBe(plugin.getState(state));
    const inserted = state.apply(state.tr.insert(1, note("New first.")));
    expect(numbersAt(plugin.getState(inserted)!, inserted.doc.content.size)).toEqual([
      [1, 1],
      [5, 2],
      [10, 3],
      [15, 4],
    ]);
  });
});
