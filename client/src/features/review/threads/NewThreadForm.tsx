import type { SelectedText } from "../../../review/editorAnchors";
import { api, unwrap } from "../../../api/client";
import { shortQuote } from "../../../review/quote";
import { CommentForm, type CommentInput } from "./CommentForm";

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
    <div className="new-thread" role="group" aria-label="New comment">
      <p className="new-thread__title">New comment on:</p>
      <blockquote className="thread__quote">{shortQuote(selection.text)}</blockquote>
      <CommentForm label="Your comment" submitLabel="Comment" busyLabel="Sending…" onSubmit={create} onCancel={onCancel} autoFocus />
    </div>
  );
}
