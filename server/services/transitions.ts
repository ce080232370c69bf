import type { Deps } from "../deps";
import type { UserWithGroups } from "../store/users";
import type { OutlineEntry, TransitionInput } from "../../shared/api/review";
import type { SectionRow } from "../store/documents";
import { transitionRefusal } from "../../shared/rights";
import { actorOf } from "../http/middleware/session";
import { AppError, notFound } from "../http/errors";
import { sharedSentence, text } from "../i18n/translate";
import { publishOutline } from "./outline";
import { createVersion } from "./versions";
import { transitionName } from "./versionLabels";
import { notifyGroup } from "./notifications";
import { openSuggestionsIn, settleOpenSuggestions } from "./suggestions";
import { readForApproval, sectionChanged } from "./approval";
import type { Repos } from "../store/store";
import type { DocumentRoom } from "../collab/room";

const refusalError = (refusal: { kind: "rights" | "state"; message: string }) =>
  new AppError(refusal.kind === "rights" ? 403 : 409, refusal.kind === "rights" ? "forbidden" : "conflict", sharedSentence(refusal.message));

/**
 * Moves a section through its lifecycle: checked by the shared rules, recorded (who, when, note), published to the
 * live outline (the guard follows at once: approved = locked), and frozen as an automatic version.
 */
export async function transitionSection(
  deps: Deps,
  user: UserWithGroups,
  documentId: string,
  sectionId: string,
  input: TransitionInput,
): Promise<OutlineEntry> {
  const now = deps.clock.now();
  const held = input.to === "approved" ? await holdReviewedText(deps, user, documentId, sectionId, input) : null;
  const release = held?.release;
  let section: SectionRow;
  let outline: OutlineEntry[];
  try {
    section = await storeTransition(deps, user, documentId, sectionId, input, now, held?.verify);
    outline = await publishOutline(deps.store, deps.rooms, documentId, user.id);
  } finally {
    await release?.();
  }
  // Locked now (the guard takes no new suggestion): what is open is everything there will be.
  if (input.to === "approved" && input.openSuggestions) await settleOpenSuggestions(deps, user.id, documentId, sectionId, input.openSuggestions);
  await createVersion(deps, documentId, {
    label: transitionName(section.title, input.to),
    kind: input.to === "approved" ? "approval" : "transition",
    authorId: user.id,
  });
  // The owners hear of a chair's decision on their work: approved, changes requested (with the note), reopened.
  const outcome = input.to === "approved" || input.to === "changes_requested" ? input.to : input.to === "draft" && section.status === "approved" ? "reopened" : null;
  if (outcome) {
    await notifyGroup(deps.store, section.owner_group_id, { kind: "transition", outcome, note: input.note ?? null, documentId, sectionId, actorId: user.id }, now);
  }
  return outline.find((s) => s.id === sectionId)!;
}

/** Checks the move with the shared rules against the stored section, and records it (who, when, note). */
async function storeTransition(
  deps: Deps,
  user: UserWithGroups,
  documentId: string,
  sectionId: string,
  input: TransitionInput,
  now: number,
  verify?: (tx: Repos) => Promise<void>,
): Promise<SectionRow> {
  return deps.store.transaction(async (tx) => {
    await verify?.(tx);
    const row = await tx.documents.section(documentId, sectionId);
    if (!row) throw notFound("section");
    const refusal = transitionRefusal(actorOf(user), { ownerGroupId: row.owner_group_id, status: row.status }, input.to);
    if (refusal) throw refusalError(refusal);
    await tx.documents.updateSection(sectionId, { status: input.to });
    await tx.transitions.insert({
      section_id: sectionId,
      document_id: documentId,
      from_status: row.status,
      to_status: input.to,
      note: input.note ?? "",
      actor_id: user.id,
      at: now,
    });
    await tx.audit.record({
      at: now,
      actorId: user.id,
      action: `section.${input.to}`,
      target: sectionId,
      detail: { documentId, from: row.status, to: input.to, note: input.note ?? "" },
    });
    return row;
  });
}

/**
 * Approving: inside the room, after its last await, the section must read exactly as the chair reviewed it
 * (same fingerprint), and its open suggestions must have been dealt with; then it is locked in the guard at once,
 * before the approval is stored. Returns the release of that lock.
 */
async function holdReviewedText(deps: Deps, user: UserWithGroups, documentId: string, sectionId: string, input: TransitionInput): Promise<HeldText> {
  const held = await deps.rooms.withRoom(documentId, async (room) => {
    // Several instances: the text as the log holds it now, not as far as this instance has heard.
    await room.catchUp();
    const [fresh] = await Promise.all([deps.store.users.byId(user.id), room.refreshSections()]);
    // From here to the hold nothing awaits: what is checked is what is approved.
    const facts = room.sectionFacts(sectionId);
    if (!facts) throw notFound("section");
    const refusal = transitionRefusal(actorOf(fresh ?? user), facts, "approved");
    if (refusal) throw refusalError(refusal);
    const reading = readForApproval(room.doc, sectionId);
    if (reading.fingerprint !== input.fingerprint) return null;
    const open = openSuggestionsIn(reading.node).length;
    if (open > 0 && !input.openSuggestions) {
      throw new AppError(409, "conflict", text("approval.openSuggestions", { count: open }), { openSuggestions: open });
    }
    const release = room.holdForApproval(sectionId);
    if (!deps.cluster.shared) return { release };
    const checkedHead = room.head;
    try {
      // What people here typed before the hold is what the chair saw: it is stored before the approval is.
      await room.whenFlushed();
    } catch (error) {
      await release();
      throw error;
    }
    return { release, verify: verifyUnchangedSince(deps, room, sectionId, input.fingerprint!, checkedHead) };
  });
  if (!held) throw await sectionChanged(deps, documentId, sectionId, input.fingerprint!);
  return held;
}

interface HeldText {
  /** Lifts the guard's lock once the approval is stored (or failed). */
  release(): Promise<void>;
  /** Several instances: run first in the approval's transaction (see verifyUnchangedSince). */
  verify?: (tx: Repos) => Promise<void>;
}

/**
 * Several instances: another instance's guard did not hear of this hold, and may have stored changes to the
 * section after it was checked here. In the approval's transaction, with the document's rounds locked (none can
 * be stored until it ends), the rounds stored since the check are read into the room and the section's
 * fingerprint taken again: the approval stands only if the text is still the one the chair reviewed. Rounds
 * that other instances store afterwards find the section approved and are refused (updateLog's ApprovedMeanwhile).
 */
function verifyUnchangedSince(deps: Deps, room: DocumentRoom, sectionId: string, fingerprint: string, checkedHead: number) {
  return async (tx: Repos): Promise<void> => {
    const head = await tx.documents.lockHead(room.documentId);
    if (head > checkedHead) room.absorbStored(await tx.documents.updatesAfter(room.documentId, checkedHead));
    if (readForApproval(room.doc, sectionId).fingerprint !== fingerprint) throw await sectionChanged(deps, room.documentId, sectionId, fingerprint);
  };
}
