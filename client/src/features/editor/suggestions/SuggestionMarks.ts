import { Extension } from "@tiptap/core";
import { Plugin, PluginKey, type EditorState } from "@tiptap/pm/state";
import { Decoration, DecorationSet, type EditorView } from "@tiptap/pm/view";
import type { SuggestionInfo } from "../../../../../shared/api/suggestions";
import { suggestionRuns } from "../../../../../shared/editor/suggestions";
import { suggestionHue, type SuggestionLabel } from "./suggestionWords";

export interface SuggestionMarksOptions {
  /** Who made a suggestion, when the server has recorded it. */
  info(id: string): SuggestionInfo | undefined;
  meId: string;
  /** Who made it and when, in words, for the tooltip. */
  label: SuggestionLabel;
}

const key = new PluginKey<DecorationSet>("suggestionMarks");

/** Tells the editor that who made the suggestions is known now (the registry changed): labels are drawn again. */
export function refreshSuggestionMarks(view: EditorView): void {
  if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(key, true));
}

function decorate(state: EditorState, options: SuggestionMarksOptions): DecorationSet {
  const decorations: Decoration[] = [];
  for (const run of suggestionRuns(state.doc)) {
    const info = options.info(run.id);
    decorations.push(
      Decoration.inline(
        run.from,
        run.to,
        {
          style: `--suggestion-hue: ${suggestionHue(run.author)}`,
          title: options.label(run.kind, info, run.author === options.meId),
          class: `suggestion-run suggestion-run--${run.kind}${run.author === options.meId ? " suggestion-run--mine" : ""}`,
        },
        { id: run.id },
      ),
    );
  }
  return DecorationSet.create(state.doc, decorations);
}

/**
 * Colours each suggestion by its author (a hue from their id, the same in every browser) and names who made it,
 * with their groups and when, on hover. Colour is never the only cue: insertions are underlined and deletions
 * struck through by the marks themselves, and the margin card says the same in words.
 */
export const SuggestionMarks = Extension.create<SuggestionMarksOptions>({
  name: "suggestionMarks",

  addOptions() {
    return { info: () => undefined, meId: "", label: (kind) => kind };
  },

  addProseMirrorPlugins() {
    const options = this.options;
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_config, state) => decorate(state, options),
          apply: (tr, value, _old, state) => (tr.docChanged || tr.getMeta(key) ? decorate(state, options) : value),
        },
        props: { decorations: (state) => key.getState(state) },
      }),
    ];
  },
});
