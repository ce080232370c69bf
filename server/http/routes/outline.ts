import { Hono } from "hono";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AuthedEnv } from "../env";
import { actorOf, requireAuth, requireRight } from "../middleware/session";
import { jsonBody, params } from "../validate";
import { AppError, notFound } from "../errors";
import { text } from "../../i18n/translate";
import { IdSchema } from "../../../shared/api/users";
import { SectionCreateSchema } from "../../../shared/api/documents";
import { SectionOrderSchema, SectionUpdateSchema, TransitionSchema, type TransitionRecord } from "../../../shared/api/review";
import { canManageOutline, canReadDocuments } from "../../../shared/rights";
import { addSections } from "../../services/documents";
import { publishOutline } from "../../services/outline";
import { transitionSection } from "../../services/transitions";
import { approvalFacts } from "../../services/approval";
import { presentSection } from "../presenters";

const DocumentParams = z.object({ id: IdSchema });
const SectionParams = z.object({ id: IdSchema, sectionId: IdSchema });
const outlineRight = requireRight(canManageOutline, "forbidden.outline");

/** A document's outline and section lifecycle, mounted at /api/documents/:id/sections. */
export const outlineRoutes = (deps: Deps) =>
  new Hono<AuthedEnv>()
    .use(requireAuth)
    .use(requireRight(canReadDocuments))
    .post("/", params(DocumentParams), outlineRight, jsonBody(SectionCreateSchema), async (c) => {
      const { id } = c.req.valid("param");
      const input = c.req.valid("json");
      const user = c.get("user");
      const now = deps.clock.now();
      const { section, starterText } = await deps.store.transaction(async (tx) => {
        if (!(await tx.documents.byId(id))) throw notFound("document");
        const added = await addSections(tx, now, id, [{ title: input.title, ownerGroup: input.ownerGroup, content: input.text }]);
        const created = added.rows[0]!;
        await tx.audit.record({ at: now, actorId: user.id, action: "section.create", target: created.id, detail: { documentId: id, title: input.title } });
        return { section: created, starterText: added.starterText };
      });
      if (starterText) await deps.rooms.applyServerUpdate(id, starterText, user.id);
      await publishOutline(deps.store, deps.rooms, id, user.id);
      const owner = (await deps.store.groups.byId(section.owner_group_id))!;
      return c.json({ section: presentSection(section, owner, actorOf(user)) }, 201);
    })
    .patch("/:sectionId", params(SectionParams), outlineRight, jsonBody(SectionUpdateSchema), async (c) => {
      const { id, sectionId } = c.req.valid("param");
      const patch = c.req.valid("json");
      const user = c.get("user");
      const now = deps.clock.now();
      await deps.store.transaction(async (tx) => {
        const section = await tx.documents.section(id, sectionId);
        if (!section) throw notFound("section");
        let ownerGroupId: string | undefined;
        if (patch.ownerGroup !== undefined) {
          const group = await tx.groups.bySlug(patch.ownerGroup);
          if (!group) throw new AppError(400, "validation_failed", text("groups.noSuch", { slug: patch.ownerGroup }));
          ownerGroupId = group.id;
        }
        await tx.documents.updateSection(sectionId, {
          ...(patch.title !== undefined && { title: patch.title }),
          ...(ownerGroupId !== undefined && { owner_group_id: ownerGroupId }),
          ...(patch.dueDate !== undefined && { due_date: patch.dueDate }),
          ...(patch.language !== undefined && { language: patch.language }),
        });
        const ownerChanged = ownerGroupId !== undefined && ownerGroupId !== section.owner_group_id;
        await tx.audit.record({
          at: now,
          actorId: user.id,
          action: ownerChanged ? "section.owner_change" : "section.update",
          target: sectionId,
          detail: { documentId: id, ...patch, ...(ownerChanged && { fromGroupId: section.owner_group_id }) },
        });
      });
      const outline = await publishOutline(deps.store, deps.rooms, id, user.id);
      return c.json({ section: outline.find((s) => s.id === sectionId)! }, 200);
    })
    .put("/order", params(DocumentParams), outlineRight, jsonBody(SectionOrderSchema), async (c) => {
      const { id } = c.req.valid("param");
      const { sectionIds } = c.req.valid("json");
      const user = c.get("user");
      const now = deps.clock.now();
      await deps.store.transaction(async (tx) => {
        const current = await tx.documents.sections([id]);
        const same = current.length === sectionIds.length && current.every((s) => sectionIds.includes(s.id));
        if (!same) throw new AppError(400, "validation_failed", "outline.everySectionOnce");
        for (const [position, sectionId] of sectionIds.entries()) await tx.documents.updateSection(sectionId, { position });
        await tx.audit.record({ at: now, actorId: user.id, action: "section.reorder", target: id, detail: { documentId: id, sectionIds } });
      });
      return c.json({ sections: await publishOutline(deps.store, deps.rooms, id, user.id) }, 200);
    })
    .delete("/:sectionId", params(SectionParams), outlineRight, async (c) => {
      const { id, sectionId } = c.req.valid("param");
      const user = c.get("user");
      const now = deps.clock.now();
      await deps.store.transaction(async (tx) => {
        const section = await tx.documents.section(id, sectionId);
        if (!section) throw notFound("section");
        // Retired, not deleted: its text stays in the document's history and versions.
        await tx.documents.updateSection(sectionId, { retired_at: now });
        await tx.audit.record({ at: now, actorId: user.id, action: "section.retire", target: sectionId, detail: { documentId: id, title: section.title } });
      });
      return c.json({ sections: await publishOutline(deps.store, deps.rooms, id, user.id) }, 200);
    })
    .post("/:sectionId/transitions", params(SectionParams), jsonBody(TransitionSchema), async (c) => {
      const { id, sectionId } = c.req.valid("param");
      const section = await transitionSection(deps, c.get("user"), id, sectionId, c.req.valid("json"));
      return c.json({ section }, 200);
    })
    // What a chair reviews before approving, with the fingerprint approval sends back.
    .get("/:sectionId/approval", params(SectionParams), async (c) => {
      const { id, sectionId } = c.req.valid("param");
      return c.json({ approval: await approvalFacts(deps, id, sectionId) }, 200);
    })
    .get("/:sectionId/transitions", params(SectionParams), async (c) => {
      const { id, sectionId } = c.req.valid("param");
      if (!(await deps.store.documents.section(id, sectionId))) throw notFound("section");
      const rows = await deps.store.transitions.forSection(sectionId);
      const names = await deps.store.users.people(rows.map((r) => r.actor_id));
      const transitions: TransitionRecord[] = rows.map((r) => ({
        id: Number(r.seq),
        from: r.from_status,
        to: r.to_status,
        note: r.note,
        by: { id: r.actor_id, name: names.get(r.actor_id)?.name ?? "Former member" },
        at: new Date(r.at).toISOString(),
      }));
      return c.json({ transitions }, 200);
    });
