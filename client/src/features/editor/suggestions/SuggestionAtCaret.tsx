import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";
import type { SuggestionInfo } from "../../../../../shared/api/suggestions";
import { suggestionRuns } from "../../../../../shared/editor/suggestions";
import { suggestionLabels } from "./suggestionWords";
import { useFormats, useT } from "../../../i18n/useLocale";

interface Props {
  editor: Editor;
  meId: string;
  info(id: string): SuggestionInfo | undefined;
  /** Changes when the registry does, so the words follow it. */
  infoVersion: number;
}

/**
 * Who made the suggestion the caret is in, and when: what the mouse shows on hover, for the keyboard (and read
 * out politely when the caret enters another suggestion).
 */
export function SuggestionAtCaret({ editor, meId, info, infoVersion }: Props) {
  const t = useT();
  const formats = useFormats();
  const label = suggestionLabels(t, formats);
  const words = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      if (!e || !e.isFocused) return "";
      const at = e.state.selection.from;
      const run = suggestionRuns(e.state.doc).find((r) => r.from <= at && at <= r.to && (r.from < at || at < r.to));
      return run ? t("editor.suggestion.atCaret", { words: label(run.kind, info(run.id), run.author === meId) }) : "";
    },
    equalityFn: (a, b) => a === b,
  });
  return (
    <p className="suggestion-at-caret" role="status" aria-live="polite" data-version={infoVersion}>
      {words}
    </p>
  );
}
