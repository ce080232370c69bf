import type * as Y from "yjs";
import type { Deps } from "../deps";
import type { Repos } from "../store/store";
import type { AmendmentRow } from "../store/threads";
import type { AmendmentView } from "../../shared/api/amendments";
import type { PersonRef } from "../../shared/api/threads";
import { amendmentsMap } from "../../shared/collab/review";
import { resolveRange, textOfRange } from "../collab/ranges";

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
