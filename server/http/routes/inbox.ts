import { Hono } from "hono";
import type { Deps } from "../../deps";
import type { AuthedEnv } from "../env";
import { requireAuth } from "../middleware/session";
import { jsonBody } from "../validate";
import { InboxReadSchema } from "../../../shared/api/inbox";
import { presentNotifications } from "../../services/inbox";

/** The signed-in person's mentions, replies and decisions, mounted at /api/inbox. */
export const inboxRoutes = (deps: Deps) =>
  new Hono<AuthedEnv>()
    .use(requireAuth)
    .get("/", async (c) => {
      const user = c.get("user");
      const notifications = await presentNotifications(deps.store, await deps.store.notifications.forUser(user.id, 100));
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
