import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { prosemirrorToYXmlFragment } from "@tiptap/y-tiptap";
import { schema } from "../../shared/editor/schema";
import { readSection } from "../../shared/editor/content";
import { suggestionRuns } from "../../shared/editor/suggestions";
import { openSuggestionsIn, suggestionsInText } from "./suggestionIndex";

const insertion = (id: string, author: string) => schema.marks.insertion!.create({ id, author });
const deletion = (id: string, author: string) => schema.marks.deletion!.create({ id, author });

/** A section with an insertion, a deletion, a replacement (one id, both kinds), a suggestion in a list and one in bold. */
function section(): Y.Doc {
  const doc = new Y.Doc();
  const text = (value: string, marks = [] as ReturnType<typeof insertion>[]) => schema.text(value, marks);
  const paragraph = (...content: ReturnType<typeof text>[]) => schema.node("paragraph", null, content);
  prosemirrorToYXmlFragment(
    schema.node("doc", null, [
      paragraph(text("Agreed "), text("new ", [insertion("a", "ravi")]), text("words "), text("gone", [deletion("b", "jonas")])),
      paragraph(text("old", [deletion("c", "ravi")]), text("fresh", [insertion("c", "ravi")]), text(" and "), text("bold", [schema.marks.bold!.create(), insertion("d", "mei")])),
      schema.node("bulletList", null, [schema.node("listItem", null, [paragraph(text("item "), text("added", [insertion("e", "jonas")]))])]),
    ]),
    doc.getXmlFragment("section:s1"),
  );
  return doc;
}

describe("the open suggestions index", () => {
  it("finds in the Yjs text exactly the suggestions the editor's reading finds, with their authors", () => {
    const doc = section();
    const fromText = suggestionsInText(doc.getXmlFragment("section:s1"));
    const fromEditor = new Map(suggestionRuns(readSection(doc.getXmlFragment("section:s1"))).map((run) => [run.id, run.author]));
    expect(fromText).toEqual(fromEditor);
    expect([...fromText.keys()].sort()).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("makes one row per suggestion, dated by the registry when it has the suggestion, and skips unknown sections", () => {
    const doc = section();
    doc.getMap("suggestions").set("a", { id: "a", sectionId: "s1", author: { id: "ravi", name: "Ravi" }, groups: [], createdAt: "2026-12-01T10:00:00.000Z" });
    const rows = openSuggestionsIn(doc, "d1", ["s1", "missing"], 5);
    expect(rows).toHaveLength(5);
    expect(rows.find((r) => r.id === "a")).toEqual({ id: "a", document_id: "d1", section_id: "s1", author_id: "ravi", created_at: Date.parse("2026-12-01T10:00:00.000Z") });
    expect(rows.find((r) => r.id === "e")?.created_at).toBe(5);
  });
});
