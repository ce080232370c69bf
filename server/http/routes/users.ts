import { Hono } from "hono";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AuthedEnv } from "../env";
import { requireAuth, requireRight } from "../middleware/session";
import { jsonBody, params } from "../validate";
import { AppError, notFound } from "../errors";
import { IdSchema, UserCreateSchema, UserUpdateSchema } from "../../../shared/api/users";
import { canManageUsers } from "../../../shared/rights";
import { presentUser } from "../presenters";
import { hashPassword } from "../../auth/passwords";
import { createUser } from "../../services/users";

const UserParams = z.object({ id: IdSchema });

export const userRoutes = (deps: Deps) =>
  new Hono<AuthedEnv>()
    .use(requireAuth)
    .use(requireRight(canManageUsers, "forbidden.manageAccounts"))
    .get("/", async (c) => c.json({ users: (await deps.store.users.list()).map(presentUser) }, 200))
    .post("/", jsonBody(UserCreateSchema), async (c) => {
      const input = c.req.valid("json");
      const actor = c.get("user");
      const passwordHash = await hashPassword(input.password);
      const now = deps.clock.now();
      const user = await deps.store.transaction(async (tx) => {
        const created = await createUser(tx, now, { ...input, passwordHash });
        await tx.audit.record({ at: now, actorId: actor.id, action: "user.create", target: created.id, detail: { email: created.email, role: created.role } });
        return created;
      });
      return c.json({ user: presentUser(user) }, 201);
    })
    .patch("/:id", params(UserParams), jsonBody(UserUpdateSchema), async (c) => {
      const { id } = c.req.valid("param");
      const patch = c.req.valid("json");
      const actor = c.get("user");
      const now = deps.clock.now();
      const user = await deps.store.transaction(async (tx) => {
        const existing = await tx.users.byId(id);
        if (!existing) throw notFound("account");
        const losesAdmin =
          existing.role === "admin" && existing.active === 1 && (patch.active === false || (patch.role !== undefined && patch.role !== "admin"));
        if (losesAdmin && (await tx.users.countActiveAdmins()) <= 1) {
          throw new AppError(409, "conflict", "accounts.lastAdmin");
        }
        await tx.users.update(id, {
          ...(patch.name !== undefined && { name: patch.name }),
          ...(patch.role !== undefined && { role: patch.role }),
          ...(patch.active !== undefined && { active: patch.active ? 1 : 0 }),
        });
        if (patch.active === false) await tx.sessions.deleteForUser(id);
        await tx.audit.record({ at: now, actorId: actor.id, action: "user.update", target: id, detail: patch });
        return (await tx.users.byId(id))!;
      });
      if (patch.active === false) deps.sync.disconnectUser(id);
      else if (patch.role !== undefined) await deps.sync.refreshUser(id);
      return c.json({ user: presentUser(user) }, 200);
    });
