import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";

// Mixed-direction text: an English paragraph inside an Arabic section reads left to right, an Arabic one inside an
// English section right to left. Each block with words gets `dir="auto"`, so the browser takes its direction from
// its first strong letter; the section's own `dir` (from its language) holds for everything else, empty
// paragraphs included, so the caret of a new line starts on the section's side.
//
// Drawn as decorations rather than with Tiptap's TextDirection extension: that one adds a `dir` attribute to every
// node type of the schema, which the server, the update guard and every export derive from the same list, and
// would write it into each paragraph of the shared document. Direction here is how a block is drawn, not text.

/** The blocks that take their direction from their own words. */
const AUTO_BLOCKS = new Set(["paragraph", "heading", "listItem", "blockquote", "tableCell", "tableHeader"]);

/** Whether a block gets `dir="auto"`: one of the blocks above with at least one letter. */
export const takesOwnDirection = (node: ProseMirrorNode): boolean => AUTO_BLOCKS.has(node.type.name) && /\p{L}/u.test(node.textContent);

function decorate(doc: ProseMirrorNode): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (takesOwnDirection(node)) decorations.push(Decoration.node(pos, pos + node.nodeSize, { dir: "auto" }));
    return !node.isTextblock;
  });
  return DecorationSet.create(doc, decorations);
}

const key = new PluginKey<DecorationSet>("blockDirection");

export const BlockDirection = Extension.create({
  name: "blockDirection",
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_config, state) => decorate(state.doc),
          apply: (tr, previous) => (tr.docChanged ? decorate(tr.doc) : previous),
        },
        props: { decorations: (state) => key.getState(state) },
      }),
    ];
  },
});
