import { describe, expect, it } from "vitest";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { schema } from "../../shared/editor/schema";
import { acceptedText, agreedText, suggestionRuns } from "../../shared/editor/suggestions";
import { RedlineMarks, redlineSection, swapChanges } from "./redline";

// A redline must mean what it shows: with every change accepted it is the current text, with every change rejected
// the base text, paragraph breaks included (read by the same resolver that accepts and rejects suggestions, whose
// reading of a run across a paragraph end is what the Word writer draws as an inserted or deleted paragraph mark).

type Json = Record<string, unknown>;
const p = (text: string): Json => ({ type: "paragraph", content: text ? [{ type: "text", text }] : [] });
const bullets = (...items: string[]): Json => ({ type: "bulletList", content: items.map((text) => ({ type: "listItem", content: [p(text)] })) });
const doc = (...content: Json[]): ProseMirrorNode => {
  const node = schema.nodeFromJSON({ type: "doc", content: content.length > 0 ? content : [p("")] });
  node.check();
  return node;
};

function redline(base: ProseMirrorNode, current: ProseMirrorNode): ProseMirrorNode {
  return redlineSection(base, current, new RedlineMarks(schema));
}

function expectRoundTrip(base: ProseMirrorNode, current: ProseMirrorNode): ProseMirrorNode {
  const merged = redline(base, current);
  expect(acceptedText(merged).toJSON()).toEqual(current.toJSON());
  expect(agreedText(merged).toJSON()).toEqual(base.toJSON());
  return merged;
}

const changed = (merged: ProseMirrorNode, kind: "insertion" | "deletion") =>
  suggestionRuns(merged)
    .filter((run) => run.kind === kind)
    .map((run) => merged.textBetween(run.from, run.to, "¶").replaceAll("\u200B", ""));

describe("redline of a section", () => {
  it("marks words inserted and deleted inside a paragraph and leaves the rest alone", () => {
    const merged = expectRoundTrip(doc(p("We support the proposed mandate.")), doc(p("We strongly support the mandate.")));
    expect(changed(merged, "insertion")).toEqual(["strongly "]);
    expect(changed(merged, "deletion")).toEqual(["proposed "]);
  });

  it("adds and removes whole paragraphs at the start, in the middle and at the end, each across one paragraph end", () => {
    const base = doc(p("One."), p("Two."), p("Three."));
    for (const current of [
      doc(p("New."), p("One."), p("Two."), p("Three.")),
      doc(p("One."), p("New."), p("Two."), p("Three.")),
      doc(p("One."), p("Two."), p("Three."), p("New.")),
      doc(p("Two."), p("Three.")),
      doc(p("One."), p("Three.")),
      doc(p("One."), p("Two.")),
      doc(p("Something else entirely.")),
      doc(p("One."), p(""), p("Two."), p("Three.")),
    ]) {
      expectRoundTrip(base, current);
    }
    expect(changed(redline(base, doc(p("One."), p("New."), p("Two."), p("Three."))), "insertion")).toEqual(["New.¶"]);
  });

  it("matches list items inside a list, and wholly adds or removes a section", () => {
    expectRoundTrip(doc(p("Lead in:"), bullets("first", "second")), doc(p("Lead in:"), bullets("first item", "second", "third")));
    const added = redlineSection(undefined, doc(p("All new.")), new RedlineMarks(schema));
    expect(agreedText(added).textContent).toBe("");
    const removed = redlineSection(doc(p("All gone.")), undefined, new RedlineMarks(schema));
    expect(acceptedText(removed).textContent).toBe("");
  });

  it("swapping the marks makes the accepted text the agreed one", () => {
    const merged = redline(doc(p("One."), p("Two.")), doc(p("One more."), p("Three.")));
    expect(agreedText(swapChanges(merged)).toJSON()).toEqual(acceptedText(merged).toJSON());
  });

  it("round-trips random edits of random papers", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const words = ["the", "mandate", "funding", "shall", "be", "predictable", "and", "open", "IGF", "review"];
    const sentence = () => Array.from({ length: 1 + Math.floor(random() * 6) }, () => pick(words)).join(" ") + ".";
    for (let round = 0; round < 200; round++) {
      const before = Array.from({ length: Math.floor(random() * 5) }, sentence);
      const after = [...before];
      for (let edits = Math.floor(random() * 4); edits > 0; edits--) {
        const at = Math.floor(random() * (after.length + 1));
        const what = random();
        if (what < 0.3) after.splice(at, 0, sentence());
        else if (what < 0.5 && after.length > 0) after.splice(Math.min(at, after.length - 1), 1);
        else if (after.length > 0) {
          const i = Math.min(at, after.length - 1);
          after[i] = `${after[i]!.split(" ").filter(() => random() > 0.3).join(" ")} ${pick(words)}`.trim();
        }
      }
      expectRoundTrip(doc(...before.map(p)), doc(...after.map(p)));
    }
  });
});
