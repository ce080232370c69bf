import { useRef, useState } from "react";
import type { CommentView } from "../../../../../shared/api/threads";
import { api, unwrap } from "../../../api/client";
import { toApiError } from "../../../api/apiError";
import { useFormats, useRichT, useT } from "../../../i18n/useLocale";
import { bdi, hidden } from "../../../i18n/tags";
import type { Mentionable } from "../../../review/mentionQuery";
import { CommentBody } from "./CommentBody";
import { CommentForm, type CommentInput } from "./CommentForm";

interface Props {
  documentId: string;
  threadId: string;
  comment: CommentView;
  /** Written by the reader. */
  mine: boolean;
  /** By the shared rules: its author edits it; its author and the secretariat delete it. */
  mayEdit: boolean;
  mayDelete: boolean;
  /** The comment is gone (and the Delete button with it): the thread takes the keyboard focus. */
  onDeleted(): void;
}

const mentionablesOf = (comment: CommentView): Mentionable[] => [
  ...comment.mentions.users.map((u): Mentionable => ({ kind: "user", id: u.id, name: u.name, detail: "" })),
  ...comment.mentions.groups.map((g): Mentionable => ({ kind: "group", id: g.id, name: g.name, detail: g.slug })),
];

/** One comment: who, when, what; its author may edit or delete it, the secretariat delete it. */
export function CommentItem({ documentId, threadId, comment, mine, mayEdit, mayDelete, onDeleted }: Props) {
  const t = useT();
  const rich = useRichT();
  const formats = useFormats();
  const name = comment.author.name;
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const param = { id: documentId, threadId, commentId: comment.id };

  async function save(input: CommentInput) {
    await unwrap(api.api.documents[":id"].threads[":threadId"].comments[":commentId"].$patch({ param, json: input }));
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  }

  async function remove() {
    setError(null);
    try {
      await unwrap(api.api.documents[":id"].threads[":threadId"].comments[":commentId"].$delete({ param }));
      onDeleted();
    } catch (failure) {
      setError(toApiError(failure).message);
      setConfirming(false);
    }
  }

  if (comment.deleted) {
    return (
      <li className="comment comment--deleted">
        <p className="comment__meta">
          <bdi className="comment__author">{comment.author.name}</bdi>
        </p>
        <p className="comment__body muted">{t("review.comment.deleted")}</p>
      </li>
    );
  }
  return (
    <li className="comment">
      <p className="comment__meta">
        <bdi className="comment__author">{comment.author.name}</bdi>{" "}
        <time className="comment__time" dateTime={comment.createdAt}>
          {formats.dateTime(comment.createdAt)}
        </time>
        {comment.editedAt && <span className="comment__edited">{t("review.comment.edited")}</span>}
      </p>
      {editing ? (
        <CommentForm
          label={t("review.comment.editLabel")}
          submitLabel={t("review.comment.save")}
          busyLabel={t("review.comment.saving")}
          initialBody={comment.body}
          initialMentions={mentionablesOf(comment)}
          onSubmit={save}
          onCancel={() => {
            setEditing(false);
            requestAnimationFrame(() => editButton.current?.focus());
          }}
          autoFocus
        />
      ) : (
        <CommentBody comment={comment} />
      )}
      {(mayEdit || mayDelete) && !editing && (
        <div className="comment__actions">
          {confirming ? (
            <>
              <span className="comment__confirm" id={`confirm-${comment.id}`}>
                {mine ? t("review.comment.confirmDeleteOwn") : rich("review.comment.confirmDelete", { name, bdi })}
              </span>
              <button type="button" className="button button--danger button--small" aria-describedby={`confirm-${comment.id}`} onClick={() => void remove()} autoFocus>
                {t("review.comment.delete")}
              </button>
              <button type="button" className="button button--link" onClick={() => setConfirming(false)}>
                {t("review.comment.keep")}
              </button>
            </>
          ) : (
            <>
              {mayEdit && (
                <button ref={editButton} type="button" className="button button--link" onClick={() => setEditing(true)}>
                  {mine ? rich("review.comment.editOwn", { hidden }) : rich("review.comment.editOther", { name, hidden })}
                </button>
              )}
              {mayDelete && (
                <button type="button" className="button button--link" onClick={() => setConfirming(true)}>
                  {mine ? rich("review.comment.deleteOwn", { hidden }) : rich("review.comment.deleteOther", { name, hidden })}
                </button>
              )}
            </>
          )}
        </div>
      )}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
