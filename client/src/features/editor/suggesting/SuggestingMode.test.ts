// @vitest-environment node
import { describe, expect, it } from "vitest";
import { Editor } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { EditorState, TextSelection, type Transaction } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";
import { ySyncPluginKey, yUndoPluginKey } from "@tiptap/y-tiptap";
import { extensions } from "../../../../../shared/editor/extensions";
import { suggestionRuns } from "../../../../../shared/editor/suggestions";
import { SuggestingMode } from "./SuggestingMode";
import { suggestingDecision } from "./suggestingDispatch";
import { SUGGEST_REFUSAL_MESSAGES } from "./suggester";
import { suggester } from "./testDocuments";

// The extension inside a real Tiptap editor, short of its view: mounting needs a DOM, which the node test
// environment has none of (the project adds no jsdom). Everything the mounted editor would do with a
// transaction is done here with Tiptap's own pieces: the dispatch function Tiptap composes from the extensions'
// `dispatchTransaction` hooks (the one it hands to the view), and an EditorState with every plugin the
// extension list makes (input rules, autolink, the suggesting filter), applied as the view applies them.

function harness({ enabled = true } = {}) {
  const mode = { enabled };
  const blocked: string[] = [];
  let count = 0;
  const editor = new Editor({
    extensions: [
      ...extensions,
      SuggestingMode.configure({ enabled: () => mode.enabled, author: "ana", onBlocked: (reason) => blocked.push(reason), newId: () => `ana-n${++count}` }),
    ],
    content: { type: "doc", content: [{ type: "paragraph" }] },
    // Tiptap's core keymap asks `navigator` which platform this is; Node 20 has no navigator. Keys are not
    // pressed here: edits arrive as the transactions keys would make.
    enableCoreExtensions: { keymap: false },
  });
  const plugins = editor.extensionManager.plugins;
  const schema = editor.schema;
  const paragraph = (text: string) => schema.node("doc", null, [schema.node("paragraph", null, text ? [schema.text(text)] : [])]);
  let state = EditorState.create({ doc: paragraph(""), plugins });
  const applied: Array<readonly Transaction[]> = [];
  // What the mounted editor's base dispatch does: apply with the plugins (filters, appended transactions).
  const dispatch = editor.extensionManager.dispatchTransaction((tr) => {
    const result = state.applyTransaction(tr);
    applied.push(result.transactions);
    state = result.state;
    editor.view.updateState(state);
  });
  return {
    mode,
    blocked,
    applied,
    schema,
    get state() {
      return state;
    },
    load(text: string, caret = text.length + 1) {
      const doc = paragraph(text);
      state = EditorState.create({ doc, plugins, selection: TextSelection.create(doc, caret) });
      editor.view.updateState(state);
    },
    dispatch,
    /** What typing `text` does in the view: each plugin's text input handler in turn, else plain insertion. */
    type(text: string) {
      const { from, to } = state.selection;
      const plain = () => state.tr.insertText(text, from, to);
      for (const plugin of plugins) {
        const handle = plugin.props.handleTextInput as ((view: EditorView, from: number, to: number, text: string, deflt: () => Transaction) => boolean) | undefined;
        if (!handle) continue;
        let handled = false;
        const ruled = editor.captureTransaction(() => {
          handled = handle.call(plugin, editor.view, from, to, text, plain);
        });
        if (handled && ruled) return dispatch(ruled);
      }
      dispatch(plain());
    },
  };
}

const runs = (doc: ProseMirrorNode) => suggestionRuns(doc).map(({ kind, author, id }) => `${kind}:${author}:${id}`);
const marksOf = (doc: ProseMirrorNode) => {
  const names = new Set<string>();
  doc.descendants((node) => node.marks.forEach((mark) => names.add(mark.type.name)));
  return [...names].sort();
};

describe("suggesting mode in the editor", () => {
  it("writes typing as the author's suggestion, one id for a word", () => {
    const editor = harness();
    editor.load("We agree.", 4);
    for (const letter of "all ") editor.type(letter);
    expect(editor.state.doc.textContent).toBe("We all agree.");
    expect(runs(editor.state.doc)).toEqual(["insertion:ana:ana-n1"]);
    expect(editor.blocked).toEqual([]);
  });

  it("blocks what cannot be a suggestion, says why, and leaves the text as it was", () => {
    const editor = harness();
    editor.load("We agree.");
    const before = editor.state.doc;
    editor.dispatch(editor.state.tr.addMark(1, 3, editor.schema.marks.bold!.create()));
    expect(editor.state.doc.eq(before)).toBe(true);
    expect(editor.blocked).toEqual([SUGGEST_REFUSAL_MESSAGES.formatting]);
  });

  it("lets remote changes, undo and redo, and selection changes through untouched", () => {
    const editor = harness();
    editor.load("We agree.");
    editor.dispatch(editor.state.tr.insertText("Ben: ", 1).setMeta(ySyncPluginKey, { isChangeOrigin: true }).setMeta("addToHistory", false));
    editor.dispatch(editor.state.tr.insertText("undone ", 1).setMeta(ySyncPluginKey, { isChangeOrigin: true, isUndoRedoOperation: true }));
    editor.dispatch(editor.state.tr.insertText("x", 1).setMeta(yUndoPluginKey, {}));
    editor.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, 2)));
    expect(editor.state.doc.textContent).toBe("xundone Ben: We agree.");
    expect(runs(editor.state.doc)).toEqual([]);
    expect(editor.state.selection.head).toBe(2);
  });

  it("does nothing while disabled, and picks up when enabled again without a new editor", () => {
    const editor = harness({ enabled: false });
    editor.load("ab");
    editor.type("c");
    expect(runs(editor.state.doc)).toEqual([]);
    editor.mode.enabled = true;
    editor.type("d");
    expect(runs(editor.state.doc)).toEqual(["insertion:ana:ana-n1"]);
  });

  it("drops the link autolink would add while suggesting (control: it adds one when not suggesting)", () => {
    const plain = harness({ enabled: false });
    plain.load("See ");
    for (const char of "https://example.org ") plain.type(char);
    expect(marksOf(plain.state.doc)).toEqual(["link"]);

    const editor = harness();
    editor.load("See ");
    for (const char of "https://example.org ") editor.type(char);
    expect(editor.state.doc.textContent).toBe("See https://example.org ");
    expect(marksOf(editor.state.doc)).toEqual(["insertion"]);
    expect(editor.blocked).toEqual([]);
    // The appended transaction was offered and refused, not missing: only the typing itself was applied.
    expect(editor.applied.every((transactions) => transactions.length === 1)).toBe(true);
  });

  it("types what an input rule would have turned into formatting or a heading, as a suggestion", () => {
    const plain = harness({ enabled: false });
    plain.load("**bold*");
    plain.type("*");
    expect(marksOf(plain.state.doc)).toEqual(["bold"]);

    const editor = harness();
    editor.load("**bold*");
    editor.type("*");
    expect(editor.state.doc.textContent).toBe("**bold**");
    expect(marksOf(editor.state.doc)).toEqual(["insertion"]);

    editor.load("##");
    editor.type(" ");
    expect(editor.state.doc.firstChild!.type.name).toBe("paragraph");
    expect(editor.state.doc.textContent).toBe("## ");
    expect(editor.blocked).toEqual([]);
  });

  it("drops an unmarked change that did not pass through the hook", () => {
    const editor = harness();
    editor.load("We agree.");
    const { state } = editor;
    expect(state.applyTransaction(state.tr.insertText("never ", 4)).transactions).toEqual([]);
  });
});

describe("the decision for one transaction", () => {
  it("passes what does not change the text, replaces an edit, blocks formatting", () => {
    const schema = harness().schema;
    const doc = schema.node("doc", null, [schema.node("paragraph", null, [schema.text("text")])]);
    const state = EditorState.create({ doc });
    const me = suggester("ana");
    expect(suggestingDecision(state, state.tr.setSelection(TextSelection.create(doc, 2)), me).kind).toBe("pass");
    const typed = suggestingDecision(state, state.tr.insertText("x", 2), me);
    expect(typed.kind === "replace" && runs(typed.tr.doc)).toEqual(["insertion:ana:ana-n1"]);
    expect(suggestingDecision(state, state.tr.addMark(1, 3, schema.marks.italic!.create()), me)).toEqual({ kind: "block", reason: "formatting" });
  });
});
