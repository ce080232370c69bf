import type * as Y from "yjs";
import type { Deps } from "../deps";
import type { Repos } from "../store/store";
import type { AmendmentRow } from "../store/threads";
import type { UserWithGroups } from "../store/users";
import type { AmendmentView } from "../../shared/api/amendments";
import type { PersonRef } from "../../shared/api/threads";
import { amendmentsMap } from "../../shared/collab/review";
import { canDecideAmendment, type SectionFacts } from "../../shared/rights";
import { replaceRange, resolveRange, textOfRange } from "../collab/ranges";
import { actorOf } from "../http/middleware/session";
import { AppError, forbidden, notFound } from "../http/errors";

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export async function presentAmendments(repos: Repos, rows: AmendmentRow[], doc: Y.Doc | null): Promise<AmendmentView[]> {
  const ids = [...new Set(rows.flatMap((r) => [r.created_by, r.decided_by ?? ""]).filter(Boolean))];
  const users = await repos.users.people(ids);
  const person = (id: string): PersonRef => ({ id, name: users.get(id)?.name ?? "Former member" });
  return rows.map((r) => {
    const range = doc ? resolveRange(doc, r.anchor_start, r.anchor_end) : null;
    const currentText = range ? textOfRange(range) : null;
    return {
      id: r.id,
      documentId: r.document_id,
      sectionId: r.section_id,
      anchor: { start: r.anchor_start, end: r.anchor_end },
      originalText: r.original_text,
      proposedText: r.proposed_text,
      reason: r.reason,
      status: r.status,
      currentText,
      changedSince: r.status === "open" && currentText !== r.original_text,
      proposer: person(r.created_by),
      createdAt: iso(r.created_at)!,
      decidedBy: r.decided_by ? person(r.decided_by) : null,
      decidedAt: iso(r.decided_at),
      decisionNote: r.decision_note,
    };
  });
}

/** Writes the amendment's current view into the live `amendments` root. */
export async function publishAmendment(deps: Deps, documentId: string, amendmentId: string, actorId: string): Promise<AmendmentView> {
  return deps.rooms.withRoom(documentId, async (room) => {
    const row = (await deps.store.amendments.byId(amendmentId))!;
    const [view] = await presentAmendments(deps.store, [row], room.doc);
    await room.serverChange((doc) => amendmentsMap(doc).set(amendmentId, view!), actorId);
    return view!;
  });
}

/** Why this person may not decide on an amendment to this section now, or null when they may. */
export function decisionRefusal(user: UserWithGroups | undefined, section: SectionFacts | undefined): AppError | null {
  if (!section) return notFound("section");
  if (section.status === "approved") {
    return new AppError(409, "conflict", "amendments.sectionLocked");
  }
  if (!user || !canDecideAmendment(actorOf(user), section)) return forbidden("forbidden.decideAmendments");
  return null;
}

/**
 * Applies an open amendment to the live text, attributed to its proposer. Rights, the section's status and the
 * text are checked again inside the room after the last await, with the facts the update guard uses: a section
 * approved (or an owner removed from its group) while the decision was being stored does not receive the change.
 */
export async function acceptAmendment(deps: Deps, user: UserWithGroups, amendment: AmendmentRow, confirmChanged: boolean): Promise<void> {
  const { id: amendmentId, document_id: documentId } = amendment;
  const now = deps.clock.now();
  await deps.rooms.withRoom(documentId, async (room) => {
    const range = resolveRange(room.doc, amendment.anchor_start, amendment.anchor_end);
    if (!range) throw new AppError(409, "conflict", "amendments.textDeleted");
    const current = textOfRange(range);
    if (current !== amendment.original_text && !confirmChanged) {
      throw new AppError(409, "conflict", "amendments.textChanged", {
        currentText: current,
        originalText: amendment.original_text,
      });
    }
    if (!(await deps.store.amendments.decide(amendmentId, { status: "accepted", decided_by: user.id, decided_at: now, decision_note: null }))) {
      throw new AppError(409, "conflict", "amendments.decidedMeanwhile");
    }
    // While the decision was stored, a chair may have approved the section or an admin changed its owners.
    const [decider] = await Promise.all([deps.store.users.byId(user.id), room.refreshSections()]);
    // From here to serverChange nothing awaits: what is checked is what holds when the text changes.
    const fresh = resolveRange(room.doc, amendment.anchor_start, amendment.anchor_end);
    const textHolds = fresh !== null && (textOfRange(fresh) === current || confirmChanged);
    const refusal =
      decisionRefusal(decider, room.sectionFacts(amendment.section_id)) ??
      (textHolds ? null : new AppError(409, "conflict", "amendments.textChangedMeanwhile"));
    if (refusal) {
      await deps.store.amendments.reopen(amendmentId);
      throw refusal;
    }
    // Attributed to the proposer in the update log: the words are theirs.
    await room.serverChange(() => replaceRange(fresh!, amendment.proposed_text), amendment.created_by);
  });
}
