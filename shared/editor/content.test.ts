import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { blocksFromPlainText, readBlocks, writeBlocks } from "./content";

describe("section content", () => {
  it("writes and reads back headings and paragraphs through a Yjs round trip", () => {
    const blocks = [
      { type: "heading", level: 3, text: "Funding" },
      { type: "paragraph", text: "We recommend a sustainable funding model." },
    ] as const;
    const doc = new Y.Doc();
    writeBlocks(doc.getXmlFragment("section:a"), blocks);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    expect(readBlocks(copy.getXmlFragment("section:a"))).toEqual(blocks);
  });

  it("splits plain text into paragraphs and headings", () => {
    expect(blocksFromPlainText("## Title\n\nFirst line\ncontinues.\n\n\n  \n### Sub\n\nLast.")).toEqual([
      { type: "heading", level: 2, text: "Title" },
      { type: "paragraph", text: "First line continues." },
      { type: "heading", level: 3, text: "Sub" },
      { type: "paragraph", text: "Last." },
    ]);
    expect(blocksFromPlainText("   ")).toEqual([]);
  });
});
