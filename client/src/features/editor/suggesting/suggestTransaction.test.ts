// @vitest-environment node
import { describe, expect, it } from "vitest";
import { Slice, type Node as ProseMirrorNode } from "@tiptap/pm/model";
import { TextSelection, type EditorState, type Transaction } from "@tiptap/pm/state";
import { acceptedText, agreedText, resolveSuggestions, suggestionProblem, suggestionRuns } from "../../../../../shared/editor/suggestions";
import { suggestChange } from "./suggestTransaction";
import { at, blocksText, command, doc, h, li, p, schema, stateOf, suggester, ul } from "./testDocuments";

const ana = () => suggester("ana");

/**
 * Suggests `tr` as ana's and checks what must always hold: the server's rule, the agreed text kept, and (unless
 * the edit touched someone else's suggestion) accepting the result gives what the plain edit gave.
 */
function suggest(state: EditorState, tr: Transaction, me = ana(), { intent = true } = {}) {
  const outcome = suggestChange(state, tr, me);
  if ("refused" in outcome) throw new Error(`refused: ${outcome.refused}`);
  const after = outcome.tr.doc;
  expect(suggestionProblem(state.doc, after, me.author, "suggest")).toBeNull();
  expect(agreedText(after).eq(agreedText(state.doc))).toBe(true);
  if (intent) expect(acceptedText(after).eq(acceptedText(tr.doc))).toBe(true);
  return { tr: outcome.tr, doc: after, state: state.apply(outcome.tr), me };
}

const refusal = (state: EditorState, tr: Transaction) => {
  const outcome = suggestChange(state, tr, ana());
  return "refused" in outcome ? outcome.refused : null;
};

const runs = (node: ProseMirrorNode) => suggestionRuns(node).map(({ kind, id, author }) => `${kind}:${author}:${id}`);
const backspace = (state: EditorState) => state.tr.delete(state.selection.from - 1, state.selection.from);
const forwardDelete = (state: EditorState) => state.tr.delete(state.selection.from, state.selection.from + 1);
const type = (state: EditorState, text: string) => state.tr.insertText(text);
const caret = (state: EditorState) => state.selection.head;

describe("typing", () => {
  it("a word typed letter by letter is one suggestion, with the caret after it", () => {
    const me = ana();
    let state = stateOf(doc(p("The IGF meets.")), at(doc(p("The IGF meets.")), "The IGF "));
    for (const letter of "often ") state = suggest(state, type(state, letter), me).state;
    expect(blocksText(state.doc)).toEqual(["The IGF often meets."]);
    expect(runs(state.doc)).toEqual(["insertion:ana:ana-n1"]);
    expect(me.issued).toEqual(["ana-n1"]);
    expect(caret(state)).toBe(at(state.doc, "often "));
  });

  it("never takes another author's id: typing beside or inside ben's insertion is ana's own", () => {
    const before = doc(p("We ", { ins: "strongly ", by: "ben", id: "b1" }, "agree."));
    let state = stateOf(before, at(before, "strongly "));
    state = suggest(state, type(state, "very "), ana(), { intent: true }).state;
    expect(runs(state.doc)).toEqual(["insertion:ben:b1", "insertion:ana:ana-n1"]);
    state = stateOf(before, at(before, "str"));
    const inside = suggest(state, type(state, "X"));
    expect(runs(inside.doc)).toEqual(["insertion:ben:b1", "insertion:ana:ana-n1", "insertion:ben:b1"]);
    // Ana rejecting her own leaves ben's exactly as it was.
    expect(resolveSuggestions(inside.doc, (run) => run.author === "ana", "reject").eq(before)).toBe(true);
  });

  it("typing inside struck text is an insertion, not more deletion", () => {
    const before = doc(p("We ", { del: "strongly ", by: "ben", id: "b1" }, "agree."));
    const state = stateOf(before, at(before, "str"));
    // The plain edit's new letter would carry ben's deletion mark (a mark continues inside its text): not what
    // ana means, so the accepted text is checked by hand.
    const { doc: after } = suggest(state, type(state, "X"), ana(), { intent: false });
    expect(runs(after)).toEqual(["deletion:ben:b1", "insertion:ana:ana-n1", "deletion:ben:b1"]);
    expect(blocksText(acceptedText(after))).toEqual(["We Xagree."]);
  });

  it("replacing a selection strikes it and inserts after it", () => {
    const before = doc(p("an old word"));
    const state = stateOf(before, at(before, "old", { before: true }), at(before, "old"));
    const { doc: after, state: next } = suggest(state, type(state, "new"));
    expect(blocksText(after)).toEqual(["an oldnew word"]);
    expect(runs(after)).toEqual(["deletion:ana:ana-n1", "insertion:ana:ana-n2"]);
    expect(blocksText(acceptedText(after))).toEqual(["an new word"]);
    expect(caret(next)).toBe(at(after, "oldnew"));
  });

  it("replacing one's own inserted word with another takes the first away", () => {
    const before = doc(p("an ", { ins: "odd", by: "ana", id: "a1" }, " word"));
    const state = stateOf(before, at(before, "odd", { before: true }), at(before, "odd"));
    const { doc: after } = suggest(state, type(state, "even"));
    expect(blocksText(after)).toEqual(["an even word"]);
    expect(agreedText(after).eq(doc(p("an  word")))).toBe(true);
  });
});

describe("deleting", () => {
  it("Backspace strikes agreed text and moves the caret before it; the next one extends the same deletion", () => {
    const me = ana();
    const before = doc(p("abcd"));
    let state = stateOf(before, at(before, "abc"));
    state = suggest(state, backspace(state), me).state;
    expect(caret(state)).toBe(at(before, "ab"));
    state = suggest(state, backspace(state), me).state;
    expect(caret(state)).toBe(at(before, "a"));
    expect(runs(state.doc)).toEqual(["deletion:ana:ana-n1"]);
    expect(blocksText(acceptedText(state.doc))).toEqual(["ad"]);
    expect(blocksText(state.doc)).toEqual(["abcd"]);
  });

  it("Delete strikes agreed text and moves the caret after it", () => {
    const me = ana();
    const before = doc(p("abcd"));
    let state = stateOf(before, at(before, "a"));
    state = suggest(state, forwardDelete(state), me).state;
    expect(caret(state)).toBe(at(before, "ab"));
    state = suggest(state, forwardDelete(state), me).state;
    expect(caret(state)).toBe(at(before, "abc"));
    expect(runs(state.doc)).toEqual(["deletion:ana:ana-n1"]);
    expect(blocksText(acceptedText(state.doc))).toEqual(["ad"]);
  });

  it("Backspace over struck text only moves the caret", () => {
    const before = doc(p("ab", { del: "c", by: "ana", id: "a1" }, "d"));
    const state = stateOf(before, at(before, "abc"));
    const { tr, state: next } = suggest(state, backspace(state));
    expect(tr.docChanged).toBe(false);
    expect(caret(next)).toBe(at(before, "ab"));
  });

  it("Backspace over one's own insertion really deletes it", () => {
    const before = doc(p("ab", { ins: "xy", by: "ana", id: "a1" }, "cd"));
    let state = stateOf(before, at(before, "abxy"));
    state = suggest(state, backspace(state)).state;
    expect(state.doc.eq(doc(p("ab", { ins: "x", by: "ana", id: "a1" }, "cd")))).toBe(true);
    state = suggest(state, backspace(state)).state;
    expect(state.doc.eq(doc(p("abcd")))).toBe(true);
  });

  it("deleting across someone else's suggestions strikes only the agreed text and leaves theirs", () => {
    const before = doc(p("one ", { ins: "two ", by: "ben", id: "b1" }, "three ", { del: "four ", by: "eve", id: "e1" }, "five"));
    const state = stateOf(before, at(before, "one ", { before: true }), at(before, "four "));
    const { doc: after } = suggest(state, state.tr.deleteSelection(), ana(), { intent: false });
    expect(runs(after)).toEqual(["deletion:ana:ana-n1", "insertion:ben:b1", "deletion:ana:ana-n1", "deletion:eve:e1"]);
    const others = (node: ProseMirrorNode) => resolveSuggestions(node, (run) => run.author === "ana", "reject");
    expect(others(after).eq(before)).toBe(true);
  });

  it("a selection over two paragraphs strikes the characters on both sides, and the one run spans the break", () => {
    const before = doc(p("first para"), p("second para"));
    const state = stateOf(before, at(before, "first "), at(before, "second"));
    const { doc: after } = suggest(state, state.tr.deleteSelection());
    expect(suggestionRuns(after)).toHaveLength(1);
    expect(blocksText(acceptedText(after))).toEqual(["first  para"]);
    expect(blocksText(agreedText(after))).toEqual(["first para", "second para"]);
  });

  it("joining agreed paragraphs is refused (v1), and so is a selection ending at the start of a paragraph", () => {
    const before = doc(p("ab"), p("cd"));
    const state = stateOf(before, at(before, "cd", { before: true }));
    expect(refusal(state, command(state, (commands) => commands.joinBackward()))).toBe("join");
    const selected = stateOf(before, at(before, "a"), at(before, "cd", { before: true }));
    expect(refusal(selected, selected.tr.deleteSelection())).toBe("join");
  });

  it("deleting whole blocks or a footnote is refused", () => {
    const withNote = doc(p("a", schema.nodes.footnote!.create({ text: "note" }), "b"));
    const state = stateOf(withNote, 2);
    expect(refusal(state, state.tr.delete(2, 3))).toBe("inline_node");
    const rule = doc(p("ab"), schema.nodes.horizontalRule!.create(), p("cd"));
    const around = stateOf(rule, 2, at(rule, "c"));
    expect(refusal(around, around.tr.deleteSelection())).toBe("structure");
  });
});

describe("paragraph breaks", () => {
  const enter = (state: EditorState) => command(state, (commands) => commands.splitBlock());

  it("Enter in the middle writes the break as one insertion run across it, with the caret in the new paragraph", () => {
    const before = doc(p("abcd"));
    const { doc: after, state } = suggest(stateOf(before, at(before, "ab")), enter(stateOf(before, at(before, "ab"))));
    expect(blocksText(after)).toEqual(["ab|", "|cd"]);
    expect(suggestionRuns(after)).toHaveLength(1);
    expect(blocksText(acceptedText(after))).toEqual(["ab", "cd"]);
    expect(caret(state)).toBe(at(after, "\u200B", { occurrence: 2 }));
    // Typing on continues the same suggestion.
    const typed = suggest(state, type(state, "X"), ana());
    expect(blocksText(typed.doc)).toEqual(["ab|", "|Xcd"]);
  });

  it("Enter at the end and at the start of a paragraph", () => {
    const before = doc(p("abcd"), p("next"));
    const end = stateOf(before, at(before, "abcd"));
    expect(blocksText(suggest(end, enter(end)).doc)).toEqual(["abcd|", "|", "next"]);
    const start = stateOf(before, at(before, "abcd", { before: true }));
    expect(blocksText(suggest(start, enter(start)).doc)).toEqual(["|", "|abcd", "next"]);
  });

  it("Enter after one's own inserted word needs no zero-width space before the break", () => {
    const me = ana();
    const before = doc(p("ab"));
    let state = stateOf(before, at(before, "ab"));
    state = suggest(state, type(state, "xy"), me).state;
    state = suggest(state, enter(state), me).state;
    expect(blocksText(state.doc)).toEqual(["abxy", "|"]);
    expect(runs(state.doc)).toEqual(["insertion:ana:ana-n1"]);
  });

  it("Enter in a list item makes a suggested list item", () => {
    const before = doc(ul(li(p("first item")), li(p("second"))));
    const state = stateOf(before, at(before, "first"));
    const { doc: after } = suggest(state, command(state, (commands) => commands.splitListItem("listItem")));
    expect(after.child(0).childCount).toBe(3);
    expect(blocksText(after)).toEqual(["first|", "| item", "second"]);
    expect(agreedText(after).eq(before)).toBe(true);
  });

  it("Enter at the end of a heading starts a suggested paragraph", () => {
    const before = doc(h("Funding"), p("text"));
    const state = stateOf(before, at(before, "Funding"));
    const { doc: after } = suggest(state, enter(state));
    expect(after.child(1).type.name).toBe("paragraph");
    expect(blocksText(after)).toEqual(["Funding|", "|", "text"]);
  });

  it("Backspace at the start of one's own new paragraph takes the break back, leaving the text as it was", () => {
    const me = ana();
    const before = doc(p("abcd"));
    let state = stateOf(before, at(before, "ab"));
    state = suggest(state, enter(state), me).state;
    // Deleting the invisible space means deleting the break, though the plain edit would delete only the space.
    state = suggest(state, backspace(state), me, { intent: false }).state;
    expect(state.doc.eq(before)).toBe(true);
    expect(caret(state)).toBe(at(before, "ab"));
    // And with the caret before the zero-width space, ProseMirror joins the blocks: the same.
    state = suggest(state, enter(state), me).state;
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, state.selection.from - 1)));
    state = suggest(state, command(state, (commands) => commands.joinBackward()), me).state;
    expect(state.doc.eq(before)).toBe(true);
  });

  it("Backspace in an empty suggested paragraph takes back one break, as if Enter had been pressed once", () => {
    const me = ana();
    const before = doc(p("abcd"));
    let state = stateOf(before, at(before, "ab"));
    state = suggest(state, enter(state), me).state;
    const once = state.doc;
    state = suggest(state, enter(state), me).state;
    expect(blocksText(state.doc)).toEqual(["ab|", "|", "|cd"]);
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, at(state.doc, "\u200B", { occurrence: 2 }))));
    state = suggest(state, backspace(state), me, { intent: false }).state;
    expect(state.doc.eq(once)).toBe(true);
    expect(caret(state)).toBe(at(once, "ab"));
  });

  it("deleting the last real character of one's own new paragraph keeps the break", () => {
    const me = ana();
    const before = doc(p("ab"), p("cd"));
    let state = stateOf(before, at(before, "ab"));
    state = suggest(state, type(state, "x"), me).state;
    state = suggest(state, enter(state), me).state;
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, at(state.doc, "abx"))));
    state = suggest(state, backspace(state), me).state;
    expect(blocksText(state.doc)).toEqual(["ab|", "|", "cd"]);
    expect(blocksText(acceptedText(state.doc))).toEqual(["ab", "", "cd"]);
  });
});

describe("pasting", () => {
  const twoParagraphs = new Slice(doc(p("X one"), p("Y two")).content, 1, 1);

  it("two paragraphs into the middle of one: marked text on both sides of the new break", () => {
    const before = doc(p("abcd"));
    const state = stateOf(before, at(before, "ab"));
    const { doc: after, state: next } = suggest(state, state.tr.replaceSelection(twoParagraphs));
    expect(blocksText(after)).toEqual(["abX one", "Y twocd"]);
    expect(suggestionRuns(after)).toHaveLength(1);
    expect(caret(next)).toBe(at(after, "Y two"));
  });

  it("two paragraphs over a selection: the selection struck, the paste after it", () => {
    const before = doc(p("abcd"));
    const state = stateOf(before, at(before, "a"), at(before, "abc"));
    const { doc: after } = suggest(state, state.tr.replaceSelection(twoParagraphs));
    expect(blocksText(after)).toEqual(["abcX one", "Y twod"]);
    expect(runs(after)).toEqual(["deletion:ana:ana-n1", "insertion:ana:ana-n2"]);
  });

  it("whole blocks between blocks are tied to the paragraph before them, so rejecting removes them", () => {
    const before = doc(p("first"), p("last"));
    const state = stateOf(before, at(before, "first"));
    const tr = command(state, (commands) => commands.insertContentAt(at(before, "first") + 1, [p("new one").toJSON(), p("new two").toJSON()]));
    const { doc: after } = suggest(state, tr);
    expect(blocksText(after)).toEqual(["first|", "new one", "new two", "last"]);
    expect(blocksText(agreedText(after))).toEqual(["first", "last"]);
  });

  it("a whole list between paragraphs, and a paragraph at the very top (tied to the paragraph after it)", () => {
    const before = doc(p("first"), p("last"));
    const state = stateOf(before, 1);
    const list = suggest(state, state.tr.insert(at(before, "first") + 1, ul(li(p("point")))));
    expect(blocksText(list.doc)).toEqual(["first|", "point", "last"]);
    const top = suggest(state, state.tr.insert(0, p("Preamble")));
    expect(blocksText(top.doc)).toEqual(["Preamble", "|first", "last"]);
    // Rejecting a heading tied to the paragraph after it would leave that paragraph a heading: refused.
    expect(refusal(state, state.tr.insert(0, h("Title")))).toBe("unsure");
  });

  it("dragging words elsewhere strikes them where they were and inserts them where they land", () => {
    const before = doc(p("move these words"), p("to here"));
    const state = stateOf(before, at(before, "these", { before: true }), at(before, "these "));
    const slice = state.selection.content();
    const tr = state.tr.deleteSelection();
    const target = tr.mapping.map(at(before, "to "));
    tr.replaceRange(target, target, slice);
    const { doc: after } = suggest(state, tr);
    expect(blocksText(after)).toEqual(["move these words", "to these here"]);
    expect(runs(after)).toEqual(["deletion:ana:ana-n1", "insertion:ana:ana-n2"]);
  });

  it("pasted text loses the suggestion marks it was copied with", () => {
    const before = doc(p("ab"));
    const state = stateOf(before, at(before, "a"));
    const copied = new Slice(doc(p({ ins: "ben's", by: "ben", id: "b1" })).child(0).content, 0, 0);
    const { doc: after } = suggest(state, state.tr.replaceSelection(copied));
    expect(runs(after)).toEqual(["insertion:ana:ana-n1"]);
  });
});

describe("what cannot be suggested", () => {
  const before = doc(p("some text"));

  it("formatting, headings and lists", () => {
    const selected = stateOf(before, 1, at(before, "some"));
    expect(refusal(selected, command(selected, (commands) => commands.toggleBold()))).toBe("formatting");
    expect(refusal(selected, command(selected, (commands) => commands.setLink({ href: "https://example.org" })))).toBe("formatting");
    expect(refusal(selected, command(selected, (commands) => commands.toggleHeading({ level: 2 })))).toBe("structure");
    expect(refusal(selected, command(selected, (commands) => commands.toggleBulletList()))).toBe("structure");
  });

  it("footnotes and line breaks", () => {
    const state = stateOf(before, at(before, "some"));
    expect(refusal(state, command(state, (commands) => commands.insertFootnote("A note.")))).toBe("inline_node");
    expect(refusal(state, command(state, (commands) => commands.setHardBreak()))).toBe("inline_node");
  });

  it("text in a code block", () => {
    const code = doc(schema.node("codeBlock", null, [schema.text("x = 1")]));
    const state = stateOf(code, 2);
    expect(refusal(state, type(state, "y"))).toBe("code");
  });

  it("a transaction that only moves the selection passes as it is", () => {
    const state = stateOf(before, 1);
    const tr = state.tr.setSelection(TextSelection.create(before, 3));
    const outcome = suggestChange(state, tr, ana());
    expect("tr" in outcome && outcome.tr).toBe(tr);
  });
});
