// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { TextSelection, type EditorState, type Transaction } from "@tiptap/pm/state";
import { canSplit } from "@tiptap/pm/transform";
import { acceptedText, agreedText, suggestionProblem, suggestionRuns, ZERO_WIDTH_SPACE } from "../../../../../shared/editor/suggestions";
import { suggestTransaction } from "./suggestTransaction";
import { doc, li, p, stateOf, suggester, ul, type Piece } from "./testDocuments";

// Random sections (paragraphs and a list; agreed words, ana's and ben's suggestions, ana's suggested paragraph
// breaks) and random sessions of edits by ana: typing, deleting, splitting, replacing with a slice cut from the
// section. Every edit the transform does not refuse keeps the server's rule and the agreed text; on a section
// with no suggestions yet, accepting the result gives exactly what the plain edit gave.

const authors = ["ana", "ben"] as const;
const word = fc.constantFrom("alpha ", "beta ", "gamma", "d", ZERO_WIDTH_SPACE);
const piece: fc.Arbitrary<Piece> = fc.oneof(
  { arbitrary: word, weight: 4 },
  { arbitrary: fc.record({ ins: word, by: fc.constantFrom(...authors), id: fc.constantFrom("s1", "s2") }).map(({ ins, by, id }) => ({ ins, by, id: `${by}-${id}` })), weight: 1 },
  { arbitrary: fc.record({ del: word, by: fc.constantFrom(...authors), id: fc.constantFrom("s1", "s2") }).map(({ del, by, id }) => ({ del, by, id: `${by}-${id}` })), weight: 1 },
);
const plainPiece: fc.Arbitrary<Piece> = fc.constantFrom("alpha ", "beta ", "gamma", "d");

interface BlockSpec {
  list: boolean;
  paragraphs: Piece[][];
  /** Ana's suggested break after the block's last paragraph (a zero-width space of hers on both sides). */
  suggestedBreak: boolean;
}

const section = (pieces: fc.Arbitrary<Piece>, breaks: boolean) =>
  fc.array(
    fc.record({
      list: fc.boolean(),
      paragraphs: fc.array(fc.array(pieces, { maxLength: 4 }), { minLength: 1, maxLength: 3 }),
      suggestedBreak: breaks ? fc.boolean() : fc.constant(false),
    }),
    { minLength: 1, maxLength: 4 },
  );

function build(specs: BlockSpec[]): ProseMirrorNode {
  const breakMark = { by: "ana", id: "ana-br" };
  const blocks = specs.flatMap((spec, index) => {
    const opensWithBreak = index > 0 && specs[index - 1]!.suggestedBreak;
    const paragraphs = spec.paragraphs.map((pieces, at) => {
      const first = at === 0 && opensWithBreak ? [{ ins: ZERO_WIDTH_SPACE, ...breakMark }] : [];
      const last = at === spec.paragraphs.length - 1 && spec.suggestedBreak && index < specs.length - 1 ? [{ ins: ZERO_WIDTH_SPACE, ...breakMark }] : [];
      return p(...first, ...pieces, ...last);
    });
    return spec.list ? [ul(...paragraphs.map((paragraph) => li(paragraph)))] : paragraphs;
  });
  return doc(...blocks);
}

/** Every position where a caret can stand: inside a textblock. */
function caretPositions(node: ProseMirrorNode): number[] {
  const positions: number[] = [];
  node.descendants((child, pos) => {
    if (!child.isTextblock) return true;
    for (let at = pos + 1; at <= pos + 1 + child.content.size; at += 1) positions.push(at);
    return false;
  });
  return positions;
}

type EditKind = "type" | "delete" | "split" | "replace" | "typeOver";
const edit = fc.record({
  kind: fc.constantFrom<EditKind>("type", "type", "delete", "delete", "split", "replace", "typeOver"),
  a: fc.nat(),
  b: fc.nat(),
  c: fc.nat(),
  d: fc.nat(),
  text: fc.constantFrom("x", "new ", "yz"),
  deep: fc.boolean(),
});
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

/** The user's plain edit, as the editor would dispatch it, or null where it does not apply. */
function plainEdit(state: EditorState, { kind, a, b, c, d, text, deep }: Edit): Transaction | null {
  const positions = caretPositions(state.doc);
  const pick = (n: number) => positions[n % positions.length]!;
  const [from, to] = [pick(a), pick(b)].sort((x, y) => x - y) as [number, number];
  const selected = state.apply(state.tr.setSelection(TextSelection.create(state.doc, from, to)));
  try {
    if (kind === "type") return stateAt(state, to).tr.insertText(text);
    if (kind === "typeOver") return selected.tr.insertText(text);
    if (kind === "delete") return from === to ? null : selected.tr.deleteSelection();
    if (kind === "split") {
      const depth = deep && state.doc.resolve(to).depth >= 3 ? 2 : 1;
      return canSplit(state.doc, to, depth) ? stateAt(state, to).tr.split(to, depth) : null;
    }
    const [sliceFrom, sliceTo] = [pick(c), pick(d)].sort((x, y) => x - y) as [number, number];
    return selected.tr.replaceSelection(state.doc.slice(sliceFrom, sliceTo));
  } catch (error) {
    // ProseMirror could not fit that slice there: not an edit a user can make.
    if (error instanceof RangeError) return null;
    throw error;
  }
}

const stateAt = (state: EditorState, pos: number) => state.apply(state.tr.setSelection(TextSelection.create(state.doc, pos)));

describe("the suggesting transform, on random sections and edits", () => {
  it("never returns a change the server would refuse, and keeps the agreed text", () => {
    const tally = { tried: 0, suggested: 0, cleanChecked: 0 };
    const suggestedByKind: Record<EditKind, number> = { type: 0, delete: 0, split: 0, replace: 0, typeOver: 0 };
    fc.assert(
      fc.property(fc.boolean(), section(piece, true), section(plainPiece, false), fc.array(edit, { minLength: 1, maxLength: 4 }), (clean, marked, plain, edits) => {
        const start = build(clean ? plain : marked);
        let state = stateOf(start, caretPositions(start)[0]!);
        const me = suggester("ana");
        for (const change of edits) {
          const tr = plainEdit(state, change);
          if (!tr || !tr.docChanged) continue;
          tally.tried += 1;
          const result = suggestTransaction(state, tr, me);
          if (!result) continue;
          tally.suggested += 1;
          suggestedByKind[change.kind] += 1;
          expect(suggestionProblem(state.doc, result.doc, "ana", "suggest")).toBeNull();
          expect(agreedText(result.doc).eq(agreedText(state.doc))).toBe(true);
          // An agreed zero-width space is never struck (a deletion run owns those inside it): deleting one leaves it.
          if (suggestionRuns(state.doc).length === 0 && !state.doc.textContent.includes(ZERO_WIDTH_SPACE)) {
            tally.cleanChecked += 1;
            expect(acceptedText(result.doc).eq(tr.doc)).toBe(true);
          }
          state = state.apply(result);
        }
      }),
      { numRuns: 1000 },
    );
    // Not a vacuous pass: most edits are suggested, and many of them on sections without suggestions yet.
    expect(tally.suggested / tally.tried).toBeGreaterThan(0.6);
    expect(tally.cleanChecked).toBeGreaterThan(300);
    for (const count of Object.values(suggestedByKind)) expect(count).toBeGreaterThan(50);
  });
});
