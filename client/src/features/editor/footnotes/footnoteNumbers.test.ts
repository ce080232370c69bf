import { describe, expect, it } from "vitest";
import { EditorState, TextSelection } from "@tiptap/pm/state";
import { schema } from "../../../../../shared/editor/schema";
import { footnoteNumberAt, footnoteNumberOf, footnoteNumbers, isNumberedNote, sectionNotes, type SectionNotes } from "./footnoteNumbers";

const note = (text: string) => schema.nodes.footnote!.create({ text });
const doc = schema.nodes.doc!.create(null, [
  schema.nodes.paragraph!.create(null, [schema.text("One"), note("First."), schema.text(" two"), note("Second.")]),
  schema.nodes.bulletList!.create(null, [schema.nodes.listItem!.create(null, [schema.nodes.paragraph!.create(null, [note("Third, in a list.")])])]),
]);

const numbersAt = ({ decorations }: SectionNotes, size: number) => decorations.find(0, size).map((d) => [d.from, footnoteNumberOf([d])]);

describe("footnote numbers within a section", () => {
  it("numbers the notes of a section 1, 2, 3 in reading order, nested ones included, and counts them", () => {
    const notes = sectionNotes(doc);
    expect(numbersAt(notes, doc.content.size)).toEqual([
      [4, 1],
      [9, 2],
      [14, 3],
    ]);
    expect(notes.count).toBe(3);
  });

  it("gives no number to a note the exports leave out (no text once cleaned), and does not count it", () => {
    expect(isNumberedNote("Tunis Agenda.")).toBe(true);
    for (const empty of ["", "   ", "\u0001\u0007", undefined, 42]) expect(isNumberedNote(empty)).toBe(false);
    const withEmpty = schema.nodes.doc!.create(null, [schema.nodes.paragraph!.create(null, [note("A."), note(" \u0002 "), note("B.")])]);
    const notes = sectionNotes(withEmpty);
    expect(numbersAt(notes, withEmpty.content.size)).toEqual([
      [1, 1],
      [2, 0],
      [3, 2],
    ]);
    expect(notes.count).toBe(2);
  });

  it("reads a number from a node view's decorations, 0 when there is none", () => {
    expect(footnoteNumberOf([])).toBe(0);
    expect(footnoteNumberOf([{ spec: {} }, { spec: { footnoteNumber: 4 } }])).toBe(4);
  });

  it("finds the number of the note at a position, not of a note that ends there", () => {
    const adjacent = schema.nodes.doc!.create(null, [schema.nodes.paragraph!.create(null, [note("A."), note("B.")])]);
    const state = EditorState.create({ doc: adjacent, plugins: [footnoteNumbers()] });
    expect(footnoteNumberAt(state, 1)).toBe(1);
    expect(footnoteNumberAt(state, 2)).toBe(2);
  });

  it("renumbers after a note is inserted before the others; keeps them when only the selection moves", () => {
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
    expect(plugin.getState(inserted)!.count).toBe(4);
  });

  it("maps the numbers along when text is typed, and renumbers when a note is emptied in place", () => {
    const plugin = footnoteNumbers();
    const state = EditorState.create({ doc, plugins: [plugin] });
    const typed = state.apply(state.tr.insertText("Well, ", 1));
    expect(numbersAt(plugin.getState(typed)!, typed.doc.content.size)).toEqual([
      [10, 1],
      [15, 2],
      [20, 3],
    ]);
    const emptied = typed.apply(typed.tr.setNodeMarkup(10, undefined, { text: "" }));
    expect(numbersAt(plugin.getState(emptied)!, emptied.doc.content.size)).toEqual([
      [10, 0],
      [15, 1],
      [20, 2],
    ]);
    expect(plugin.getState(emptied)!.count).toBe(2);
  });

  it("tells the paper each count as the editor's state changes", () => {
    const counts: number[] = [];
    const plugin = footnoteNumbers((count) => counts.push(count));
    const state = EditorState.create({ doc, plugins: [plugin] });
    // The plugin's view reports; without a DOM, it is driven by hand as ProseMirror would drive it.
    const pluginView = plugin.spec.view!({ state } as never);
    const removed = state.apply(state.tr.delete(4, 5));
    pluginView.update!({ state: removed } as never, state);
    expect(counts).toEqual([3, 2]);
  });
});
