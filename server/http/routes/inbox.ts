import { Hono } from "hono";
import type { Deps } from "../../deps";
import type { AuthedEnv } from "../env";
import { requireAuth } from "../middleware/session";
import { jsonBody } from "../validate";
import { InboxReadSchema, type NotificationView } from "../../../shared/api/threads";

/** The signed-in person's mentions, replies and decisions, mounted at /api/inbox. */
export const inboxRoutes = (deps: Deps) =>
  new Hono<AuthedEnv>()
    .use(requireAuth)
    .get("/", async (c) => {
      const user = c.get("user");
      const rows = await deps.store.notifications.forUser(user.id, 100);
      const documents = new Map((await deps.store.documents.list()).map((d) => [d.id, d.title]));
      const commentIds = rows.map((r) => r.comment_id).filter((id): id is string => id !== null);
      const comments = new Map((await Promise.all(commentIds.map((id) => deps.store.threads.comment(id)))).filter((x) => x).map((x) => [x!.id, x!]));
      const actors = await deps.store.users.people(rows.map((r) => r.actor_id ?? ""));
      const notifications: NotificationView[] = rows.map((r) => {
        const comment = r.comment_id ? comments.get(r.comment_id) : undefined;
        return {
          id: r.id,
          kind: r.kind,
          documentId: r.document_id,
          documentTitle: documents.get(r.document_id) ?? "A document",
          threadId: r.thread_id,
          commentId: r.comment_id,
          actor: r.actor_id && actors.has(r.actor_id) ? { id: r.actor_id, name: actors.get(r.actor_id)!.name } : null,
          excerpt: comment && comment.deleted_at === null ? comment.body.slice(0, 200) : "",
          createdAt: new Date(r.created_at).toISOString(),
          read: r.read_at !== null,
        };
      });
      return c.json({ notifications, unread: await deps.store.notifications.unreadCount(user.id) }, 200);
    })
    // The header badge asks often: only the count.
    .get("/unread", async (c) => c.json({ unread: await deps.store.notifications.unreadCount(c.get("user").id) }, 200))
    .post("/read", jsonBody(InboxReadSchema), async (c) => {
      const { ids } = c.req.valid("json");
      const user = c.get("user");
      await deps.store.notifications.markRead(user.id, ids, deps.clock.now());
      return c.json({ unread: await deps.store.notifications.unreadCount(user.id) }, 200);
    });
