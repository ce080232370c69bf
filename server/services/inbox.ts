import type { Repos } from "../store/store";
import type { NotificationRow } from "../store/threads";
import { NOTIFICATION_OUTCOMES, type NotificationView } from "../../shared/api/inbox";

const OUTCOMES = new Set<string>(NOTIFICATION_OUTCOMES);

/**
 * Inbox entries as the person reads them: names, the document's title, the section as it was then, outcome and
 * note; never raw ids in place of words. A fixed number of queries for any number of entries.
 */
export async function presentNotifications(repos: Repos, rows: readonly NotificationRow[]): Promise<NotificationView[]> {
  const [titles, comments, actors] = await Promise.all([
    repos.needs.documentTitles(rows.map((r) => r.document_id)),
    repos.threads.commentsByIds(rows.flatMap((r) => (r.comment_id ? [r.comment_id] : []))),
    repos.users.people(rows.map((r) => r.actor_id ?? "")),
  ]);
  const commentById = new Map(comments.map((c) => [c.id, c]));
  return rows.map((r) => {
    const comment = r.comment_id ? commentById.get(r.comment_id) : undefined;
    const actorName = r.actor_id ? (actors.get(r.actor_id)?.name ?? r.actor_name ?? "Former member") : null;
    return {
      id: r.id,
      kind: r.kind,
      documentId: r.document_id,
      documentTitle: titles.get(r.document_id) ?? "A document since deleted",
      sectionId: r.section_id,
      sectionLabel: r.section_label,
      threadId: r.thread_id,
      commentId: r.comment_id,
      suggestionId: r.suggestion_id,
      amendmentId: r.amendment_id,
      outcome: r.outcome !== null && OUTCOMES.has(r.outcome) ? (r.outcome as NotificationView["outcome"]) : null,
      note: r.note ?? "",
      count: Math.max(1, Number(r.item_count)),
      actor: r.actor_id && actorName ? { id: r.actor_id, name: actorName } : null,
      excerpt: comment && comment.deleted_at === null ? comment.body.slice(0, 200) : "",
      createdAt: new Date(r.created_at).toISOString(),
      read: r.read_at !== null,
    };
  });
}
