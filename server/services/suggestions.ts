import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { prosemirrorToYXmlFragment } from "@tiptap/y-tiptap";
import type { Deps } from "../deps";
import type { Repos } from "../store/store";
import type { UserWithGroups } from "../store/users";
import type { SuggestionOutcomeRow } from "../store/suggestions";
import type { DocumentRoom, Participant } from "../collab/room";
import type { Logger } from "../log";
import type { Clock } from "../clock";
import type { SuggestionDecideInput, SuggestionDecision, SuggestionDecisionResult, SuggestionOutcomeView } from "../../shared/api/suggestions";
import { suggestionsMap } from "../../shared/collab/review";
import { sectionIdOfRoot, sectionRootName } from "../../shared/collab/protocol";
import { readSection } from "../../shared/editor/content";
import { resolveSuggestions, suggestionRuns, ZERO_WIDTH_SPACE, type SuggestionRun } from "../../shared/editor/suggestions";
import { canDecideSuggestions, canWithdrawSuggestion } from "../../shared/rights";
import { actorOf } from "../http/middleware/session";
import { AppError, forbidden, notFound } from "../http/errors";
import { text } from "../i18n/translate";
import { newId } from "../store/ids";
import { notifyUsers } from "./notifications";
import { indexOpenSuggestions } from "./suggestionIndex";

/**
 * Records who made each new suggestion, and when, in the server-written `suggestions` root: the marks carry only
 * an id and the author's user id (checked by the gate to be the sender's); names, groups and time come from here.
 */
export function recordSuggestionAuthors(store: Repos, clock: Clock, log: Logger) {
  return (room: DocumentRoom, participant: Participant, added: ReadonlyMap<string, string[]>): void => {
    const createdAt = new Date(clock.now()).toISOString();
    void (async () => {
      const groups = (await store.groups.byIds([...participant.actor.groupIds])).map((group) => group.name).sort();
      await room.serverChange((doc) => {
        const registry = suggestionsMap(doc);
        for (const [root, ids] of added) {
          const sectionId = sectionIdOfRoot(root)!;
          for (const id of ids) {
            if (registry.has(id)) continue;
            registry.set(id, { id, sectionId, author: { id: participant.userId, name: participant.presence.name }, groups, createdAt });
          }
        }
      }, participant.userId);
      await indexOpenSuggestions(store, room.doc, room.documentId, [...added.keys()].map((root) => sectionIdOfRoot(root)!), clock.now());
    })().catch((error: unknown) => log.error("suggestion_record_failed", { documentId: room.documentId, error: (error as Error).message }));
  };
}

/** The words of a run, without the zero-width spaces that carry suggested paragraph breaks. */
function runText(doc: ProseMirrorNode, run: SuggestionRun): string {
  return doc.textBetween(run.from, run.to, "\n").replaceAll(ZERO_WIDTH_SPACE, "");
}

interface Described {
  id: string;
  author: string;
  inserted: string;
  deleted: string;
}

/** Each suggestion's words, per id (a replacement is an insertion and a deletion under one id). */
function describe(doc: ProseMirrorNode, runs: readonly SuggestionRun[]): Map<string, Described> {
  const byId = new Map<string, Described>();
  for (const run of runs) {
    const entry = byId.get(run.id) ?? { id: run.id, author: run.author, inserted: "", deleted: "" };
    const text = runText(doc, run);
    if (run.kind === "insertion") entry.inserted += text;
    else entry.deleted += text;
    byId.set(run.id, entry);
  }
  return byId;
}

const kindOf = (d: Described): SuggestionOutcomeRow["kind"] => (d.inserted && d.deleted ? "replacement" : d.deleted ? "deletion" : "insertion");

/**
 * Resolves the selected suggestions of one section as the server: read, resolved with the shared rules and
 * written back in one change. Call it inside the room with no await between the checks and this: what is
 * checked is what holds when the text changes. Returns what was decided, per id (nothing when none was open).
 */
function resolveInRoom(room: DocumentRoom, sectionId: string, select: (run: SuggestionRun) => boolean, decision: "accept" | "reject", userId: string) {
  const root = sectionRootName(sectionId);
  const before = readSection(room.doc.getXmlFragment(root));
  const described = describe(before, suggestionRuns(before).filter(select));
  if (described.size === 0) return { described, stored: Promise.resolve() };
  const after = resolveSuggestions(before, (run) => described.has(run.id), decision);
  const stored = room.serverChange((doc) => {
    // y-tiptap updates the fragment in place: only what the decision changes is rewritten.
    prosemirrorToYXmlFragment(after, doc.getXmlFragment(root));
    const registry = suggestionsMap(doc);
    for (const id of described.keys()) registry.delete(id);
  }, userId);
  return { described, stored };
}

async function recordOutcomes(deps: Deps, documentId: string, sectionId: string, described: ReadonlyMap<string, Described>, decision: SuggestionDecision, userId: string, note: string, now: number): Promise<void> {
  const rows: SuggestionOutcomeRow[] = [...described.values()].map((d) => ({
    id: newId(),
    document_id: documentId,
    section_id: sectionId,
    suggestion_id: d.id,
    kind: kindOf(d),
    inserted_text: d.inserted,
    deleted_text: d.deleted,
    author_id: d.author,
    decision,
    decided_by: userId,
    decided_at: now,
    note,
  }));
  await deps.store.transaction(async (tx) => {
    await tx.suggestionOutcomes.insert(rows);
    await tx.audit.record({
      at: now,
      actorId: userId,
      action: `suggestion.${decision}`,
      target: sectionId,
      detail: { documentId, sectionId, note, suggestions: rows.map((r) => ({ id: r.suggestion_id, author: r.author_id, kind: r.kind })) },
    });
  });
}

const SETTLED_AT_APPROVAL = "Settled at approval.";

/**
 * Each suggester hears what became of their suggestions: one entry per person and decision (several decided at
 * once are one entry with their count), leading to the conversation about the first if it had one.
 */
async function notifySuggesters(deps: Deps, documentId: string, sectionId: string, described: ReadonlyMap<string, Described>, decision: "accept" | "reject", userId: string, note: string, now: number): Promise<void> {
  const byAuthor = new Map<string, string[]>();
  for (const d of described.values()) byAuthor.set(d.author, [...(byAuthor.get(d.author) ?? []), d.id]);
  for (const [author, ids] of byAuthor) {
    const thread = await deps.store.threads.openForSuggestion(documentId, ids[0]!);
    await notifyUsers(
      deps.store,
      [author],
      { kind: "suggestion", outcome: decision === "accept" ? "accepted" : "rejected", note: note || null, count: ids.length, documentId, sectionId, suggestionId: ids[0]!, threadId: thread?.id ?? null, actorId: userId },
      now,
    );
  }
}

/**
 * Accepts, rejects or withdraws suggestions in one section, checked inside the room after the last await with
 * the facts the guard uses (a section approved meanwhile takes no decision).
 */
export async function decideSuggestions(
  deps: Deps,
  user: UserWithGroups,
  documentId: string,
  sectionId: string,
  input: SuggestionDecideInput,
): Promise<SuggestionDecisionResult> {
  const now = deps.clock.now();
  const wanted = new Set(input.ids);
  const described = await deps.rooms.withRoom(documentId, async (room) => {
    const [fresh] = await Promise.all([deps.store.users.byId(user.id), room.refreshSections()]);
    const facts = room.sectionFacts(sectionId);
    if (!facts) throw notFound("section");
    if (facts.status === "approved") {
      throw new AppError(409, "conflict", "suggestions.sectionLocked");
    }
    const actor = actorOf(fresh ?? user);
    const selected = (run: SuggestionRun) => wanted.has(run.id);
    if (input.decision === "withdraw") {
      const section = readSection(room.doc.getXmlFragment(sectionRootName(sectionId)));
      if (suggestionRuns(section).some((run) => selected(run) && !canWithdrawSuggestion(actor, run.author))) throw forbidden("forbidden.withdrawOwnSuggestions");
    } else if (!canDecideSuggestions(actor, facts)) {
      throw forbidden(text("forbidden.decideSuggestions", { group: facts.ownerGroupName }));
    }
    const { described, stored } = resolveInRoom(room, sectionId, selected, input.decision === "accept" ? "accept" : "reject", user.id);
    if (described.size === 0) {
      throw new AppError(409, "conflict", "suggestions.noLongerOpen");
    }
    await stored;
    await indexOpenSuggestions(deps.store, room.doc, documentId, [sectionId], now);
    return described;
  });
  await recordOutcomes(deps, documentId, sectionId, described, input.decision, user.id, input.note, now);
  if (input.decision !== "withdraw") await notifySuggesters(deps, documentId, sectionId, described, input.decision, user.id, input.note, now);
  return { sectionId, decision: input.decision, decided: [...described.keys()], missing: input.ids.filter((id) => !described.has(id)) };
}

/** Every suggestion open in a section's content, with its author's id and its words. */
export function openSuggestionsIn(section: ProseMirrorNode): Array<Described & { kind: SuggestionOutcomeRow["kind"] }> {
  return [...describe(section, suggestionRuns(section)).values()].map((d) => ({ ...d, kind: kindOf(d) }));
}

/**
 * At approval: every suggestion still open is accepted or rejected, as the approving chair chose. Run once the
 * section is locked (the guard takes no new suggestion), so what is settled is everything there will be.
 */
export async function settleOpenSuggestions(deps: Deps, userId: string, documentId: string, sectionId: string, decision: "accept" | "reject"): Promise<number> {
  const now = deps.clock.now();
  const described = await deps.rooms.withRoom(documentId, async (room) => {
    await room.refreshSections();
    const { described, stored } = resolveInRoom(room, sectionId, () => true, decision, userId);
    await stored;
    await indexOpenSuggestions(deps.store, room.doc, documentId, [sectionId], now);
    return described;
  });
  if (described.size > 0) {
    await recordOutcomes(deps, documentId, sectionId, described, decision, userId, SETTLED_AT_APPROVAL, now);
    await notifySuggesters(deps, documentId, sectionId, described, decision, userId, SETTLED_AT_APPROVAL, now);
  }
  return described.size;
}

export async function presentOutcomes(repos: Repos, rows: readonly SuggestionOutcomeRow[]): Promise<SuggestionOutcomeView[]> {
  const users = await repos.users.people([...new Set(rows.flatMap((r) => [r.author_id, r.decided_by]))]);
  const person = (id: string) => ({ id, name: users.get(id)?.name ?? "Former member" });
  return rows.map((r) => ({
    id: r.id,
    documentId: r.document_id,
    sectionId: r.section_id,
    suggestionId: r.suggestion_id,
    kind: r.kind,
    insertedText: r.inserted_text,
    deletedText: r.deleted_text,
    author: person(r.author_id),
    decision: r.decision,
    decidedBy: person(r.decided_by),
    decidedAt: new Date(r.decided_at).toISOString(),
    note: r.note,
  }));
}
