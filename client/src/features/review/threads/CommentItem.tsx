import { useRef, useState } from "react";
import type { CommentView } from "../../../../../shared/api/threads";
import { api, unwrap } from "../../../api/client";
import { toApiError } from "../../../api/apiError";
import { formatDateTime } from "../../../ui/formatDate";
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
  const whose = mine ? " your comment" : ` ${comment.author.name}’s comment`;
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
          <span className="comment__author">{comment.author.name}</span>
        </p>
        <p className="comment__body muted">Comment deleted.</p>
      </li>
    );
  }
  return (
    <li className="comment">
      <p className="comment__meta">
        <span className="comment__author">{comment.author.name}</span>{" "}
        <time className="comment__time" dateTime={comment.createdAt}>
          {formatDateTime(comment.createdAt)}
        </time>
        {comment.editedAt && <span className="comment__edited"> (edited)</span>}
      </p>
      {editing ? (
        <CommentForm
          label="Edit your comment"
          submitLabel="Save"
          busyLabel="Saving…"
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
                {mine ? "Delete this comment?" : `Delete ${comment.author.name}’s comment? The thread shows that a comment was deleted.`}
              </span>
              <button type="button" className="button button--danger button--small" aria-describedby={`confirm-${comment.id}`} onClick={() => void remove()} autoFocus>
                Delete
              </button>
              <button type="button" className="button button--link" onClick={() => setConfirming(false)}>
                Keep it
              </button>
            </>
          ) : (
            <>
              {mayEdit && (
                <button ref={editButton} type="button" className="button button--link" onClick={() => setEditing(true)}>
                  Edit<span className="visually-hidden">{whose}</span>
                </button>
              )}
              {mayDelete && (
                <button type="button" className="button button--link" onClick={() => setConfirming(true)}>
                  Delete<span className="visually-hidden">{whose}</span>
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
