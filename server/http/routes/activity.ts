import { Hono } from "hono";
import { z } from "zod";
import { streamSSE } from "hono/streaming";
import type { Deps } from "../../deps";
import type { AuthedEnv } from "../env";
import { actorOf, requireAuth, requireRight } from "../middleware/session";
import { params, query } from "../validate";
import { notFound } from "../errors";
import { IdSchema } from "../../../shared/api/users";
import { AuditQuerySchema, type ActivityItem, type AuditEntryView } from "../../../shared/api/activity";
import { canReadDocuments, isAdmin } from "../../../shared/rights";
import { audienceOf } from "../../services/activity/actionWords";
import { describeAudit, describeEdits, namesFor, wordsIn } from "../../services/activity/describe";
import { translatorFor } from "../../i18n/translate";
import { requestLocale } from "../language";

const DocumentParams = z.object({ id: IdSchema });
/** How often a quiet live audit stream says it is still there. */
const KEEPALIVE_MS = 25_000;
/** The newest entries a document's activity shows. */
const ACTIVITY_LIMIT = 300;

const csvCell = (value: string) => (/[",\n\r]/.test(value) || /^[=+\-@]/.test(value) ? `"${value.replace(/^([=+\-@])/, "'$1").replace(/"/g, '""')}"` : value);

export const activityRoutes = (deps: Deps) =>
  // Mounted at the API root: per-route middleware only, so nothing here touches other paths.
  new Hono<AuthedEnv>()
    .get("/documents/:id/activity", requireAuth, requireRight(canReadDocuments), params(DocumentParams), async (c) => {
      const { id } = c.req.valid("param");
      if (!(await deps.store.documents.byId(id))) throw notFound("document");
      // Members, chairs and observers read the editorial activity; admins also what concerns accounts and sharing.
      const admin = isAdmin(actorOf(c.get("user")));
      const [logged, edits] = await Promise.all([deps.store.audit.search({ documentId: id, limit: ACTIVITY_LIMIT }), deps.store.activity.edits(id)]);
      const audit = admin ? logged : logged.filter((row) => audienceOf(row.action) === "editorial");
      const names = await namesFor(deps.store, audit, edits.map((e) => e.user_id));
      const say = translatorFor(requestLocale(c));
      const person = (userId: string | null) => (userId ? { id: userId, name: wordsIn(say, names.person(userId)) } : null);
      const items: ActivityItem[] = [
        ...audit.map((row) => {
          const detail = JSON.parse(row.detail) as { sectionId?: unknown };
          const sectionId = row.action.startsWith("section.") ? row.target : typeof detail.sectionId === "string" ? detail.sectionId : null;
          return { key: `audit-${row.seq}`, kind: row.action, at: new Date(row.at).toISOString(), actor: person(row.actor_id), sectionId, sentence: say(describeAudit(names, row)) };
        }),
        ...edits.map((e) => ({
          key: `edit-${e.section_id}-${e.user_id}-${e.period_start}`,
          kind: "edit",
          at: new Date(e.period_start).toISOString(),
          actor: person(e.user_id),
          sectionId: e.section_id,
          sentence: say(describeEdits(names, e)),
        })),
      ].sort((a, b) => b.at.localeCompare(a.at));
      return c.json({ items: items.slice(0, ACTIVITY_LIMIT) }, 200);
    })
    .get("/audit", requireAuth, requireRight(isAdmin, "forbidden.auditLog"), query(AuditQuerySchema), async (c) => {
      const filter = c.req.valid("query");
      const rows = await deps.store.audit.search(filter);
      const people = await deps.store.users.people(rows.map((r) => r.actor_id ?? ""));
      const names = await namesFor(deps.store, rows);
      // The CSV download is a plain link, so the browser's own languages come with it: `lang` names the interface's.
      const say = translatorFor(filter.lang ?? requestLocale(c));
      const entries: AuditEntryView[] = rows.map((r) => {
        const actor = r.actor_id ? people.get(r.actor_id) : undefined;
        return {
          seq: Number(r.seq),
          at: new Date(r.at).toISOString(),
          actor: actor ? { id: actor.id, name: actor.name, email: actor.email } : null,
          action: r.action,
          sentence: say(describeAudit(names, r)),
          target: r.target,
          documentId: r.document_id,
          detail: JSON.parse(r.detail) as Record<string, unknown>,
        };
      });
      if (filter.format === "csv") {
        const header = "time,actor,email,what,action,target,document,detail";
        const lines = entries.map((e) =>
          [e.at, e.actor?.name ?? "", e.actor?.email ?? "", e.sentence, e.action, e.target ?? "", e.documentId ?? "", JSON.stringify(e.detail)].map(csvCell).join(","),
        );
        c.header("Content-Disposition", `attachment; filename="penholder-audit.csv"`);
        return c.body(`${[header, ...lines].join("\r\n")}\r\n`, 200, { "Content-Type": "text/csv; charset=utf-8" });
      }
      return c.json({ entries }, 200);
    })
    // The audit log page follows the log as it grows: one event per committed entry, no content (the page reads
    // the entries through GET /audit). Server-Sent Events: one-way, and no socket exists outside a document.
    .get("/audit/live", requireAuth, requireRight(isAdmin, "forbidden.auditLog"), (c) =>
      streamSSE(c, async (stream) => {
        const stop = deps.onAudited(({ action }) => {
          void stream.writeSSE({ event: "audit", data: audienceOf(action) }).catch(() => stream.abort());
        });
        const gone = new Promise<void>((resolve) => stream.onAbort(resolve));
        // A comment line now and then keeps proxies from closing a quiet stream; it ends when the reader goes.
        while (!stream.aborted && !stream.closed) {
          await stream.write(": still here\n\n");
          let timer: NodeJS.Timeout | undefined;
          await Promise.race([gone, new Promise<void>((resolve) => (timer = setTimeout(resolve, KEEPALIVE_MS)))]);
          clearTimeout(timer);
        }
        stop();
      }),
    );
