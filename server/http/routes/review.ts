import { Hono } from "hono";
import type { Deps } from "../../deps";
import type { AuthedEnv } from "../env";
import { requireAuth, requireRight } from "../middleware/session";
import { canManageOutline } from "../../../shared/rights";
import { outlineOf } from "../../services/outline";
import type { ReviewQueueItem } from "../../../shared/api/review";

/** The chairs' review queue: every section waiting for a decision, oldest first. Mounted at /api/review-queue. */
export const reviewRoutes = (deps: Deps) =>
  new Hono<AuthedEnv>()
    .use(requireAuth)
    .use(requireRight(canManageOutline, "forbidden.reviewQueue"))
    .get("/", async (c) => {
      const waiting = await deps.store.documents.sectionsInStatus("in_review");
      const documents = new Map((await deps.store.documents.list()).map((d) => [d.id, d]));
      const items: ReviewQueueItem[] = [];
      for (const documentId of new Set(waiting.map((s) => s.document_id))) {
        const outline = await outlineOf(deps.store, documentId);
        for (const section of outline.filter((s) => s.status === "in_review")) {
          items.push({
            documentId,
            documentTitle: documents.get(documentId)?.title ?? "",
            section,
            submittedAt: section.lastTransition?.to === "in_review" ? section.lastTransition.at : null,
          });
        }
      }
      items.sort((a, b) => (a.submittedAt ?? "").localeCompare(b.submittedAt ?? ""));
      return c.json({ items }, 200);
    });
