import { Hono } from "hono";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AuthedEnv } from "../env";
import { actorOf, requireAuth, requireRight } from "../middleware/session";
import { jsonBody, params } from "../validate";
import { AppError, forbidden, notFound } from "../errors";
import { text } from "../../i18n/translate";
import { IdSchema } from "../../../shared/api/users";
import { AmendmentAcceptSchema, AmendmentCreateSchema, AmendmentRejectSchema } from "../../../shared/api/amendments";
import { canComment, canWithdrawAmendment } from "../../../shared/rights";
import { sectionRootName } from "../../../shared/collab/protocol";
import { newId } from "../../store/ids";
import { resolveRange } from "../../collab/ranges";
import { acceptAmendment, decisionRefusal, presentAmendments, publishAmendment } from "../../services/amendments";
import { notifyGroup, notifyUsers } from "../../services/notifications";

const DocumentParams = z.object({ id: IdSchema });
const AmendmentParams = z.object({ id: IdSchema, amendmentId: IdSchema });

/** Amendments of a document, mounted at /api/documents/:id/amendments. */
export const amendmentRoutes = (deps: Deps) => {
  async function openAmendment(documentId: string, amendmentId: string) {
    const row = await deps.store.amendments.byId(amendmentId);
    if (!row || row.document_id !== documentId) throw notFound("amendment");
    if (row.status !== "open") throw new AppError(409, "conflict", text("amendments.alreadyDecided", { status: row.status }));
    return row;
  }

  async function sectionFactsOf(documentId: string, sectionId: string) {
    const section = await deps.store.documents.section(documentId, sectionId);
    return section && { ownerGroupId: section.owner_group_id, status: section.status };
  }

  return new Hono<AuthedEnv>()
    .use(requireAuth)
    .use(requireRight(canComment))
    .get("/", params(DocumentParams), async (c) => {
      const { id } = c.req.valid("param");
      if (!(await deps.store.documents.byId(id))) throw notFound("document");
      const amendments = await deps.rooms.withRoom(id, async (room) =>
        presentAmendments(deps.store, await deps.store.amendments.forDocument(id), room.doc),
      );
      return c.json({ amendments }, 200);
    })
    .post("/", params(DocumentParams), jsonBody(AmendmentCreateSchema), async (c) => {
      const { id } = c.req.valid("param");
      const input = c.req.valid("json");
      const user = c.get("user");
      const section = await deps.store.documents.section(id, input.sectionId);
      if (!section) throw notFound("section");
      await deps.rooms.withRoom(id, async (room) => {
        const range = resolveRange(room.doc, input.anchor.start, input.anchor.end);
        if (!range || range.root !== sectionRootName(input.sectionId)) {
          throw new AppError(400, "validation_failed", "selection.moved");
        }
      });
      const now = deps.clock.now();
      const row = {
        id: newId(),
        document_id: id,
        section_id: input.sectionId,
        anchor_start: input.anchor.start,
        anchor_end: input.anchor.end,
        original_text: input.originalText,
        proposed_text: input.proposedText,
        reason: input.reason,
        status: "open" as const,
        created_by: user.id,
        created_at: now,
        decided_by: null,
        decided_at: null,
        decision_note: null,
      };
      await deps.store.transaction(async (tx) => {
        await tx.amendments.insert(row);
        await tx.audit.record({ at: now, actorId: user.id, action: "amendment.propose", target: row.id, detail: { documentId: id, sectionId: input.sectionId } });
      });
      await notifyGroup(deps.store, section.owner_group_id, { kind: "amendment", outcome: "proposed", documentId: id, sectionId: input.sectionId, amendmentId: row.id, actorId: user.id }, now);
      return c.json({ amendment: await publishAmendment(deps, id, row.id, user.id) }, 201);
    })
    .post("/:amendmentId/accept", params(AmendmentParams), jsonBody(AmendmentAcceptSchema), async (c) => {
      const { id, amendmentId } = c.req.valid("param");
      const { confirmChanged } = c.req.valid("json");
      const user = c.get("user");
      const amendment = await openAmendment(id, amendmentId);
      const refusal = decisionRefusal(user, await sectionFactsOf(id, amendment.section_id));
      if (refusal) throw refusal;
      await acceptAmendment(deps, user, amendment, confirmChanged ?? false);
      const now = deps.clock.now();
      await deps.store.audit.record({ at: now, actorId: user.id, action: "amendment.accept", target: amendmentId, detail: { documentId: id, proposer: amendment.created_by } });
      await notifyUsers(deps.store, [amendment.created_by], { kind: "amendment", outcome: "accepted", documentId: id, sectionId: amendment.section_id, amendmentId, actorId: user.id }, now);
      return c.json({ amendment: await publishAmendment(deps, id, amendmentId, user.id) }, 200);
    })
    .post("/:amendmentId/reject", params(AmendmentParams), jsonBody(AmendmentRejectSchema), async (c) => {
      const { id, amendmentId } = c.req.valid("param");
      const { reason } = c.req.valid("json");
      const user = c.get("user");
      const amendment = await openAmendment(id, amendmentId);
      const refusal = decisionRefusal(user, await sectionFactsOf(id, amendment.section_id));
      if (refusal) throw refusal;
      const now = deps.clock.now();
      if (!(await deps.store.amendments.decide(amendmentId, { status: "rejected", decided_by: user.id, decided_at: now, decision_note: reason }))) {
        throw new AppError(409, "conflict", "amendments.decidedMeanwhile");
      }
      await deps.store.audit.record({ at: now, actorId: user.id, action: "amendment.reject", target: amendmentId, detail: { documentId: id, reason } });
      await notifyUsers(deps.store, [amendment.created_by], { kind: "amendment", outcome: "rejected", note: reason, documentId: id, sectionId: amendment.section_id, amendmentId, actorId: user.id }, now);
      return c.json({ amendment: await publishAmendment(deps, id, amendmentId, user.id) }, 200);
    })
    .post("/:amendmentId/withdraw", params(AmendmentParams), async (c) => {
      const { id, amendmentId } = c.req.valid("param");
      const user = c.get("user");
      const amendment = await openAmendment(id, amendmentId);
      if (!canWithdrawAmendment(actorOf(user), amendment.created_by)) throw forbidden("forbidden.withdrawAmendment");
      const now = deps.clock.now();
      await deps.store.amendments.decide(amendmentId, { status: "withdrawn", decided_by: user.id, decided_at: now, decision_note: null });
      await deps.store.audit.record({ at: now, actorId: user.id, action: "amendment.withdraw", target: amendmentId, detail: { documentId: id } });
      return c.json({ amendment: await publishAmendment(deps, id, amendmentId, user.id) }, 200);
    });
};
