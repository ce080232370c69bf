import type { Repos } from "../store/store";
import type { NotificationRow } from "../store/threads";
import { newId } from "../store/ids";

export interface NotificationEvent {
  kind: NotificationRow["kind"];
  documentId: string;
  threadId: string | null;
  commentId: string | null;
  actorId: string | null;
}

/** One inbox entry per person; never to the person who caused it. */
export async function notifyUsers(repos: Repos, userIds: Iterable<string>, event: NotificationEvent, now: number): Promise<void> {
  const rows: NotificationRow[] = [];
  for (const userId of new Set(userIds)) {
    if (userId === event.actorId) continue;
    rows.push({
      id: newId(),
      user_id: userId,
      kind: event.kind,
      document_id: event.documentId,
      thread_id: event.threadId,
      comment_id: event.commentId,
      actor_id: event.actorId,
      created_at: now,
      read_at: null,
    });
  }
  await repos.notifications.insert(rows);
}

export async function notifyGroup(repos: Repos, groupId: string, event: NotificationEvent, now: number): Promise<void> {
  const members = await repos.groups.members(groupId);
  await notifyUsers(repos, members.map((m) => m.id), event, now);
}
