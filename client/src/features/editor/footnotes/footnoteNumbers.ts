import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, type EditorState } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { noteText } from "../../../../../shared/editor/nodes/footnote";
import { footnotesIn } from "./footnoteLocation";
import { touchesFootnotes } from "./footnoteChanges";

// A note's place among its section's notes changes when a note is added or removed before it. ProseMirror redraws
// a node view only when its node or its decorations change, so the place travels as a node decoration: every
// reference after the change is told its new place. The paper's number adds the section's offset (paperNumbering).

interface NumberSpec {
  /** 1, 2, 3 … within the section; 0 for a note the exports leave out. */
  footnoteNumber: number;
}

export interface SectionNotes {
  decorations: DecorationSet;
  /** How many of the section's notes carry a number. */
  count: number;
}

const key = new PluginKey<SectionNotes>("footnoteNumbers");

/** The exports' rule (shared `noteText`): a note left with no text gets no number and is in no export. */
export const isNumberedNote = (text: unknown): boolean => noteText(text).length > 0;

export function sectionNotes(doc: ProseMirrorNode): SectionNotes {
  let count = 0;
  const decorations = footnotesIn(doc).map(({ pos, node }) => {
    const spec: NumberSpec = { footnoteNumber: isNumberedNote(node.attrs.text) ? ++count : 0 };
    return Decoration.node(pos, pos + node.nodeSize, {}, spec);
  });
  return { decorations: DecorationSet.create(doc, decorations), count };
}

/** The place a reference was given in its section, from the decorations its node view receives (0: none). */
export function footnoteNumberOf(decorations: readonly { spec: unknown }[]): number {
  for (const { spec } of decorations) {
    const number = (spec as Partial<NumberSpec> | null)?.footnoteNumber;
    if (typeof number === "number") return number;
  }
  return 0;
}

/** The place of the note at `pos` in its section (0: none), as its reference shows it. */
export function footnoteNumberAt(state: EditorState, pos: number): number {
  const found = key.getState(state)?.decorations.find(pos, pos + 1) ?? [];
  // `find` also returns a note that ends at `pos`: two notes may stand side by side.
  return footnoteNumberOf(found.filter((decoration) => decoration.from === pos));
}

/**
 * Numbers the section's notes again only when a change touched a note; other edits map the numbers along. Tells
 * `onCount` how many notes are numbered whenever the editor's state changes (the paper numbering ignores repeats).
 */
export function footnoteNumbers(onCount: (count: number) => void = () => {}): Plugin<SectionNotes> {
  const report = (state: EditorState) => onCount(key.getState(state)?.count ?? 0);
  return new Plugin<SectionNotes>({
    key,
    state: {
      init: (_, state) => sectionNotes(state.doc),
      apply(transaction, previous) {
        if (!transaction.docChanged) return previous;
        if (touchesFootnotes(transaction)) return sectionNotes(transaction.doc);
        return { decorations: previous.decorations.map(transaction.mapping, transaction.doc), count: previous.count };
      },
    },
    view(view) {
      report(view.state);
      return { update: (updated) => report(updated.state) };
    },
    props: {
      decorations: (state) => key.getState(state)?.decorations,
    },
  });
}
