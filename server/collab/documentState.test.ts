import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { prosemirrorToYXmlFragment } from "@tiptap/y-tiptap";
import { schema } from "../../shared/editor/schema";
import { sectionRootName } from "../../shared/collab/protocol";
import { sectionContent, sectionsContent } from "./documentState";

const paragraph = (text: string, note?: string) => ({
  type: "paragraph",
  content: [{ type: "text", text }, ...(note ? [{ type: "footnote", attrs: { text: note } }] : [])],
});

describe("sectionsContent", () => {
  it("reads every section from one copy exactly as reading each on its own does, and leaves the document as it was", () => {
    const doc = new Y.Doc();
    const ids = ["alpha", "beta", "gamma", "missing"];
    const sections = [
      [{ type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Mandate" }] }, paragraph("The forum is permanent.", "A/RES/70/125.")],
      [
        { type: "bulletList", content: [1, 2].map((n) => ({ type: "listItem", content: [paragraph(`Point ${n}`)] })) },
        { type: "table", content: [{ type: "tableRow", content: ["Lead", "Year"].map((t) => ({ type: "tableCell", content: [paragraph(t)] })) }] },
      ],
      [paragraph("Funding is predictable.")],
    ];
    sections.forEach((content, i) => prosemirrorToYXmlFragment(schema.nodeFromJSON({ type: "doc", content }), doc.getXmlFragment(sectionRootName(ids[i]!))));
    const before = Y.encodeStateVector(doc);

    const together = sectionsContent(doc, ids);

    expect([...together.keys()]).toEqual(ids);
    for (const id of ids) expect(together.get(id)).toEqual(sectionContent(doc, id));
    expect(together.get("alpha")).toEqual([
      { type: "heading", level: 2, text: "Mandate" },
      { type: "paragraph", text: "The forum is permanent. [A/RES/70/125.]" },
    ]);
    expect(together.get("missing")).toEqual([]);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });
});
