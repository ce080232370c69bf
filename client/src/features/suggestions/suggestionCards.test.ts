import { describe, expect, it } from "vitest";
import type { Mark } from "@tiptap/pm/model";
import { schema } from "../../../../shared/editor/schema";
import type { SuggestionInfo } from "../../../../shared/api/suggestions";
import { createIntl } from "react-intl";
import { ENGLISH } from "../../i18n/catalogues";
import type { Translate } from "../../i18n/useLocale";
import { suggestionCards, type SuggestionCard } from "./suggestionCards";
import { suggestionWords } from "./suggestionWords";

const intl = createIntl({ locale: "en", messages: ENGLISH });
const t: Translate = (id, values) => intl.formatMessage({ id }, values);
const words = (card: SuggestionCard) => suggestionWords(card, t);

const ins = (id: string, author = "u-ravi") => schema.marks.insertion!.create({ id, author });
const del = (id: string, author = "u-ravi") => schema.marks.deletion!.create({ id, author });
const text = (value: string, ...marks: Mark[]) => schema.text(value, marks);
const paragraph = (...content: ReturnType<typeof text>[]) => schema.node("paragraph", null, content);
const doc = (...blocks: ReturnType<typeof paragraph>[]) => schema.node("doc", null, blocks);

const registry = new Map<string, SuggestionInfo>([
  ["s1", { id: "s1", sectionId: "sec", author: { id: "u-ravi", name: "Ravi Menon" }, groups: ["WG2 NRI engagement & support"], createdAt: "2026-05-04T09:12:00.000Z" }],
]);
const none = () => undefined;

describe("suggestion cards", () => {
  it("say what each suggestion does, in the order of the text, with who made it once the registry knows", () => {
    const section = doc(
      paragraph(text("Funding "), text("must ", del("s2", "u-mei")), text("should", ins("s2", "u-mei")), text(" grow"), text(" steadily", ins("s1")), text(".")),
      paragraph(text("Donors "), text("all ", del("s3")), text("agree.")),
    );
    const cards = suggestionCards(section, (id) => registry.get(id));
    expect(cards.map((c) => [c.id, c.kind, words(c)])).toEqual([
      ["s2", "replacement", "Replace “must” with “should”"],
      ["s1", "insertion", "Insert “steadily”"],
      ["s3", "deletion", "Delete “all”"],
    ]);
    expect(cards[1]).toMatchObject({ authorId: "u-ravi", authorName: "Ravi Menon", groups: ["WG2 NRI engagement & support"], createdAt: "2026-05-04T09:12:00.000Z" });
    expect(cards[0]).toMatchObject({ authorId: "u-mei", authorName: null, groups: [], createdAt: null, deleted: "must", inserted: "should" });
    expect(cards[0]!.from).toBeLessThan(cards[0]!.to);
  });

  it("never show the zero-width spaces that carry suggested breaks, and name a new paragraph", () => {
    const zw = "\u200B";
    // A break alone: a zero-width space at the end of one block, the mark going on at the start of the next.
    const breakOnly = doc(paragraph(text("One."), text(zw, ins("p1"))), paragraph(text(zw, ins("p1")), text("Two.")));
    expect(suggestionCards(breakOnly, none).map((c) => [c.kind, words(c)])).toEqual([["paragraph", "New paragraph"]]);
    // A break with words typed after it.
    const withWords = doc(paragraph(text("One."), text(zw, ins("p2"))), paragraph(text("A new point.", ins("p2"))));
    const [card] = suggestionCards(withWords, none);
    expect(card).toMatchObject({ kind: "insertion", opensParagraph: true, inserted: "A new point." });
    expect(words(card!)).toBe("New paragraph: “A new point.”");
    expect(JSON.stringify(card)).not.toContain(zw);
  });

  it("read a deleted break as joining paragraphs, and words over a break with a paragraph sign", () => {
    const join = doc(paragraph(text("One."), text("\u200B", del("j1"))), paragraph(text("\u200B", del("j1")), text("Two.")));
    expect(suggestionCards(join, none).map(words)).toEqual(["Join two paragraphs"]);
    const across = doc(paragraph(text("Keep "), text("this end", del("d1"))), paragraph(text("and this start", del("d1")), text(" rest.")));
    expect(suggestionCards(across, none).map(words)).toEqual(["Delete “this end ¶ and this start”"]);
  });

  it("join the parts of one suggestion that are apart, and shorten long words", () => {
    const long = "word ".repeat(60).trim();
    const apart = doc(paragraph(text("a", ins("x1")), text(" kept "), text("b", ins("x1")), text(" "), text(long, del("x2"))));
    const cards = suggestionCards(apart, none);
    expect(words(cards[0]!)).toBe("Insert “a … b”");
    expect(cards[1]!.deleted.length).toBeLessThanOrEqual(161);
    expect(cards[1]!.deleted.endsWith("…")).toBe(true);
  });

  it("are none for a section without suggestions", () => {
    expect(suggestionCards(doc(paragraph(text("Plain."))), none)).toEqual([]);
  });
});
