// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { schema } from "./schema";
import { acceptedText, agreedText, resolveSuggestions, suggestionProblem, suggestionRuns, ZERO_WIDTH_SPACE } from "./suggestions";
import { suggestionAttrsProblem } from "./marks/suggestion";

type Piece = string | { ins: string; by: string; id?: string } | { del: string; by: string; id?: string };

const text = (piece: Piece) => {
  if (typeof piece === "string") return schema.text(piece);
  const kind = "ins" in piece ? "insertion" : "deletion";
  const value = "ins" in piece ? piece.ins : piece.del;
  return schema.text(value, [schema.marks[kind]!.create({ id: piece.id ?? `${piece.by}-1`, author: piece.by })]);
};
const p = (...pieces: Piece[]) => schema.node("paragraph", null, pieces.filter((x) => (typeof x === "string" ? x : "ins" in x ? x.ins : x.del).length > 0).map(text));
const doc = (...blocks: ProseMirrorNode[]) => schema.node("doc", null, blocks);
const plain = (node: ProseMirrorNode) => {
  const blocks: string[] = [];
  node.descendants((child) => {
    if (child.isTextblock) blocks.push(child.textContent);
    return !child.isTextblock;
  });
  return blocks;
};

describe("resolving suggestions", () => {
  it("rejecting drops inserted words and keeps deleted ones; accepting does the opposite", () => {
    const section = doc(p("We ", { ins: "strongly ", by: "ana" }, "support the ", { del: "proposed ", by: "ben" }, "mandate."));
    expect(plain(agreedText(section))).toEqual(["We support the proposed mandate."]);
    expect(plain(acceptedText(section))).toEqual(["We strongly support the mandate."]);
    expect(suggestionRuns(agreedText(section))).toEqual([]);
    expect(suggestionRuns(acceptedText(section))).toEqual([]);
  });

  it("a suggested paragraph break is rejected by joining and accepted by dropping its zero-width spaces", () => {
    const split = doc(p("Funding ", { ins: ZERO_WIDTH_SPACE, by: "ana" }), p({ ins: ZERO_WIDTH_SPACE, by: "ana" }, "must be predictable."));
    expect(suggestionRuns(split)).toHaveLength(1);
    expect(plain(agreedText(split))).toEqual(["Funding must be predictable."]);
    expect(plain(acceptedText(split))).toEqual(["Funding ", "must be predictable."]);
  });

  it("a suggested new paragraph with words is rejected whole", () => {
    const added = doc(p("First.", { ins: ZERO_WIDTH_SPACE, by: "ana" }), p({ ins: "A new point.", by: "ana" }), p("Last."));
    expect(plain(agreedText(added))).toEqual(["First.", "Last."]);
    expect(plain(acceptedText(added))).toEqual(["First.", "A new point.", "Last."]);
  });

  it("a suggested join is accepted by joining and rejected by keeping both paragraphs", () => {
    const join = doc(p("One", { del: ZERO_WIDTH_SPACE, by: "ana" }), p({ del: ZERO_WIDTH_SPACE, by: "ana" }, "two"));
    expect(plain(acceptedText(join))).toEqual(["Onetwo"]);
    expect(plain(agreedText(join))).toEqual(["One", "two"]);
  });

  it("resolves only the suggestions selected", () => {
    const section = doc(p({ ins: "A", by: "ana" }, "b", { ins: "C", by: "ben" }));
    expect(plain(resolveSuggestions(section, (run) => run.author === "ana", "reject"))).toEqual(["bC"]);
    expect(plain(resolveSuggestions(section, (run) => run.author === "ben", "accept"))).toEqual(["AbC"]);
    expect(suggestionRuns(resolveSuggestions(section, (run) => run.author === "ben", "accept")).map((r) => r.author)).toEqual(["ana"]);
  });
});

describe("the suggestion rules", () => {
  const before = doc(p("The IGF ", { ins: "should ", by: "ben", id: "b1" }, "meets annually."));

  it("lets a suggester add, change and withdraw their own suggestions", () => {
    const added = doc(p("The IGF ", { ins: "should ", by: "ben", id: "b1" }, "meets ", { del: "annually", by: "ana", id: "a1" }, { ins: "every year", by: "ana", id: "a1" }, "."));
    expect(suggestionProblem(before, added, "ana", "suggest")).toBeNull();
    const changed = doc(p("The IGF ", { ins: "should ", by: "ben", id: "b1" }, "meets ", { del: "annually", by: "ana", id: "a1" }, { ins: "each year", by: "ana", id: "a1" }, "."));
    expect(suggestionProblem(added, changed, "ana", "suggest")).toBeNull();
    expect(suggestionProblem(changed, before, "ana", "suggest")).toBeNull();
  });

  it("refuses plain typing and outright deletion of agreed text", () => {
    expect(suggestionProblem(before, doc(p("The IGF ", { ins: "should ", by: "ben", id: "b1" }, "meets yearly.")), "ana", "suggest")?.code).toBe("changes_agreed_text");
    expect(suggestionProblem(before, doc(p("The IGF ", { ins: "should ", by: "ben", id: "b1" }, "meets annually!")), "ana", "suggest")?.code).toBe("changes_agreed_text");
  });

  it("refuses forging, altering and removing someone else's suggestion", () => {
    const forged = doc(p("The IGF ", { ins: "should ", by: "ben", id: "b1" }, { ins: "never ", by: "ben", id: "b2" }, "meets annually."));
    expect(suggestionProblem(before, forged, "ana", "suggest")?.code).toBe("not_yours");
    const altered = doc(p("The IGF ", { ins: "could ", by: "ben", id: "b1" }, "meets annually."));
    expect(suggestionProblem(before, altered, "ana", "suggest")?.code).toBe("not_yours");
    expect(suggestionProblem(before, doc(p("The IGF meets annually.")), "ana", "suggest")?.code).toBe("not_yours");
    const stolen = doc(p("The IGF ", { ins: "should ", by: "ana", id: "b1" }, "meets annually."));
    expect(suggestionProblem(before, stolen, "ana", "suggest")?.code).toBe("not_yours");
    const reused = doc(p("The IGF ", { ins: "should ", by: "ben", id: "b1" }, "meets ", { ins: "now ", by: "ana", id: "b1" }, "annually."));
    expect(suggestionProblem(before, reused, "ana", "suggest")?.code).toBe("not_yours");
  });

  it("lets owners edit freely but never name someone else as the author of a new suggestion", () => {
    expect(suggestionProblem(before, doc(p("The IGF meets every year.")), "owner", "write")).toBeNull();
    const forged = doc(p("The IGF ", { ins: "should ", by: "ben", id: "b1" }, "meets ", { ins: "rarely", by: "ben", id: "b9" }, "."));
    expect(suggestionProblem(before, forged, "owner", "write")?.code).toBe("not_yours");
  });

  it("a suggestion's attributes are an id and an author, nothing else", () => {
    expect(suggestionAttrsProblem({ id: "s-1", author: "u_1" })).toBeNull();
    for (const bad of [null, "x", [], { id: "s 1", author: "u" }, { id: "s", author: "" }, { id: "s", author: "u", colour: "red" }, { id: "x".repeat(41), author: "u" }]) {
      expect(suggestionAttrsProblem(bad)).not.toBeNull();
    }
  });
});

// A random section made of agreed words and other people's suggestions, and a random edit by "ana" that may type
// plainly, mark, delete outright or touch other people's suggestions: whatever the rule lets through keeps the
// agreed text and everyone else's suggestions exactly as they were.
describe("the suggestion rule, on random edits", () => {
  const authors = ["ana", "ben", "eve"];
  const piece = fc.oneof(
    fc.constantFrom("alpha ", "beta ", "gamma ", ZERO_WIDTH_SPACE),
    fc.record({ ins: fc.constantFrom("x", "yy ", ZERO_WIDTH_SPACE), by: fc.constantFrom(...authors), id: fc.constantFrom("s1", "s2", "s3") }),
    fc.record({ del: fc.constantFrom("old ", "q", ZERO_WIDTH_SPACE), by: fc.constantFrom(...authors), id: fc.constantFrom("s1", "s2", "s3") }),
  );
  const blocksOf = fc.array(fc.array(piece, { maxLength: 5 }), { minLength: 1, maxLength: 4 });
  // An edit: pieces put in, taken out or replaced, and blocks split or joined, anywhere and by anyone.
  const edit = fc.array(
    fc.record({
      op: fc.constantFrom("insert", "insert", "remove", "replace", "split", "join"),
      block: fc.nat(),
      at: fc.nat(),
      // Mostly ana's own suggestions (what her editor writes), sometimes anything at all.
      piece: fc.oneof(
        { arbitrary: fc.record({ ins: fc.constantFrom("x", "yy ", ZERO_WIDTH_SPACE), by: fc.constant("ana"), id: fc.constantFrom("s1", "a1") }), weight: 2 },
        { arbitrary: fc.record({ del: fc.constantFrom("old ", ZERO_WIDTH_SPACE), by: fc.constant("ana"), id: fc.constantFrom("s1", "a1") }), weight: 1 },
        { arbitrary: piece, weight: 1 },
      ),
    }),
    { minLength: 1, maxLength: 4 },
  );
  const applyEdit = (blocks: Piece[][], ops: Array<{ op: string; block: number; at: number; piece: Piece }>) => {
    const next = blocks.map((b) => [...b]);
    for (const { op, block, at, piece: put } of ops) {
      const b = block % next.length;
      const pieces = next[b]!;
      const i = pieces.length === 0 ? 0 : at % (pieces.length + (op === "insert" || op === "split" ? 1 : 0));
      if (op === "insert") pieces.splice(i, 0, put);
      else if (op === "remove") pieces.splice(i, 1);
      else if (op === "replace") pieces.splice(i, 1, put);
      else if (op === "split") next.splice(b + 1, 0, pieces.splice(i));
      else if (b + 1 < next.length) next.splice(b, 2, [...pieces, ...next[b + 1]!]);
    }
    return next;
  };
  const build = (blocks: Piece[][]) => doc(...blocks.map((pieces) => p(...pieces)));

  it("never lets a change through that alters the agreed text or someone else's suggestion", () => {
    let allowed = 0;
    fc.assert(
      fc.property(blocksOf, edit, (blocks, ops) => {
        const before = build(blocks);
        const after = build(applyEdit(blocks, ops));
        const problem = suggestionProblem(before, after, "ana", "suggest");
        if (problem) return;
        allowed += 1;
        expect(agreedText(after).eq(agreedText(before))).toBe(true);
        const others = (run: { author: string }) => run.author !== "ana";
        const theirs = (node: ProseMirrorNode) => suggestionRuns(resolveSuggestions(node, (run) => run.author === "ana", "reject")).filter(others);
        expect(theirs(after).map(({ id, author, kind }) => ({ id, author, kind }))).toEqual(theirs(before).map(({ id, author, kind }) => ({ id, author, kind })));
      }),
      { numRuns: 3000 },
    );
    // Not a vacuous pass: hundreds of the random edits are ones the rule allows.
    expect(allowed).toBeGreaterThan(100);
  });
});
