import type { ThreadView } from "../../../../../shared/api/threads";
import { canDeleteComment, canEditComment } from "../../../../../shared/rights";
import { actorOf, useCurrentUser } from "../../../session/useSession";
import { CommentItem } from "./CommentItem";

interface Props {
  documentId: string;
  thread: ThreadView;
  /** A comment was deleted (and its Delete button with it): where the keyboard goes. */
  onDeleted(): void;
}

/** A thread's comments, oldest first; each person may edit or delete their own, and the secretariat delete any. */
export function CommentList({ documentId, thread, onDeleted }: Props) {
  const actor = actorOf(useCurrentUser());
  return (
    <ol className="thread__comments">
      {thread.comments.map((comment) => (
        <CommentItem
          key={comment.id}
          documentId={documentId}
          threadId={thread.id}
          comment={comment}
          mine={comment.author.id === actor.id}
          mayEdit={canEditComment(actor, comment.author.id)}
          mayDelete={canDeleteComment(actor, comment.author.id)}
          onDeleted={onDeleted}
        />
      ))}
    </ol>
  );
}
