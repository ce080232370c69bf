import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet, type EditorView } from "@tiptap/pm/view";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { isDocumentLanguage, languagePieces, type DocumentLanguage } from "../../../../shared/languages";

// A passage in another of the six languages than its section's, by its script (Arabic letters, Han characters,
// Cyrillic: languagePieces), is drawn inside a `lang` of its own, so a screen reader reads "Форум" in a French
// paragraph with its Russian voice, as the exports mark it. Latin letters name no one language and are left to the
// section's. A decoration, like BlockDirection: nothing of it is stored.

/** The section's language: the `lang` the editor's element carries (SectionEditor sets it). */
const languageOf = (view: EditorView | null): DocumentLanguage | null => {
  const lang = view?.dom.closest("[lang]")?.getAttribute("lang") ?? null;
  return isDocumentLanguage(lang) ? lang : null;
};

export function passageDecorations(doc: ProseMirrorNode, around: DocumentLanguage | null): DecorationSet {
  if (!around) return DecorationSet.empty;
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isText || !node.text) return true;
    let at = pos;
    for (const piece of languagePieces(node.text, around)) {
      if (piece.language) decorations.push(Decoration.inline(at, at + piece.text.length, { lang: piece.language }));
      at += piece.text.length;
    }
    return false;
  });
  return DecorationSet.create(doc, decorations);
}

const key = new PluginKey<DecorationSet>("passageLanguage");

export const PassageLanguage = Extension.create({
  name: "passageLanguage",
  addProseMirrorPlugins() {
    let view: EditorView | null = null;
    let language: DocumentLanguage | null = null;
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_config, state) => passageDecorations(state.doc, language),
          apply: (tr, previous) => (tr.docChanged || tr.getMeta(key) ? passageDecorations(tr.doc, language) : previous),
        },
        props: { decorations: (state) => key.getState(state) },
        view(editorView) {
          view = editorView;
          const check = () => {
            const now = languageOf(view);
            if (now === language || !view) return;
            language = now;
            // The section's language came or changed (the secretariat set another): draw the passages again.
            view.dispatch(view.state.tr.setMeta(key, true).setMeta("addToHistory", false));
          };
          queueMicrotask(check);
          return { update: check, destroy: () => (view = null) };
        },
      }),
    ];
  },
});
