import { Hono } from "hono";
import type { Deps } from "../../deps";
import type { AuthedEnv } from "../env";
import { requireAuth } from "../middleware/session";
import { presentMe } from "../presenters";
import { jsonBody, query } from "../validate";
import { SetLocaleSchema } from "../../../shared/api/auth";
import { NeedsQuerySchema } from "../../../shared/api/inbox";
import { needsOf } from "../../services/needs";

/**
 * The signed-in person, mounted at /api/me; `/needs` is what needs them, for the landing page; `/locale` the
 * interface language they chose.
 */
export const meRoutes = (deps: Deps) =>
  new Hono<AuthedEnv>()
    .use(requireAuth)
    .get("/", (c) => c.json({ user: presentMe(c.get("user")) }, 200))
    .get("/needs", query(NeedsQuerySchema), async (c) => c.json(await needsOf(deps, c.get("user"), c.req.valid("query").limit), 200))
    .put("/locale", jsonBody(SetLocaleSchema), async (c) => {
      const { locale } = c.req.valid("json");
      const user = c.get("user");
      await deps.store.users.update(user.id, { locale });
      // Open documents hear it too: the next refusal is written in the new language.
      await deps.sync.refreshUser(user.id);
      return c.json({ user: presentMe({ ...user, locale }) }, 200);
    });
