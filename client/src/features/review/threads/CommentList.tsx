import type { ThreadView } from "../../../../../shared/api/threads";
import { CommentItem } from "./CommentItem";

interface Props {
  documentId: string;
  thread: ThreadView;
  meId: string;
  /** A comment was deleted (and its Delete button with it): where the keyboard goes. */
  onDeleted(): void;
}

/** A thread's comments, oldest first; each person may edit or delete their own. */
export function CommentList({ documentId, thread, meId, onDeleted }: Props) {
  return (
    <ol className="thread__comments">
      {thread.comments.map((comment) => (
        <CommentItem key={comment.id} documentId={documentId} threadId={thread.id} comment={comment} mine={comment.author.id === meId} onDeleted={onDeleted} />
      ))}
    </ol>
  );
}
