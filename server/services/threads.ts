import type * as Y from "yjs";
import type { Deps } from "../deps";
import type { Repos } from "../store/store";
import type { CommentRow, ThreadRow } from "../store/threads";
import type { CommentView, PersonRef, ThreadView } from "../../shared/api/threads";
import { threadsMap } from "../../shared/collab/review";
import { resolveRange, textOfRange } from "../collab/ranges";
import { AppError } from "../http/errors";
import { notifyUsers } from "./notifications";

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export interface Mentions {
  userIds: string[];
  groupIds: string[];
}


/** Checks mentioned people and groups exist; returns them stored as JSON. */
export async function validateMentions(repos: Repos, mentions: Mentions): Promise<string> {
  for (const id of mentions.userIds) if (!(await repos.users.byId(id))) throw new AppError(400, "validation_failed", "mentions.personMissing");
  const groups = await repos.groups.byIds(mentions.groupIds);
  if (groups.length !== new Set(mentions.groupIds).size) throw new AppError(400, "validation_failed", "mentions.groupMissing");
  return JSON.stringify({ userIds: [...new Set(mentions.userIds)], groupIds: [...new Set(mentions.groupIds)] });
}

/** Everyone a comment's mentions reach: the people named and the members of the groups named. */
export async function mentionedUsers(repos: Repos, mentionsJson: string): Promise<string[]> {
  const mentions = JSON.parse(mentionsJson) as Mentions;
  const users = new Set(mentions.userIds);
  for (const groupId of mentions.groupIds) for (const member of await repos.groups.members(groupId)) users.add(member.id);
  return [...users];
}

export async function presentThreads(repos: Repos, threads: ThreadRow[], doc: Y.Doc | null): Promise<ThreadView[]> {
  const comments = await repos.threads.comments(threads.map((t) => t.id));
  const mentionIds = comments.map((c) => JSON.parse(c.mentions) as Mentions);
  const names: Map<string, PersonRef> = await repos.users.people([
    ...threads.flatMap((t) => [t.created_by, t.resolved_by ?? ""]),
    ...comments.map((c) => c.author_id),
    ...mentionIds.flatMap((m) => m.userIds),
  ]);
  const groups = new Map((await repos.groups.byIds([...new Set(mentionIds.flatMap((m) => m.groupIds))])).map((g) => [g.id, g]));
  // Only id and name: a thread is read by everyone, emails are not.
  const person = (id: string): PersonRef => ({ id, name: names.get(id)?.name ?? "Former member" });
  const presentComment = (c: CommentRow, mentions: Mentions): CommentView => ({
    id: c.id,
    author: person(c.author_id),
    body: c.deleted_at === null ? c.body : "",
    mentions: {
      users: mentions.userIds.map(person),
      groups: mentions.groupIds.flatMap((id) => (groups.get(id) ? [{ id, slug: groups.get(id)!.slug, name: groups.get(id)!.name }] : [])),
    },
    createdAt: iso(c.created_at)!,
    editedAt: iso(c.edited_at),
    deleted: c.deleted_at !== null,
  });
  return threads.map((t) => {
    const range = doc ? resolveRange(doc, t.anchor_start, t.anchor_end) : null;
    const detached = doc !== null && (range === null || (t.quote.length > 0 && textOfRange(range).trim().length === 0));
    return {
      id: t.id,
      documentId: t.document_id,
      sectionId: t.section_id,
      anchor: { start: t.anchor_start, end: t.anchor_end },
      quote: t.quote,
      status: t.status,
      detached,
      createdBy: person(t.created_by),
      createdAt: iso(t.created_at)!,
      resolvedBy: t.resolved_by ? person(t.resolved_by) : null,
      resolvedAt: iso(t.resolved_at),
      comments: comments.flatMap((c, i) => (c.thread_id === t.id ? [presentComment(c, mentionIds[i]!)] : [])),
      ...(t.suggestion_id === null ? {} : { suggestionId: t.suggestion_id }),
    };
  });
}

/** Writes the thread's current view into the live `threads` root, so every open browser sees it. */
export async function publishThread(deps: Deps, documentId: string, threadId: string, actorId: string): Promise<ThreadView> {
  return deps.rooms.withRoom(documentId, async (room) => {
    const thread = (await deps.store.threads.byId(threadId))!;
    const [view] = await presentThreads(deps.store, [thread], room.doc);
    await room.serverChange((doc) => threadsMap(doc).set(threadId, view!), actorId);
    return view!;
  });
}

/** Inbox entries for a new comment: mentions, and replies to everyone already in the thread. */
export async function notifyForComment(deps: Deps, thread: ThreadRow, comment: CommentRow, isReply: boolean): Promise<void> {
  const now = deps.clock.now();
  const event = { documentId: thread.document_id, sectionId: thread.section_id, suggestionId: thread.suggestion_id, threadId: thread.id, commentId: comment.id, actorId: comment.author_id };
  const mentioned = await mentionedUsers(deps.store, comment.mentions);
  await notifyUsers(deps.store, mentioned, { ...event, kind: "mention" }, now);
  if (isReply) {
    const earlier = await deps.store.threads.comments([thread.id]);
    const participants = new Set([thread.created_by, ...earlier.map((c) => c.author_id)]);
    for (const id of mentioned) participants.delete(id);
    await notifyUsers(deps.store, participants, { ...event, kind: "reply" }, now);
  }
}
