import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { footnotesIn } from "./footnoteLocation";

// A note's number is its place among the section's notes, which changes when a note is added or removed before
// it. ProseMirror redraws a node view only when its node or its decorations change, so the number travels as a
// node decoration: every reference after the change is told its new number. (Exports number across the paper.)

interface NumberSpec {
  footnoteNumber: number;
}

const key = new PluginKey<DecorationSet>("footnoteNumbers");

export function numberDecorations(doc: ProseMirrorNode): DecorationSet {
  const decorations = footnotesIn(doc).map(({ pos, node }, index) => Decoration.node(pos, pos + node.nodeSize, {}, { footnoteNumber: index + 1 } satisfies NumberSpec));
  return DecorationSet.create(doc, decorations);
}

/** The number a reference was given, from the decorations its node view receives (0 before any). */
export function footnoteNumberOf(decorations: readonly { spec: unknown }[]): number {
  for (const { spec } of decorations) {
    const number = (spec as Partial<NumberSpec> | null)?.footnoteNumber;
    if (typeof number === "number") return number;
  }
  return 0;
}

/** Numbers the notes again only when the text changed; selection moves keep the set. */
export function footnoteNumbers(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key,
    state: {
      init: (_, state) => numberDecorations(state.doc),
      apply: (transaction, previous) => (transaction.docChanged ? numberDecorations(transaction.doc) : previous),
    },
    props: {
      decorations: (state) => key.getState(state),
    },
  });
}
