import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { sectionRootName } from "../../../shared/collab/protocol";
import { writeBlocks } from "../../../shared/editor/content";
import { anchoredText, encodePosition, wholeSectionAnchor } from "./yRange";

function sectionDoc(): { doc: Y.Doc; texts: Y.XmlText[] } {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment(sectionRootName("s1"));
  writeBlocks(fragment, [
    { type: "paragraph", text: "The IGF’s intersessional work extends the Forum." },
    { type: "heading", level: 2, text: "Outputs" },
    { type: "paragraph", text: "Policy briefs for decision-makers." },
  ]);
  const texts = fragment.toArray().map((block) => (block as Y.XmlElement).get(0) as Y.XmlText);
  return { doc, texts };
}

const at = (text: Y.XmlText, index: number, assoc = 0) => encodePosition(Y.createRelativePositionFromTypeIndex(text, index, assoc));

describe("anchored ranges read from the Y.Doc", () => {
  it("reads the text between two positions, blocks joined by a line break, as the server does", () => {
    const { doc, texts } = sectionDoc();
    expect(anchoredText(doc, { start: at(texts[0]!, 4), end: at(texts[0]!, 29) }, "s1")).toBe("IGF’s intersessional work");
    expect(anchoredText(doc, { start: at(texts[0]!, 42), end: at(texts[2]!, 6) }, "s1")).toBe("Forum.\nOutputs\nPolicy");
  });

  it("follows the text through edits, and is null once the text is gone or in another section", () => {
    const { doc, texts } = sectionDoc();
    const anchor = { start: at(texts[2]!, 0), end: at(texts[2]!, 13, -1) };
    texts[2]!.insert(0, "Short ");
    expect(anchoredText(doc, anchor, "s1")).toBe("Policy briefs");
    expect(anchoredText(doc, anchor, "s2")).toBeNull();
    const fragment = doc.getXmlFragment(sectionRootName("s1"));
    fragment.delete(2, 1);
    expect(anchoredText(doc, anchor, "s1")).toBeNull();
    expect(anchoredText(doc, { start: "AAAA", end: "not base64!" }, "s1")).toBeNull();
  });

  it("anchors a whole section, from the start of its first text to the end of its last", () => {
    const { doc, texts } = sectionDoc();
    const whole = wholeSectionAnchor(doc, "s1")!;
    expect(whole.text).toBe("The IGF’s intersessional work extends the Forum.\nOutputs\nPolicy briefs for decision-makers.");
    texts[2]!.insert(texts[2]!.length, " And more.");
    expect(anchoredText(doc, whole.anchor, "s1")).toMatch(/decision-makers\. And more\.$/);
    expect(wholeSectionAnchor(doc, "empty")).toBeNull();
  });
});
