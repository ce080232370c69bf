import { Hono } from "hono";
import type { AuthedEnv } from "../env";
import { requireAuth } from "../middleware/session";
import { presentMe } from "../presenters";

export const meRoutes = () =>
  new Hono<AuthedEnv>().use(requireAuth).get("/", (c) => c.json({ user: presentMe(c.get("user")) }, 200));
