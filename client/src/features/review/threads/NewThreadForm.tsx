import type { SelectedText } from "../../../review/editorAnchors";
import { api, unwrap } from "../../../api/client";
import { shortQuote } from "../../../review/quote";
import { CommentForm, type CommentInput } from "./CommentForm";
import { useT } from "../../../i18n/useLocale";

interface Props {
  documentId: string;
  sectionId: string;
  selection: SelectedText;
  onCreated(threadId: string): void;
  onCancel(): void;
}

const QUOTE_LIMIT = 2000;

/** The first comment of a new thread on the selected text. */
export function NewThreadForm({ documentId, sectionId, selection, onCreated, onCancel }: Props) {
  const t = useT();
  async function create(input: CommentInput) {
    const { thread } = await unwrap(
      api.api.documents[":id"].threads.$post({
        param: { id: documentId },
        json: { sectionId, anchor: selection.anchor, quote: selection.text.slice(0, QUOTE_LIMIT), ...input },
      }),
    );
    onCreated(thread.id);
  }

  return (
    <div className="new-thread" role="group" aria-label={t("review.newThread.label")}>
      <p className="new-thread__title">{t("review.newThread.title")}</p>
      <blockquote className="thread__quote" dir="auto">{shortQuote(selection.text)}</blockquote>
      <CommentForm label={t("review.newThread.field")} submitLabel={t("review.newThread.submit")} busyLabel={t("review.comment.sending")} onSubmit={create} onCancel={onCancel} autoFocus />
    </div>
  );
}
