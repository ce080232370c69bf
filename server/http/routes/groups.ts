import { Hono } from "hono";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AuthedEnv } from "../env";
import { requireAuth, requireRight } from "../middleware/session";
import { jsonBody, params } from "../validate";
import { notFound } from "../errors";
import { IdSchema } from "../../../shared/api/users";
import { GroupCreateSchema, GroupUpdateSchema, MembershipSchema, type GroupDetail } from "../../../shared/api/groups";
import { canManageGroups, canReadDocuments } from "../../../shared/rights";
import { presentGroup } from "../presenters";
import { createGroup } from "../../services/groups";
import type { Repos } from "../../store/store";

const GroupParams = z.object({ id: IdSchema });
const MemberParams = z.object({ id: IdSchema, userId: IdSchema });
const adminOnly = requireRight(canManageGroups, "forbidden.manageGroups");

async function groupDetail(repos: Repos, id: string): Promise<GroupDetail> {
  const group = await repos.groups.byId(id);
  if (!group) throw notFound("group");
  const members = await repos.groups.members(id);
  return { ...presentGroup({ ...group, member_count: members.length }), members };
}

export const groupRoutes = (deps: Deps) =>
  new Hono<AuthedEnv>()
    .use(requireAuth)
    .use(requireRight(canReadDocuments))
    .get("/", async (c) => c.json({ groups: (await deps.store.groups.list()).map(presentGroup) }, 200))
    .get("/:id", params(GroupParams), async (c) => c.json({ group: await groupDetail(deps.store, c.req.valid("param").id) }, 200))
    .post("/", adminOnly, jsonBody(GroupCreateSchema), async (c) => {
      const input = c.req.valid("json");
      const now = deps.clock.now();
      const group = await deps.store.transaction(async (tx) => {
        const created = await createGroup(tx, now, input);
        await tx.audit.record({ at: now, actorId: c.get("user").id, action: "group.create", target: created.id, detail: { slug: created.slug } });
        return created;
      });
      return c.json({ group: presentGroup({ ...group, member_count: 0 }) }, 201);
    })
    .patch("/:id", adminOnly, params(GroupParams), jsonBody(GroupUpdateSchema), async (c) => {
      const { id } = c.req.valid("param");
      const patch = c.req.valid("json");
      const now = deps.clock.now();
      const group = await deps.store.transaction(async (tx) => {
        if (!(await tx.groups.byId(id))) throw notFound("group");
        await tx.groups.update(id, patch);
        await tx.audit.record({ at: now, actorId: c.get("user").id, action: "group.update", target: id, detail: patch });
        return groupDetail(tx, id);
      });
      return c.json({ group }, 200);
    })
    .post("/:id/members", adminOnly, params(GroupParams), jsonBody(MembershipSchema), async (c) => {
      const { id } = c.req.valid("param");
      const { userId } = c.req.valid("json");
      const now = deps.clock.now();
      const group = await deps.store.transaction(async (tx) => {
        if (!(await tx.groups.byId(id))) throw notFound("group");
        if (!(await tx.users.byId(userId))) throw notFound("account");
        if (await tx.groups.addMember(id, userId, now)) {
          await tx.audit.record({ at: now, actorId: c.get("user").id, action: "group.member_add", target: id, detail: { userId } });
        }
        return groupDetail(tx, id);
      });
      await deps.sync.refreshUser(userId);
      return c.json({ group }, 201);
    })
    .delete("/:id/members/:userId", adminOnly, params(MemberParams), async (c) => {
      const { id, userId } = c.req.valid("param");
      const now = deps.clock.now();
      const group = await deps.store.transaction(async (tx) => {
        if (!(await tx.groups.byId(id))) throw notFound("group");
        if (!(await tx.groups.removeMember(id, userId))) throw notFound("membership");
        await tx.audit.record({ at: now, actorId: c.get("user").id, action: "group.member_remove", target: id, detail: { userId } });
        return groupDetail(tx, id);
      });
      await deps.sync.refreshUser(userId);
      return c.json({ group }, 200);
    });
