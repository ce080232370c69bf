import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { prosemirrorToYXmlFragment } from "@tiptap/y-tiptap";
import { schema } from "../../../../shared/editor/schema";
import { readSection } from "../../../../shared/editor/content";
import { readSectionQuietly } from "./readSectionQuietly";

describe("reading a section for its suggestions", () => {
  it("reads what the editor reads, and writes nothing to the live document", () => {
    const ins = schema.marks.insertion!.create({ id: "s1", author: "u1" });
    const bold = schema.marks.bold!.create();
    const section = schema.node("doc", null, [
      schema.node("heading", { level: 2 }, [schema.text("Funding")]),
      schema.node("paragraph", null, [schema.text("Plain "), schema.text("strong", [bold]), schema.text(" added", [ins]), schema.node("footnote", { text: "A note." })]),
      schema.node("bulletList", null, [schema.node("listItem", null, [schema.node("paragraph", null, [schema.text("Item")])])]),
    ]);
    const doc = new Y.Doc();
    prosemirrorToYXmlFragment(section, doc.getXmlFragment("section:a"));
    const before = Y.encodeStateVector(doc);
    let updates = 0;
    doc.on("update", () => (updates += 1));
    const read = readSectionQuietly(doc.getXmlFragment("section:a"));
    expect(read.eq(readSection(doc.getXmlFragment("section:a")))).toBe(true);
    expect(read.eq(section)).toBe(true);
    expect(updates).toBe(0);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it("falls back to reading a copy when the text does not fit the schema", () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment("section:a");
    const odd = new Y.XmlElement("notANode");
    odd.insert(0, [new Y.XmlText("lost")]);
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText("kept")]);
    fragment.insert(0, [odd, paragraph]);
    const before = Y.encodeStateAsUpdate(doc);
    expect(readSectionQuietly(fragment).textContent).toBe("kept");
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });
});
