import { useEffect, useRef, useState } from "react";
import type * as Y from "yjs";
import type { ThreadView } from "../../../../shared/api/threads";
import { api, unwrap } from "../../api/client";
import { ApiError } from "../../api/apiError";
import { CommentList } from "../review/threads/CommentList";
import { CommentForm, type CommentInput } from "../review/threads/CommentForm";
import { threadElementId } from "../review/threads/ThreadItem";
import { suggestionAnchor } from "./suggestionAnchor";
import { useRichT, useT } from "../../i18n/useLocale";
import { hidden } from "../../i18n/tags";

interface Props {
  documentId: string;
  sectionId: string;
  suggestionId: string;
  doc: Y.Doc | null;
  /** The suggestion's conversation, once someone has replied. */
  thread: ThreadView | null;
}

const QUOTE_LIMIT = 2000;

/**
 * Replies to a suggestion: an ordinary comment thread on its words (started by the first reply), shown on the
 * card while the suggestion is open and among the comments once it is decided.
 */
export function SuggestionReplies({ documentId, sectionId, suggestionId, doc, thread }: Props) {
  const t = useT();
  const rich = useRichT();
  const [writing, setWriting] = useState(false);
  const replyButton = useRef<HTMLButtonElement>(null);
  const conversation = useRef<HTMLDivElement>(null);
  const live = thread?.status === "open" ? thread : null;

  const [refocus, setRefocus] = useState(false);
  const stopWriting = () => {
    setWriting(false);
    setRefocus(true);
  };
  // Once the form has gone (React may render after the next frame), the keyboard goes back to the Reply button.
  useEffect(() => {
    if (!refocus || !replyButton.current) return;
    setRefocus(false);
    replyButton.current.focus();
  });

  async function send(input: CommentInput) {
    if (live) {
      await unwrap(api.api.documents[":id"].threads[":threadId"].comments.$post({ param: { id: documentId, threadId: live.id }, json: input }));
    } else {
      const found = doc ? suggestionAnchor(doc, sectionId, suggestionId) : null;
      if (!found) throw new ApiError(409, "conflict", t("suggestions.replies.gone"));
      await unwrap(
        api.api.documents[":id"].threads.$post({
          param: { id: documentId },
          json: { sectionId, anchor: found.anchor, quote: found.text.slice(0, QUOTE_LIMIT), suggestionId, ...input },
        }),
      );
    }
    stopWriting();
  }

  const comments = thread?.comments ?? [];
  return (
    <div className="suggestion-replies">
      {thread && comments.length > 0 && (
        <div
          ref={conversation}
          id={threadElementId(thread.id)}
          className="suggestion-replies__thread"
          tabIndex={-1}
          role="group"
          aria-label={t("suggestions.replies.count", { count: comments.length })}
        >
          <CommentList documentId={documentId} thread={thread} onDeleted={() => conversation.current?.focus()} />
        </div>
      )}
      {writing ? (
        <CommentForm label={t("suggestions.replies.label")} submitLabel={t("suggestions.replies.submit")} busyLabel={t("suggestions.replies.sending")} onSubmit={send} onCancel={stopWriting} autoFocus rows={2} />
      ) : (
        <button ref={replyButton} type="button" className="button button--link suggestion-replies__open" onClick={() => setWriting(true)}>
          {rich("suggestions.replies.open", { hidden })}
        </button>
      )}
    </div>
  );
}
