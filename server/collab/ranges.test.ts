import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { absolutePositionToRelativePosition, initProseMirrorDoc, prosemirrorToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from "@tiptap/y-tiptap";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { schema } from "../../shared/editor/schema";
import { encodePosition, replaceRange, resolveRange, textOfRange } from "./ranges";

// Anchors as the editor makes them (y-tiptap's own position mapping over the section), around footnotes: inline
// atoms that sit between the texts of a paragraph, so the editor anchors a place next to one by the paragraph.

const ROOT = "section:s";
const text = (value: string, marks?: string[]) => ({ type: "text", text: value, ...(marks ? { marks: marks.map((type) => ({ type })) } : {}) });
const note = (value: string) => ({ type: "footnote", attrs: { text: value } });
const paragraph = (...content: object[]) => ({ type: "paragraph", content });

function section(...blocks: object[]) {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment(ROOT);
  prosemirrorToYXmlFragment(schema.nodeFromJSON({ type: "doc", content: blocks }), fragment);
  const { doc: pm, meta } = initProseMirrorDoc(fragment, schema);
  /** An anchor over editor positions [from, to), encoded as the editor sends it. */
  const anchor = (from: number, to: number) => ({
    start: encodePosition(absolutePositionToRelativePosition(from, fragment, meta.mapping as never) as Y.RelativePosition),
    end: encodePosition(absolutePositionToRelativePosition(to, fragment, meta.mapping as never) as Y.RelativePosition),
  });
  const read = () => yXmlFragmentToProseMirrorRootNode(fragment, schema);
  return { doc, fragment, pm, anchor, read };
}

/** Every place a cursor can stand in text, as the editor's selection narrows to. */
function textPositions(pm: ProseMirrorNode): number[] {
  const positions: number[] = [];
  for (let pos = 0; pos <= pm.content.size; pos++) if (pm.resolve(pos).parent.inlineContent) positions.push(pos);
  return positions;
}

/** What the editor would write for the section as it reads now: nothing, if the server wrote it the editor's way. */
function editorRewrites(doc: Y.Doc, fragment: Y.XmlFragment): number {
  let updates = 0;
  const count = () => updates++;
  doc.on("update", count);
  prosemirrorToYXmlFragment(yXmlFragmentToProseMirrorRootNode(fragment, schema), fragment);
  doc.off("update", count);
  return updates;
}

describe("anchored ranges around footnotes", () => {
  it("resolves every range the editor can select, reading exactly what the editor shows", () => {
    const { doc, pm, anchor } = section(
      paragraph(text("Renew the "), text("mandate", ["bold"]), note("A/RES/70/125."), text(" now.")),
      paragraph(text("Ends with a note."), note("Last.")),
      { type: "heading", attrs: { level: 2 }, content: [note("Lead."), text("Starts with one")] },
      { type: "bulletList", content: [{ type: "listItem", content: [paragraph(text("Item"), note("In a list."), note("Two."))] }] },
    );
    const positions = textPositions(pm);
    let checked = 0;
    for (const from of positions) {
      for (const to of positions) {
        if (to <= from) continue;
        const range = resolveRange(doc, anchor(from, to).start, anchor(from, to).end);
        expect(range, `${from}-${to}`).not.toBeNull();
        expect(textOfRange(range!), `${from}-${to}`).toBe(pm.textBetween(from, to, "\n"));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it("reads ranges without footnotes as before: blocks joined by a line break, line breaks too", () => {
    const { doc, fragment } = section(paragraph(text("First line"), { type: "hardBreak" }, text("second")), paragraph(text("Next.")));
    const [first, second, third] = [0, 1].flatMap((i) => (fragment.get(i) as Y.XmlElement).toArray().filter((n): n is Y.XmlText => n instanceof Y.XmlText));
    const at = (t: Y.XmlText, index: number) => encodePosition(Y.createRelativePositionFromTypeIndex(t, index));
    expect(textOfRange(resolveRange(doc, at(first!, 6), at(third!, 4))!)).toBe("line\nsecond\nNext");
    expect(textOfRange(resolveRange(doc, at(second!, 6), at(third!, 2))!)).toBe("\nNe");
    expect(resolveRange(doc, at(third!, 2), at(first!, 1))).toBeNull();
  });
});

describe("replacing a range that holds a footnote (an accepted amendment)", () => {
  const content = (read: () => ProseMirrorNode) => read().toJSON().content;

  it("keeps the footnote where the replacement still reads it, in its place", () => {
    const s = section(paragraph(text("Renew the mandate"), note("A/RES/70/125."), text(" for ten years.")));
    const range = resolveRange(s.doc, s.anchor(11, 27).start, s.anchor(11, 27).end)!;
    expect(textOfRange(range)).toBe("mandate [A/RES/70/125.] for ten");
    s.doc.transact(() => replaceRange(range, "IGF mandate [A/RES/70/125.] for twenty"));
    expect(content(s.read)).toEqual([
      paragraph(text("Renew the IGF mandate"), note("A/RES/70/125."), text(" for twenty years.")),
    ]);
    expect(editorRewrites(s.doc, s.fragment)).toBe(0);
  });

  it("removes the footnote when the proposer took its reading out, leaving one text", () => {
    const s = section(paragraph(text("Renew the "), text("mandate", ["bold"]), note("Old source."), text(" now.")));
    const range = resolveRange(s.doc, s.anchor(12, 21).start, s.anchor(12, 21).end)!;
    expect(textOfRange(range)).toBe("andate [Old source.] n");
    s.doc.transact(() => replaceRange(range, "andate n"));
    expect(content(s.read)).toEqual([paragraph(text("Renew the "), text("mandate n", ["bold"]), text("ow."))]);
    expect((s.fragment.get(0) as Y.XmlElement).length).toBe(1);
    expect(editorRewrites(s.doc, s.fragment)).toBe(0);
  });

  it("resolves and replaces a range ending just after a footnote that closes its paragraph", () => {
    const s = section(paragraph(text("Ends with a note."), note("Last.")), paragraph(text("Next.")));
    const range = resolveRange(s.doc, s.anchor(1, 19).start, s.anchor(1, 19).end);
    expect(range).not.toBeNull();
    expect(textOfRange(range!)).toBe("Ends with a note. [Last.]");
    s.doc.transact(() => replaceRange(range!, "Ends here. [Last.] Really."));
    expect(content(s.read)).toEqual([paragraph(text("Ends here."), note("Last."), text(" Really.")), paragraph(text("Next."))]);
    expect(editorRewrites(s.doc, s.fragment)).toBe(0);
  });

  it("across paragraphs, removes footnotes and paragraphs wholly inside and keeps the one still read", () => {
    const s = section(
      paragraph(text("One"), note("First.")),
      paragraph(text("Two"), note("Second."), text(" more")),
      paragraph(note("Third."), text("Three")),
      paragraph(text("Four")),
    );
    // From "ne" in the first paragraph to just before "Three": the note "Third." is inside.
    const range = resolveRange(s.doc, s.anchor(2, 19).start, s.anchor(2, 19).end)!;
    expect(textOfRange(range)).toBe("ne [First.]\nTwo [Second.] more\n [Third.]");
    s.doc.transact(() => replaceRange(range, "nce [Second.] again"));
    expect(content(s.read)).toEqual([
      paragraph(text("Once"), note("Second."), text(" again")),
      paragraph(text("Three")),
      paragraph(text("Four")),
    ]);
    expect(editorRewrites(s.doc, s.fragment)).toBe(0);
  });

  it("replaces plain text in one paragraph in place, keeping its formatting, as before", () => {
    const s = section(paragraph(text("Keep "), text("bold words", ["bold"]), text(" here.")));
    const range = resolveRange(s.doc, s.anchor(7, 15).start, s.anchor(7, 15).end)!;
    expect(textOfRange(range)).toBe("old word");
    s.doc.transact(() => replaceRange(range, "rave word"));
    expect(content(s.read)).toEqual([paragraph(text("Keep "), text("brave words", ["bold"]), text(" here."))]);
  });
});
