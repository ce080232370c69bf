import { Hono } from "hono";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AuthedEnv } from "../env";
import { requireAuth, requireRight } from "../middleware/session";
import { params, query } from "../validate";
import { notFound } from "../errors";
import { IdSchema } from "../../../shared/api/users";
import { AuditQuerySchema, type ActivityItem, type AuditEntryView } from "../../../shared/api/activity";
import { canReadDocuments, isAdmin } from "../../../shared/rights";
import type { Repos } from "../../store/store";

const DocumentParams = z.object({ id: IdSchema });

const WORDS: Record<string, string> = {
  "document.create": "created the document",
  "section.create": "added a section",
  "section.update": "changed a section",
  "section.owner_change": "gave a section to another group",
  "section.reorder": "reordered the sections",
  "section.retire": "retired a section",
  "section.in_review": "submitted a section for review",
  "section.approved": "approved a section",
  "section.changes_requested": "requested changes to a section",
  "section.draft": "moved a section back to draft",
  "thread.create": "started a comment thread",
  "comment.create": "replied in a thread",
  "comment.edit": "edited a comment",
  "comment.delete": "deleted a comment",
  "thread.resolve": "resolved a thread",
  "thread.reopen": "reopened a thread",
  "amendment.propose": "proposed an amendment",
  "amendment.accept": "accepted an amendment",
  "amendment.reject": "rejected an amendment",
  "amendment.withdraw": "withdrew an amendment",
  "version.create": "saved a version",
  "version.restore": "restored a version",
};


const csvCell = (value: string) => (/[",\n\r]/.test(value) || /^[=+\-@]/.test(value) ? `"${value.replace(/^([=+\-@])/, "'$1").replace(/"/g, '""')}"` : value);

export const activityRoutes = (deps: Deps) =>
  // Mounted at the API root: per-route middleware only, so nothing here touches other paths.
  new Hono<AuthedEnv>()
    .get("/documents/:id/activity", requireAuth, requireRight(canReadDocuments), params(DocumentParams), async (c) => {
      const { id } = c.req.valid("param");
      if (!(await deps.store.documents.byId(id))) throw notFound("That document");
      const [audit, edits] = await Promise.all([deps.store.audit.search({ documentId: id, limit: 300 }), deps.store.activity.edits(id)]);
      const people = await deps.store.users.people([...audit.map((a) => a.actor_id ?? ""), ...edits.map((e) => e.user_id)]);
      const person = (userId: string | null) => (userId && people.get(userId) ? { id: userId, name: people.get(userId)!.name } : null);
      const items: ActivityItem[] = [
        ...audit.map((a) => {
          const detail = JSON.parse(a.detail) as { sectionId?: string; title?: string; note?: string; label?: string };
          const sectionId = a.action.startsWith("section.") ? a.target : (detail.sectionId ?? null);
          const extra = detail.title ? `: “${detail.title}”` : detail.label ? `: “${detail.label}”` : "";
          return { kind: a.action, at: new Date(a.at).toISOString(), actor: person(a.actor_id), sectionId, summary: `${WORDS[a.action] ?? a.action}${extra}${detail.note ? ` — ${detail.note}` : ""}` };
        }),
        ...edits.map((e) => ({
          kind: "edit",
          at: new Date(e.period_start).toISOString(),
          actor: person(e.user_id),
          sectionId: e.section_id,
          summary: `made ${e.updates} edit${e.updates === 1 ? "" : "s"}`,
        })),
      ].sort((a, b) => b.at.localeCompare(a.at));
      return c.json({ items: items.slice(0, 300) }, 200);
    })
    .get("/audit", requireAuth, requireRight(isAdmin, "Only the secretariat reads the audit log."), query(AuditQuerySchema), async (c) => {
      const filter = c.req.valid("query");
      const rows = await deps.store.audit.search(filter);
      const people = await deps.store.users.people(rows.map((r) => r.actor_id ?? ""));
      const entries: AuditEntryView[] = rows.map((r) => {
        const actor = r.actor_id ? people.get(r.actor_id) : undefined;
        return {
          seq: Number(r.seq),
          at: new Date(r.at).toISOString(),
          actor: actor ? { id: actor.id, name: actor.name, email: actor.email } : null,
          action: r.action,
          target: r.target,
          documentId: r.document_id,
          detail: JSON.parse(r.detail) as Record<string, unknown>,
        };
      });
      if (filter.format === "csv") {
        const header = "time,actor,email,action,target,document,detail";
        const lines = entries.map((e) =>
          [e.at, e.actor?.name ?? "", e.actor?.email ?? "", e.action, e.target ?? "", e.documentId ?? "", JSON.stringify(e.detail)].map(csvCell).join(","),
        );
        c.header("Content-Disposition", `attachment; filename="penholder-audit.csv"`);
        return c.body(`${[header, ...lines].join("\r\n")}\r\n`, 200, { "Content-Type": "text/csv; charset=utf-8" });
      }
      return c.json({ entries }, 200);
    });
