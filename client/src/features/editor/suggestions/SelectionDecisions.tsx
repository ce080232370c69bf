import type { MouseEvent } from "react";
import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";
import { suggestionRuns } from "../../../../../shared/editor/suggestions";
import { useAction } from "../../../ui/useAction";
import { decideSuggestions, decisionWords } from "../../suggestions/decideSuggestions";
import { StatusMessage } from "../../../ui/StatusMessage";
import { useState } from "react";
import { useT } from "../../../i18n/useLocale";

interface Props {
  editor: Editor;
  documentId: string;
  sectionId: string;
  sectionTitle: string;
}

/** The ids of the suggestions the selection touches, in document order. */
function selectedIds(editor: Editor): string[] {
  const { from, to, empty } = editor.state.selection;
  if (empty) return [];
  const ids = suggestionRuns(editor.state.doc)
    .filter((run) => run.from < to && run.to > from)
    .map((run) => run.id);
  return [...new Set(ids)];
}

/**
 * For those who decide on a section's suggestions: accept or reject every suggestion the selected text touches,
 * shown while the selection holds any.
 */
export function SelectionDecisions({ editor, documentId, sectionId, sectionTitle }: Props) {
  const ids = useEditorState({ editor, selector: ({ editor: e }) => (e ? selectedIds(e).join(" ") : ""), equalityFn: (a, b) => a === b }) ?? "";
  const t = useT();
  const action = useAction();
  const [said, setSaid] = useState<string | null>(null);
  const keep = (event: MouseEvent) => event.preventDefault();
  const chosen = ids ? ids.split(" ") : [];
  const decide = (decision: "accept" | "reject") =>
    void action.run(decision, async () => setSaid(decisionWords(await decideSuggestions(documentId, sectionId, decision, chosen), t)));
  return (
    <>
      {chosen.length > 0 && (
        <div className="selection-decisions" role="group" aria-label={t("editor.decisions.label", { title: sectionTitle })}>
          <span>{t("editor.decisions.count", { count: chosen.length })}</span>
          <button type="button" className="button button--secondary button--small" aria-disabled={action.busy !== null || undefined} onMouseDown={keep} onClick={() => decide("accept")}>
            {action.busy === "accept" ? t("editor.decisions.accepting") : t("editor.decisions.accept")}
          </button>
          <button type="button" className="button button--secondary button--small" aria-disabled={action.busy !== null || undefined} onMouseDown={keep} onClick={() => decide("reject")}>
            {action.busy === "reject" ? t("editor.decisions.rejecting") : t("editor.decisions.reject")}
          </button>
          {action.error && <span className="selection-decisions__error" role="alert">{action.error}</span>}
        </div>
      )}
      <StatusMessage message={said} />
    </>
  );
}
