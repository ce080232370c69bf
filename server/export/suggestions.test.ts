// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import * as Y from "yjs";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { prosemirrorToYXmlFragment } from "@tiptap/y-tiptap";
import { schema } from "../../shared/editor/schema";
import { sectionRootName } from "../../shared/collab/protocol";
import { agreedText, ZERO_WIDTH_SPACE as Z } from "../../shared/editor/suggestions";
import type { OutlineEntry } from "../../shared/api/review";
import { buildModel, type RenderModel } from "./model";
import { inlineRuns } from "./inline";
import { agreedWithinBlocks } from "./suggestions";
import { renderHtml } from "./html";
import { parse as parseHtml } from "node-html-parser";
import type { DocumentLanguage } from "../../shared/languages";

// The render model of a section with suggestions: the agreed export leaves out inserted words and keeps deleted
// ones, and undoes suggested breaks; the tracked export keeps the section as it is; both print the same paragraph
// numbers, those of the agreed text, and cite the section's blocks (as the Y.Doc holds them) by the same numbers.

type Json = Record<string, unknown>;
const t = (text: string, ...marks: Json[]): Json => ({ type: "text", text, ...(marks.length > 0 ? { marks } : {}) });
const ins = (id: string, author = "u-ana"): Json => ({ type: "insertion", attrs: { id, author } });
const del = (id: string, author = "u-ben"): Json => ({ type: "deletion", attrs: { id, author } });
const p = (...content: Json[]): Json => ({ type: "paragraph", content });
const h = (text: string): Json => ({ type: "heading", attrs: { level: 2 }, content: [t(text)] });
const list = (...items: Json[][]): Json => ({ type: "bulletList", content: items.map((content) => ({ type: "listItem", content: [p(...content)] })) });

const entry = (id: string): OutlineEntry => ({ id, title: id, position: 0, ownerGroup: { id: "g", slug: "wg1", name: "WG1" }, status: "draft", dueDate: null, lastTransition: null });

function docWith(sections: Record<string, Json[]>): Y.Doc {
  const doc = new Y.Doc();
  for (const [id, content] of Object.entries(sections)) {
    const node = schema.nodeFromJSON({ type: "doc", content });
    node.check();
    prosemirrorToYXmlFragment(node, doc.getXmlFragment(sectionRootName(id)));
  }
  return doc;
}

function model(sections: Record<string, Json[]>, suggestions: "agreed" | "tracked", language: DocumentLanguage = "en"): RenderModel {
  const source = {
    document: { id: "d", title: "Paper", description: "", language, created_by: null, created_at: 0, updated_at: 0 },
    outline: Object.keys(sections).map(entry),
    doc: docWith(sections),
    at: Date.UTC(2026, 2, 4),
    version: null,
  };
  return buildModel(source, { numbering: true, toc: false, suggestions });
}

/** Each drawn block as "number: text", its text as the run texts print it. */
const drawn = (m: RenderModel) =>
  m.sections.flatMap((s) =>
    s.blocks.map((b) => `${b.number ?? "-"}: ${b.node.isTextblock ? inlineRuns(b.node, m.inline).map((r) => (r.paragraphEnd ? "¶" : r.text)).join("") : b.node.textContent}`),
  );

describe("suggestions in the render model", () => {
  const section = [
    p(t("We "), t("strongly ", ins("s1")), t("support the "), t("proposed ", del("s2")), t("mandate.")),
    p(t("Funding "), t(Z, ins("s3"))),
    p(t(Z, ins("s3")), t("must be predictable.")),
    p(t("One"), t(Z, del("s4"))),
    p(t(Z, del("s4")), t("two.")),
  ];

  it("agreed: inserted words left out, deleted words kept, the suggested break undone, no zero-width space", () => {
    const m = model({ a: section }, "agreed");
    expect(drawn(m)).toEqual(["1: We support the proposed mandate.", "2: Funding must be predictable.", "3: One", "4: two."]);
    // Cited by the blocks of the section as the Y.Doc holds them: the split's second half belongs to paragraph 2.
    expect(m.sections[0]!.paragraphAt).toEqual([1, 2, 2, 3, 4]);
    expect(m.sections[0]!.content.childCount).toBe(5);
    expect(m.inline.changes).toBeNull();
    expect(JSON.stringify(m.sections[0]!.blocks.map((b) => b.node.toJSON()))).not.toContain(Z);
  });

  it("tracked: the section as it is, with the agreed numbers; the break's second half carries none", () => {
    const m = model({ a: section }, "tracked");
    expect(drawn(m)).toEqual(["1: We strongly support the proposed mandate.", "2: Funding ¶", "-: must be predictable.", "3: One¶", "4: two."]);
    expect(m.sections[0]!.paragraphAt).toEqual([1, 2, 2, 3, 4]);
    const runs = m.sections[0]!.blocks.map((b) => inlineRuns(b.node, m.inline));
    expect(runs[0]!.filter((r) => r.change).map((r) => [r.change!.kind, r.change!.id, r.text])).toEqual([
      ["insertion", "s1", "strongly "],
      ["deletion", "s2", "proposed "],
    ]);
    expect(runs[1]!.at(-1)).toMatchObject({ paragraphEnd: true, change: { kind: "insertion", id: "s3" } });
    expect(runs[3]!.at(-1)).toMatchObject({ paragraphEnd: true, change: { kind: "deletion", id: "s4" } });
    expect(m.inline.changes!.starts.get(m.sections[0]!.blocks[4]!.node)).toMatchObject({ kind: "deletion", id: "s4" });
    expect(runs.flat().some((r) => r.text.includes(Z))).toBe(false);
  });

  it("numbers a paragraph proposed before agreed text on the agreed text, and leaves proposed blocks unnumbered", () => {
    const sections = {
      a: [
        p(t(Z, ins("n1"))),
        p(t(Z, ins("n1")), t("Hello.")),
        p(t("First."), t(Z, ins("n2"))),
        p(t("A new point.", ins("n2"))),
        p(t("Last.")),
        p(),
        p(t("words in a blank paragraph", ins("n3"))),
        h("Heading"),
        list([t("item")]),
        p(t("Under the heading."), t(Z, ins("n4"))),
        h("Proposed heading"),
      ],
    };
    // The last block: a heading only by suggestion (rejecting it joins it to the paragraph before).
    sections.a[10] = { type: "heading", attrs: { level: 2 }, content: [t("Proposed heading", ins("n4"))] };
    const agreed = model(sections, "agreed");
    const tracked = model(sections, "tracked");
    expect(drawn(agreed)).toEqual(["1: Hello.", "2: First.", "3: Last.", "-: Heading", "-: item", "4: Under the heading."]);
    expect(drawn(tracked)).toEqual(["-: ¶", "1: Hello.", "2: First.¶", "-: A new point.", "3: Last.", "-: words in a blank paragraph", "-: Heading", "-: item", "4: Under the heading.¶", "-: Proposed heading"]);
    expect(tracked.sections[0]!.paragraphAt).toEqual([1, 1, 2, 2, 3, 3, 3, null, null, 4, 4]);
    expect(agreed.sections[0]!.paragraphAt).toEqual(tracked.sections[0]!.paragraphAt);
  });

  it("the fallback for a section the shared resolver cannot read keeps every block and the agreed words", () => {
    const doc = schema.nodeFromJSON({ type: "doc", content: section });
    const fallback = agreedWithinBlocks(doc);
    expect(fallback.childCount).toBe(5);
    expect(fallback.textContent).toBe("We support the proposed mandate.Funding must be predictable.Onetwo.");
    let marked = false;
    fallback.descendants((node) => void (marked ||= node.marks.some((mark) => mark.type.name === "insertion" || mark.type.name === "deletion")));
    expect(marked).toBe(false);
  });
});

// Sections built as the editor writes suggestions into agreed paragraphs: words inserted or deleted, a paragraph
// split (with or without words), a paragraph proposed after another, two paragraphs joined, blank paragraphs.
const WORDS = ["alpha ", "beta ", "gamma ", "delta "];
const word = fc.constantFrom(...WORDS);
const agreedParagraph = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join("").trim());
const shape = fc.oneof(
  fc.record({ kind: fc.constant("plain" as const), text: agreedParagraph }),
  fc.record({ kind: fc.constant("insert" as const), text: agreedParagraph, at: fc.nat(), words: word }),
  fc.record({ kind: fc.constant("delete" as const), text: agreedParagraph, at: fc.nat(), length: fc.nat() }),
  fc.record({ kind: fc.constant("split" as const), text: agreedParagraph, at: fc.nat(), before: fc.option(word), after: fc.option(word) }),
  fc.record({ kind: fc.constant("proposed" as const), text: agreedParagraph, words: word }),
  fc.record({ kind: fc.constant("join" as const), text: agreedParagraph, next: agreedParagraph }),
  fc.record({ kind: fc.constant("blank" as const), words: fc.option(word) }),
  fc.record({ kind: fc.constant("heading" as const), text: agreedParagraph }),
  fc.record({ kind: fc.constant("headingSplit" as const), text: agreedParagraph, at: fc.nat() }),
  fc.record({ kind: fc.constant("listSplit" as const), text: agreedParagraph, at: fc.nat() }),
);
type Shape = typeof shape extends fc.Arbitrary<infer S> ? S : never;

function blocksOf(shapes: readonly Shape[]): Json[] {
  const out: Json[] = [];
  shapes.forEach((s, i) => {
    const id = `s${i}`;
    const text = "text" in s ? s.text : "";
    const cut = "at" in s ? s.at % (text.length + 1) : 0;
    const pieces = (...items: Json[]) => p(...items.filter((item) => (item.text as string).length > 0));
    switch (s.kind) {
      case "plain":
        return void out.push(p(t(text)));
      case "insert":
        return void out.push(pieces(t(text.slice(0, cut)), t(s.words, ins(id)), t(text.slice(cut))));
      case "delete": {
        const end = Math.min(text.length, cut + 1 + (s.length % 5));
        return void out.push(pieces(t(text.slice(0, cut)), t(text.slice(cut, end), del(id)), t(text.slice(end))));
      }
      case "split":
        return void out.push(pieces(t(text.slice(0, cut)), t(s.before ?? Z, ins(id))), pieces(t(s.after ?? Z, ins(id)), t(text.slice(cut))));
      case "proposed":
        return void out.push(p(t(text), t(Z, ins(id))), p(t(s.words, ins(id))));
      case "join":
        return void out.push(p(t(text), t(Z, del(id))), p(t(Z, del(id)), t(s.next)));
      case "blank":
        return void out.push(s.words ? p(t(s.words, ins(id))) : p());
      case "heading":
        return void out.push(h(text));
      case "headingSplit": {
        // Enter in a heading: the rest goes on in a paragraph, part of the heading until accepted.
        const head = pieces(t(text.slice(0, cut)), t(Z, ins(id)));
        return void out.push({ ...head, type: "heading", attrs: { level: 2 } }, pieces(t(Z, ins(id)), t(text.slice(cut))));
      }
      case "listSplit": {
        // Enter in a list item: a new item, part of the first until accepted.
        const item = (paragraph: Json) => ({ type: "listItem", content: [paragraph] });
        return void out.push({ type: "bulletList", content: [item(pieces(t(text.slice(0, cut)), t(Z, ins(id)))), item(pieces(t(Z, ins(id)), t(text.slice(cut))))] });
      }
    }
  });
  return out;
}

describe("tracked changes in the document's language (HTML)", () => {
  const section = [p(t("Nous "), t("soutenons ", ins("s1")), t("le mandat."), t(Z, ins("s2"))), p(t(Z, ins("s2")), t("Suite."))];
  const html = (language: DocumentLanguage) => parseHtml(renderHtml(model({ a: section }, "tracked", language)));

  it("names each change and its author in the words of the document's language, for the eye and the ear", () => {
    const french = html("fr").querySelectorAll("ins");
    expect(french[0]!.getAttribute("title")).toMatch(/^Inséré par /);
    expect(french[0]!.querySelector(".vh")!.text).toMatch(/^\[inséré par /);
    expect(french.map((element) => element.text).join(" ")).toContain("saut de paragraphe");
    const arabic = html("ar").querySelector("ins")!;
    expect(arabic.getAttribute("title")).toMatch(/^أدرجه /);
    const english = html("en").querySelector("ins")!;
    expect(english.getAttribute("title")).toMatch(/^Inserted by /);
    expect(english.querySelector(".vh")!.text).toMatch(/^\[inserted by /);
  });
});

describe("paragraph numbers with suggestions (property)", () => {
  it("agreed and tracked exports print the agreed text's numbers, and cite the section's blocks alike", () => {
    fc.assert(
      fc.property(fc.array(shape, { minLength: 1, maxLength: 8 }), fc.array(shape, { minLength: 1, maxLength: 4 }), (first, second) => {
        const sections = { a: blocksOf(first), b: blocksOf(second) };
        // The truth: the agreed text made first, then numbered as a section without suggestions.
        const truth = model(
          Object.fromEntries(Object.entries(sections).map(([id, content]) => [id, agreedText(schema.nodeFromJSON({ type: "doc", content })).toJSON().content ?? []])),
          "agreed",
        );
        const agreed = model(sections, "agreed");
        const tracked = model(sections, "tracked");
        const numbers = (m: RenderModel) => m.sections.flatMap((s) => s.blocks.flatMap((b) => (b.number === null ? [] : [b.number])));
        expect(drawn(agreed)).toEqual(drawn(truth));
        expect(numbers(tracked)).toEqual(numbers(truth));
        expect(tracked.sections.map((s) => s.paragraphAt)).toEqual(agreed.sections.map((s) => s.paragraphAt));
        // The number goes on the block that starts the agreed paragraph's words.
        const agreedWords = (node: ProseMirrorNode) => inlineRuns(node, tracked.inline).filter((r) => r.change?.kind !== "insertion").map((r) => r.text).join("");
        const truthText = new Map(truth.sections.flatMap((s) => s.blocks.map((b) => [b.number, b.node.textContent] as const)));
        for (const block of tracked.sections.flatMap((s) => s.blocks)) {
          if (block.number !== null) expect(truthText.get(block.number)!.startsWith(agreedWords(block.node))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
