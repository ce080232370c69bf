import { Extension } from "@tiptap/core";
import { Plugin, PluginKey, type EditorState } from "@tiptap/pm/state";
import { Decoration, DecorationSet, type EditorView } from "@tiptap/pm/view";
import type { Anchor } from "../../../../shared/api/threads";
import { anchorRange } from "../../review/editorAnchors";

/** A comment thread or an amendment whose text is highlighted in the section. */
export interface ReviewMark {
  id: string;
  kind: "thread" | "amendment";
  anchor: Anchor;
}

export type MarkRanges = ReadonlyMap<string, { from: number; to: number } | null>;

export interface ReviewHighlightsOptions {
  getMarks(): readonly ReviewMark[];
  getActive(): string | null;
  /** Where each mark is now (null: its text is gone). Called after every recomputation. */
  onRanges(ranges: MarkRanges): void;
  /** A highlight was clicked. */
  onActivate(id: string): void;
}

interface HighlightState {
  decorations: DecorationSet;
  /** Goes up when the marks or the active one changed outside the editor. */
  version: number;
}

type Meta = { decorations: DecorationSet } | { refresh: true };

const key = new PluginKey<HighlightState>("reviewHighlights");

/** Tells the editor the marks (or the active mark) changed: the highlights are computed again. */
export function refreshReviewHighlights(view: EditorView): void {
  if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(key, { refresh: true } satisfies Meta));
}

function compute(state: EditorState, options: ReviewHighlightsOptions): { decorations: DecorationSet; ranges: MarkRanges } {
  const active = options.getActive();
  const ranges = new Map<string, { from: number; to: number } | null>();
  const decorations: Decoration[] = [];
  for (const mark of options.getMarks()) {
    const range = anchorRange(state, mark.anchor);
    ranges.set(mark.id, range);
    if (!range) continue;
    const classes = ["review-mark", `review-mark--${mark.kind}`, mark.id === active ? "review-mark--active" : ""];
    decorations.push(Decoration.inline(range.from, range.to, { class: classes.join(" ").trim(), "data-review-id": mark.id }, { id: mark.id }));
  }
  return { decorations: DecorationSet.create(state.doc, decorations), ranges };
}

/**
 * Highlights the anchored ranges of comment threads and amendments. Positions come from the Yjs relative
 * positions through the sync binding, recomputed after each change of the text (on the next frame, once the
 * binding has caught up) and mapped through local edits in between.
 */
export const ReviewHighlights = Extension.create<ReviewHighlightsOptions>({
  name: "reviewHighlights",

  addOptions() {
    return { getMarks: () => [], getActive: () => null, onRanges: () => {}, onActivate: () => {} };
  },

  addProseMirrorPlugins() {
    const options = this.options;
    return [
      new Plugin<HighlightState>({
        key,
        state: {
          init: () => ({ decorations: DecorationSet.empty, version: 0 }),
          apply(tr, value) {
            const meta = tr.getMeta(key) as Meta | undefined;
            if (meta && "decorations" in meta) return { ...value, decorations: meta.decorations };
            if (meta && "refresh" in meta) return { ...value, version: value.version + 1 };
            return tr.docChanged ? { ...value, decorations: value.decorations.map(tr.mapping, tr.doc) } : value;
          },
        },
        props: {
          decorations: (state) => key.getState(state)?.decorations,
          handleClick(view, pos) {
            const found = key.getState(view.state)?.decorations.find(pos, pos) ?? [];
            // The innermost (shortest) highlight under the pointer.
            const hit = found.sort((a, b) => a.to - a.from - (b.to - b.from))[0];
            const id = (hit?.spec as { id?: unknown } | undefined)?.id;
            if (typeof id === "string") options.onActivate(id);
            return false;
          },
        },
        view(editorView) {
          let frame = 0;
          let shown = "";
          const recompute = () => {
            frame = 0;
            if (editorView.isDestroyed) return;
            const { decorations, ranges } = compute(editorView.state, options);
            options.onRanges(ranges);
            const signature = JSON.stringify([...ranges]) + (options.getActive() ?? "");
            if (signature === shown) return;
            shown = signature;
            editorView.dispatch(editorView.state.tr.setMeta(key, { decorations } satisfies Meta));
          };
          const schedule = () => {
            if (frame === 0) frame = requestAnimationFrame(recompute);
          };
          schedule();
          return {
            update(view, previous) {
              const before = key.getState(previous);
              const after = key.getState(view.state);
              if (view.state.doc !== previous.doc || before?.version !== after?.version) {
                if (before?.version !== after?.version) shown = "";
                schedule();
              }
            },
            destroy() {
              if (frame !== 0) cancelAnimationFrame(frame);
            },
          };
        },
      }),
    ];
  },
});
