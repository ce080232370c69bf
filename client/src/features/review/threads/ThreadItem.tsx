import { useRef } from "react";
import type { ThreadView } from "../../../../../shared/api/threads";
import { api, unwrap } from "../../../api/client";
import { formatDateTime } from "../../../ui/formatDate";
import { shortQuote } from "../../../review/quote";
import { CommentList } from "./CommentList";
import { useAction } from "../../../ui/useAction";
import { CommentForm, type CommentInput } from "./CommentForm";

interface Props {
  documentId: string;
  thread: ThreadView;
  active: boolean;
  /** Its text is gone: nothing to show in the text. */
  detached: boolean;
  onActivate(): void;
}

export const threadElementId = (threadId: string): string => `thread-${threadId}`;

/** A comment thread: the text it is about, its comments, a reply box, resolve or reopen. */
export function ThreadItem({ documentId, thread, active, detached, onActivate }: Props) {
  const action = useAction();
  const article = useRef<HTMLElement>(null);
  const param = { id: documentId, threadId: thread.id };
  const open = thread.status === "open";
  const first = thread.comments[0];

  async function reply(input: CommentInput) {
    await unwrap(api.api.documents[":id"].threads[":threadId"].comments.$post({ param, json: input }));
  }

  async function toggleResolved() {
    const route = api.api.documents[":id"].threads[":threadId"];
    const done = await action.run("resolve", () => unwrap(open ? route.resolve.$post({ param }) : route.reopen.$post({ param })));
    // The thread moves to another group: keep the keyboard on it.
    if (done) requestAnimationFrame(() => document.getElementById(threadElementId(thread.id))?.focus());
  }

  return (
    <article
      ref={article}
      id={threadElementId(thread.id)}
      className={`thread${active ? " thread--active" : ""}${open ? "" : " thread--resolved"}`}
      tabIndex={-1}
      aria-label={`Comment thread started by ${thread.createdBy.name}${first ? `: ${first.body.slice(0, 60)}` : ""}`}
    >
      {thread.quote && (
        <blockquote className="thread__quote" onClick={detached ? undefined : onActivate}>
          <span className="visually-hidden">On the text: </span>
          {shortQuote(thread.quote)}
        </blockquote>
      )}
      <CommentList documentId={documentId} thread={thread} onDeleted={() => article.current?.focus()} />
      {!open && thread.resolvedBy && thread.resolvedAt && (
        <p className="thread__resolved">
          Resolved by {thread.resolvedBy.name}, <time dateTime={thread.resolvedAt}>{formatDateTime(thread.resolvedAt)}</time>
        </p>
      )}
      <div className="thread__actions">
        {!detached && open && (
          <button type="button" className="button button--link" aria-pressed={active} onClick={onActivate}>
            Show in text
          </button>
        )}
        <button type="button" className="button button--secondary button--small" aria-disabled={action.busy !== null || undefined} onClick={() => void toggleResolved()}>
          {open ? "Resolve" : "Reopen"}
          <span className="visually-hidden"> thread</span>
        </button>
      </div>
      {action.error && (
        <p className="field__error" role="alert">
          {action.error}
        </p>
      )}
      {open && <CommentForm label="Reply" submitLabel="Reply" busyLabel="Sending…" onSubmit={reply} resetAfterSubmit rows={2} />}
    </article>
  );
}
