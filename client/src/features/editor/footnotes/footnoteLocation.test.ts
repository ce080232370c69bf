import { describe, expect, it } from "vitest";
import { EditorState, NodeSelection, TextSelection } from "@tiptap/pm/state";
import { schema } from "../../../../../shared/editor/schema";
import { canInsertFootnote, footnoteLabels, footnotesIn, positionOfNode, selectedFootnote } from "./footnoteLocation";
import { ENGLISH, loadCatalogue } from "../../../i18n/catalogues";
import { createTranslate } from "../../../i18n/translator";

const note = (text: string) => schema.nodes.footnote!.create({ text });

// "Renew the mandate¹. Fund it²." then a code block, then a table.
const first = note("A/RES/70/125, paragraph 65.");
const second = note("Tunis Agenda, paragraph 72.");
const doc = schema.nodes.doc!.create(null, [
  schema.nodes.paragraph!.create(null, [schema.text("Renew the mandate"), first, schema.text(". Fund it"), second, schema.text(".")]),
  schema.nodes.codeBlock!.create(null, [schema.text("code()")]),
  schema.nodes.table!.create(null, [schema.nodes.tableRow!.create(null, [schema.nodes.tableCell!.create(null, [schema.nodes.paragraph!.create(null, [schema.text("Cell")])])])]),
]);
const firstPos = 1 + "Renew the mandate".length;
const secondPos = firstPos + 1 + ". Fund it".length;

describe("finding footnotes in a section's text", () => {
  it("lists the notes in reading order, with their positions", () => {
    expect(footnotesIn(doc).map(({ pos, node }) => [pos, node.attrs.text])).toEqual([
      [firstPos, "A/RES/70/125, paragraph 65."],
      [secondPos, "Tunis Agenda, paragraph 72."],
    ]);
    expect(footnotesIn(schema.nodes.doc!.create(null, [schema.nodes.paragraph!.create()]))).toEqual([]);
  });

  it("knows the note a node selection holds, and nothing for a caret or another node", () => {
    const state = EditorState.create({ doc });
    expect(selectedFootnote(NodeSelection.create(doc, secondPos))).toEqual({ pos: secondPos, node: second });
    expect(selectedFootnote(TextSelection.create(doc, firstPos))).toBeNull();
    const tablePos = doc.child(0).nodeSize + doc.child(1).nodeSize;
    expect(selectedFootnote(NodeSelection.create(state.doc, tablePos))).toBeNull();
  });

  it("finds a note again by identity after the text around it changed, and not once it is replaced", () => {
    const state = EditorState.create({ doc });
    const typed = state.apply(state.tr.insertText("Please ", 1));
    expect(positionOfNode(typed.doc, second)).toBe(secondPos + "Please ".length);
    const edited = typed.apply(typed.tr.setNodeMarkup(secondPos + "Please ".length, undefined, { text: "Changed." }));
    expect(positionOfNode(edited.doc, second)).toBeNull();
    expect(positionOfNode(edited.doc, first)).toBe(firstPos + "Please ".length);
  });

  it("offers a note in running text, but not in code, across table cells or with a block selected", () => {
    const at = (selection: (d: typeof doc) => TextSelection | NodeSelection) => canInsertFootnote(EditorState.create({ doc, selection: selection(doc) }));
    expect(at((d) => TextSelection.create(d, 3))).toBe(true);
    expect(at((d) => TextSelection.create(d, 2, 8))).toBe(true);
    expect(at((d) => NodeSelection.create(d, firstPos))).toBe(true);
    const codePos = doc.child(0).nodeSize + 2;
    expect(at((d) => TextSelection.create(d, codePos))).toBe(false);
    const tablePos = doc.child(0).nodeSize + doc.child(1).nodeSize;
    expect(at((d) => NodeSelection.create(d, tablePos))).toBe(false);
    expect(at((d) => TextSelection.create(d, tablePos + 4))).toBe(true);
  });

  it("names a reference by its number and its text, in the reader's language", async () => {
    const english = footnoteLabels(createTranslate("en", ENGLISH));
    expect(english.numbered(2, "Tunis Agenda, paragraph 72.")).toBe("Footnote 2: Tunis Agenda, paragraph 72.");
    const chinese = footnoteLabels(createTranslate("zh", await loadCatalogue("zh")));
    expect(chinese.numbered(2, "《突尼斯议程》第72段。")).toBe("脚注 2：《突尼斯议程》第72段。");
  });
});
