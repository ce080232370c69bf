import type { Repos } from "../store/store";
import type { NotificationRow } from "../store/threads";
import { newId } from "../store/ids";

/** What happened, where and with what outcome: enough for the inbox to say it in words and link to the place. */
export interface NotificationEvent {
  kind: NotificationRow["kind"];
  documentId: string;
  actorId: string | null;
  threadId?: string | null;
  commentId?: string | null;
  sectionId?: string | null;
  suggestionId?: string | null;
  amendmentId?: string | null;
  /** accepted, rejected, proposed, approved, changes_requested, reopened. */
  outcome?: string | null;
  note?: string | null;
  /** Several of one person's things decided at once. */
  count?: number;
}

/** "3. A properly resourced Forum": the section's number in its document and its title, as they are now. */
export async function sectionLabel(repos: Repos, documentId: string, sectionId: string): Promise<string | null> {
  const section = (await repos.needs.sectionIndex([documentId])).get(sectionId);
  return section ? `${section.number}. ${section.title}` : ((await repos.documents.section(documentId, sectionId))?.title ?? null);
}

/** One inbox entry per person; never to the person who caused it. */
export async function notifyUsers(repos: Repos, userIds: Iterable<string>, event: NotificationEvent, now: number): Promise<void> {
  const recipients = [...new Set(userIds)].filter((id) => id !== event.actorId);
  if (recipients.length === 0) return;
  const label = event.sectionId ? await sectionLabel(repos, event.documentId, event.sectionId) : null;
  const actorName = event.actorId ? ((await repos.users.people([event.actorId])).get(event.actorId)?.name ?? null) : null;
  const rows: NotificationRow[] = recipients.map((userId) => ({
    id: newId(),
    user_id: userId,
    kind: event.kind,
    document_id: event.documentId,
    thread_id: event.threadId ?? null,
    comment_id: event.commentId ?? null,
    actor_id: event.actorId,
    created_at: now,
    read_at: null,
    section_id: event.sectionId ?? null,
    section_label: label,
    suggestion_id: event.suggestionId ?? null,
    amendment_id: event.amendmentId ?? null,
    outcome: event.outcome ?? null,
    note: event.note ? event.note.slice(0, 2000) : null,
    actor_name: actorName,
    item_count: event.count ?? 1,
  }));
  await repos.notifications.insert(rows);
}

export async function notifyGroup(repos: Repos, groupId: string, event: NotificationEvent, now: number): Promise<void> {
  const members = await repos.groups.members(groupId);
  await notifyUsers(repos, members.map((m) => m.id), event, now);
}
