import { Hono } from "hono";
import type { Deps } from "../../deps";
import type { AuthedEnv } from "../env";
import { requireAuth } from "../middleware/session";
import { presentMe } from "../presenters";
import { query } from "../validate";
import { NeedsQuerySchema } from "../../../shared/api/inbox";
import { needsOf } from "../../services/needs";

/** The signed-in person, mounted at /api/me; `/needs` is what needs them, for the landing page. */
export const meRoutes = (deps: Deps) =>
  new Hono<AuthedEnv>()
    .use(requireAuth)
    .get("/", (c) => c.json({ user: presentMe(c.get("user")) }, 200))
    .get("/needs", query(NeedsQuerySchema), async (c) => c.json(await needsOf(deps, c.get("user"), c.req.valid("query").limit), 200));
