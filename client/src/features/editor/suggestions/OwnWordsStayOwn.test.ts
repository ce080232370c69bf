// @vitest-environment node
import { describe, expect, it } from "vitest";
import { Editor } from "@tiptap/core";
import { EditorState, TextSelection } from "@tiptap/pm/state";
import { ySyncPluginKey } from "@tiptap/y-tiptap";
import { extensions } from "../../../../../shared/editor/extensions";
import { suggestionRuns } from "../../../../../shared/editor/suggestions";
import { OwnWordsStayOwn } from "./OwnWordsStayOwn";

// An owner typing inside someone's suggestion, as the editor applies it (the plugins of the extension list and
// this one, through EditorState.applyTransaction as the view does).
function setup() {
  const editor = new Editor({ extensions: [...extensions, OwnWordsStayOwn], content: { type: "doc", content: [{ type: "paragraph" }] }, enableCoreExtensions: { keymap: false } });
  const { schema } = editor;
  const mark = schema.marks.insertion!.create({ id: "s1", author: "ravi" });
  const doc = schema.node("doc", null, [schema.node("paragraph", null, [schema.text("We "), schema.text("strongly ", [mark]), schema.text("agree.")])]);
  // The caret inside "strongly": ProseMirror carries the mark onto what is typed there.
  const state = EditorState.create({ doc, plugins: editor.extensionManager.plugins, selection: TextSelection.create(doc, 7) });
  return { editor, state };
}

describe("an owner's typing inside someone's suggestion", () => {
  it("goes into the text as the owner's, and leaves the suggestion around it as it was", () => {
    const { editor, state } = setup();
    const typed = state.tr.insertText("XY");
    // Without the plugin, the letters would carry Ravi's mark.
    expect(typed.doc.rangeHasMark(7, 9, state.schema.marks.insertion!)).toBe(true);
    const next = state.applyTransaction(typed).state;
    expect(next.doc.textContent).toBe("We strXYongly agree.");
    expect(next.doc.rangeHasMark(7, 9, state.schema.marks.insertion!)).toBe(false);
    const runs = suggestionRuns(next.doc).map((run) => [run.id, run.author, next.doc.textBetween(run.from, run.to)]);
    expect(runs).toEqual([
      ["s1", "ravi", "str"],
      ["s1", "ravi", "ongly "],
    ]);
    editor.destroy();
  });

  it("leaves remote changes as they come", () => {
    const { editor, state } = setup();
    const remote = state.tr.insertText("XY").setMeta(ySyncPluginKey, { isChangeOrigin: true });
    const next = state.applyTransaction(remote).state;
    expect(next.doc.rangeHasMark(7, 9, state.schema.marks.insertion!)).toBe(true);
    editor.destroy();
  });
});
