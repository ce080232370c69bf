import type { DiffOp } from "../../../../shared/api/versions";

/** An op to show, or a stretch of unchanged text left out (with how many words it held). */
export type ShownOp = DiffOp | { type: "skip"; words: number };

const CONTEXT = 30;

/** Splits after whitespace, keeping it, so that joining the pieces gives back the text. */
const pieces = (text: string): string[] => text.match(/\S+\s*|\s+/g) ?? [];

/**
 * Long unchanged stretches shrink to the words around the changes, so that a one-word edit in a long section is
 * found at a glance. Text before the first change keeps its end, text after the last keeps its start.
 */
export function condenseOps(ops: readonly DiffOp[], context = CONTEXT): ShownOp[] {
  return ops.flatMap((op, index): ShownOp[] => {
    if (op.type !== "equal") return [op];
    const words = pieces(op.text);
    const first = index === 0;
    const last = index === ops.length - 1;
    const keep = (first ? 0 : context) + (last ? 0 : context);
    if (words.length <= keep + 10) return [op];
    const head = first ? [] : words.slice(0, context);
    const tail = last ? [] : words.slice(words.length - context);
    const shown: ShownOp[] = [];
    if (head.length > 0) shown.push({ type: "equal", text: head.join("") });
    shown.push({ type: "skip", words: words.length - head.length - tail.length });
    if (tail.length > 0) shown.push({ type: "equal", text: tail.join("") });
    return shown;
  });
}
