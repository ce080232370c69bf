import { useRef } from "react";
import type { ThreadView } from "../../../../../shared/api/threads";
import { api, unwrap } from "../../../api/client";
import { useFormats, useRichT, useT } from "../../../i18n/useLocale";
import { bdi, hidden } from "../../../i18n/tags";
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
  const t = useT();
  const rich = useRichT();
  const formats = useFormats();
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
      aria-label={first ? t("review.thread.labelWithText", { name: thread.createdBy.name, text: first.body.slice(0, 60) }) : t("review.thread.label", { name: thread.createdBy.name })}
    >
      {thread.quote && (
        <blockquote className="thread__quote" dir="auto" onClick={detached ? undefined : onActivate}>
          {/* A bdi: the quote's own words, not this label, decide its direction (dir="auto"). */}
          <bdi className="visually-hidden">{t("review.thread.onText")} </bdi>
          {shortQuote(thread.quote)}
        </blockquote>
      )}
      <CommentList documentId={documentId} thread={thread} onDeleted={() => article.current?.focus()} />
      {!open && thread.resolvedBy && thread.resolvedAt && (
        <p className="thread__resolved">
          {rich("review.thread.resolvedBy", { name: thread.resolvedBy.name, bdi, time: <time dateTime={thread.resolvedAt}>{formats.dateTime(thread.resolvedAt)}</time> })}
        </p>
      )}
      <div className="thread__actions">
        {!detached && open && (
          <button type="button" className="button button--link" aria-pressed={active} onClick={onActivate}>
            {t("review.showInText")}
          </button>
        )}
        <button type="button" className="button button--secondary button--small" aria-disabled={action.busy !== null || undefined} onClick={() => void toggleResolved()}>
          {rich(open ? "review.thread.resolve" : "review.thread.reopen", { hidden })}
        </button>
      </div>
      {action.error && (
        <p className="field__error" role="alert">
          {action.error}
        </p>
      )}
      {open && <CommentForm label={t("review.thread.reply")} submitLabel={t("review.thread.reply")} busyLabel={t("review.comment.sending")} onSubmit={reply} resetAfterSubmit rows={2} />}
    </article>
  );
}
