import { Hono } from "hono";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AuthedEnv } from "../env";
import { requireAuth, requireRight } from "../middleware/session";
import { jsonBody, params } from "../validate";
import { AppError, forbidden, notFound } from "../errors";
import { IdSchema } from "../../../shared/api/users";
import { CommentCreateSchema, ThreadCreateSchema } from "../../../shared/api/threads";
import { canComment, canDeleteComment, canEditComment } from "../../../shared/rights";
import { actorOf } from "../middleware/session";
import { newId } from "../../store/ids";
import { resolveRange } from "../../collab/ranges";
import { sectionRootName } from "../../../shared/collab/protocol";
import { readSection } from "../../../shared/editor/content";
import { suggestionRuns } from "../../../shared/editor/suggestions";
import type { ThreadRow } from "../../store/threads";
import type { UserWithGroups } from "../../store/users";
import { notifyForComment, presentThreads, publishThread, validateMentions } from "../../services/threads";

const DocumentParams = z.object({ id: IdSchema });
const ThreadParams = z.object({ id: IdSchema, threadId: IdSchema });
const CommentParams = z.object({ id: IdSchema, threadId: IdSchema, commentId: IdSchema });

/** Comment threads of a document, mounted at /api/documents/:id/threads. */
export const threadRoutes = (deps: Deps) => {
  async function threadOf(documentId: string, threadId: string) {
    const thread = await deps.store.threads.byId(threadId);
    if (!thread || thread.document_id !== documentId) throw notFound("thread");
    return thread;
  }

  /** A comment added to a thread: stored, audited, and the people in the thread and those mentioned told. */
  async function addComment(thread: ThreadRow, user: UserWithGroups, input: { body: string; mentions: { userIds: string[]; groupIds: string[] } }) {
    const mentions = await validateMentions(deps.store, input.mentions);
    const now = deps.clock.now();
    const comment = { id: newId(), thread_id: thread.id, author_id: user.id, body: input.body, mentions, created_at: now, edited_at: null, deleted_at: null };
    await notifyForComment(deps, thread, comment, true);
    await deps.store.transaction(async (tx) => {
      await tx.threads.insertComment(comment);
      await tx.audit.record({ at: now, actorId: user.id, action: "comment.create", target: comment.id, detail: { documentId: thread.document_id, threadId: thread.id } });
    });
    return publishThread(deps, thread.document_id, thread.id, user.id);
  }

  return new Hono<AuthedEnv>()
    .use(requireAuth)
    .use(requireRight(canComment))
    .get("/", params(DocumentParams), async (c) => {
      const { id } = c.req.valid("param");
      if (!(await deps.store.documents.byId(id))) throw notFound("document");
      const threads = await deps.rooms.withRoom(id, async (room) => presentThreads(deps.store, await deps.store.threads.forDocument(id), room.doc));
      return c.json({ threads }, 200);
    })
    .post("/", params(DocumentParams), jsonBody(ThreadCreateSchema), async (c) => {
      const { id } = c.req.valid("param");
      const input = c.req.valid("json");
      const user = c.get("user");
      if (!(await deps.store.documents.section(id, input.sectionId))) throw notFound("section");
      const suggestionId = input.suggestionId ?? null;
      await deps.rooms.withRoom(id, async (room) => {
        const range = resolveRange(room.doc, input.anchor.start, input.anchor.end);
        if (!range || range.root !== sectionRootName(input.sectionId)) {
          throw new AppError(400, "validation_failed", "selection.moved");
        }
        if (suggestionId !== null && !suggestionRuns(readSection(room.doc.getXmlFragment(range.root))).some((run) => run.id === suggestionId)) {
          throw new AppError(409, "conflict", "suggestions.oneNoLongerOpen");
        }
      });
      // A suggestion has one conversation: a second "first reply" joins the thread already there.
      const existing = suggestionId === null ? undefined : await deps.store.threads.openForSuggestion(id, suggestionId);
      if (existing && existing.section_id === input.sectionId) return c.json({ thread: await addComment(existing, user, input) }, 201);
      const mentions = await validateMentions(deps.store, input.mentions);
      const now = deps.clock.now();
      const threadId = newId();
      const thread = {
        id: threadId,
        document_id: id,
        section_id: input.sectionId,
        anchor_start: input.anchor.start,
        anchor_end: input.anchor.end,
        quote: input.quote,
        status: "open" as const,
        created_by: user.id,
        created_at: now,
        resolved_by: null,
        resolved_at: null,
        suggestion_id: suggestionId,
      };
      const comment = { id: newId(), thread_id: threadId, author_id: user.id, body: input.body, mentions, created_at: now, edited_at: null, deleted_at: null };
      await deps.store.transaction(async (tx) => {
        await tx.threads.insert(thread);
        await tx.threads.insertComment(comment);
        await tx.audit.record({ at: now, actorId: user.id, action: "thread.create", target: threadId, detail: { documentId: id, sectionId: input.sectionId } });
      });
      await notifyForComment(deps, thread, comment, false);
      return c.json({ thread: await publishThread(deps, id, threadId, user.id) }, 201);
    })
    .post("/:threadId/comments", params(ThreadParams), jsonBody(CommentCreateSchema), async (c) => {
      const { id, threadId } = c.req.valid("param");
      const input = c.req.valid("json");
      const user = c.get("user");
      return c.json({ thread: await addComment(await threadOf(id, threadId), user, input) }, 201);
    })
    .patch("/:threadId/comments/:commentId", params(CommentParams), jsonBody(CommentCreateSchema), async (c) => {
      const { id, threadId, commentId } = c.req.valid("param");
      const input = c.req.valid("json");
      const user = c.get("user");
      await threadOf(id, threadId);
      const comment = await deps.store.threads.comment(commentId);
      if (!comment || comment.thread_id !== threadId || comment.deleted_at !== null) throw notFound("comment");
      if (!canEditComment(actorOf(user), comment.author_id)) throw forbidden("forbidden.editOwnComments");
      const now = deps.clock.now();
      await deps.store.threads.updateComment(commentId, { body: input.body, mentions: await validateMentions(deps.store, input.mentions), edited_at: now });
      await deps.store.audit.record({ at: now, actorId: user.id, action: "comment.edit", target: commentId, detail: { documentId: id, threadId } });
      return c.json({ thread: await publishThread(deps, id, threadId, user.id) }, 200);
    })
    .delete("/:threadId/comments/:commentId", params(CommentParams), async (c) => {
      const { id, threadId, commentId } = c.req.valid("param");
      const user = c.get("user");
      await threadOf(id, threadId);
      const comment = await deps.store.threads.comment(commentId);
      if (!comment || comment.thread_id !== threadId || comment.deleted_at !== null) throw notFound("comment");
      if (!canDeleteComment(actorOf(user), comment.author_id)) throw forbidden("forbidden.deleteOwnComments");
      const now = deps.clock.now();
      await deps.store.threads.updateComment(commentId, { deleted_at: now });
      await deps.store.audit.record({ at: now, actorId: user.id, action: "comment.delete", target: commentId, detail: { documentId: id, threadId } });
      return c.json({ thread: await publishThread(deps, id, threadId, user.id) }, 200);
    })
    .post("/:threadId/resolve", params(ThreadParams), async (c) => {
      const { id, threadId } = c.req.valid("param");
      const user = c.get("user");
      const thread = await threadOf(id, threadId);
      if (thread.status === "resolved") throw new AppError(409, "conflict", "threads.alreadyResolved");
      const now = deps.clock.now();
      await deps.store.threads.update(threadId, { status: "resolved", resolved_by: user.id, resolved_at: now });
      await deps.store.audit.record({ at: now, actorId: user.id, action: "thread.resolve", target: threadId, detail: { documentId: id } });
      return c.json({ thread: await publishThread(deps, id, threadId, user.id) }, 200);
    })
    .post("/:threadId/reopen", params(ThreadParams), async (c) => {
      const { id, threadId } = c.req.valid("param");
      const user = c.get("user");
      const thread = await threadOf(id, threadId);
      if (thread.status === "open") throw new AppError(409, "conflict", "threads.alreadyOpen");
      const now = deps.clock.now();
      await deps.store.threads.update(threadId, { status: "open", resolved_by: null, resolved_at: null });
      await deps.store.audit.record({ at: now, actorId: user.id, action: "thread.reopen", target: threadId, detail: { documentId: id } });
      return c.json({ thread: await publishThread(deps, id, threadId, user.id) }, 200);
    });
};
