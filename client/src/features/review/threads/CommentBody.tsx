import type { CommentView } from "../../../../../shared/api/threads";

/** A comment's text, its @mentions marked out (in weight and in the words themselves, "@Name"). */
export function CommentBody({ comment }: { comment: CommentView }) {
  const names = [...comment.mentions.users, ...comment.mentions.groups].map((m) => `@${m.name}`).sort((a, b) => b.length - a.length);
  if (names.length === 0) return (
      <p className="comment__body" dir="auto">
        {comment.body}
      </p>
    );
  const pattern = new RegExp(`(${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`, "g");
  return (
    <p className="comment__body" dir="auto">
      {comment.body.split(pattern).map((part, index) =>
        names.includes(part) ? (
          <strong key={index} className="mention">
            {part}
          </strong>
        ) : (
          part
        ),
      )}
    </p>
  );
}
