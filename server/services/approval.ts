import { createHash } from "node:crypto";
import * as Y from "yjs";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import type { Deps } from "../deps";
import type { ApprovalFacts, ApprovalThread, SectionChangedDetails } from "../../shared/api/approval";
import { readPlainText, readSections } from "../../shared/editor/content";
import { sectionRootName } from "../../shared/collab/protocol";
import { AppError, notFound } from "../http/errors";
import { sectionDiff } from "./diff";
import { openSuggestionsIn } from "./suggestions";

/** A section as a chair is shown it: its content, its plain text, and the fingerprint of that content. */
export interface SectionReading {
  node: ProseMirrorNode;
  text: string;
  fingerprint: string;
}

/**
 * Reads a section the way every reader does (the shared schema) and fingerprints what was read: text, marks
 * (suggestions included), footnotes. Anything a chair could see change changes the fingerprint; a rewrite of the
 * Yjs structure that reads the same does not. Synchronous: call it with no await before what it guards.
 */
export function readForApproval(doc: Y.Doc, sectionId: string): SectionReading {
  const node = readSections(doc, [sectionId]).get(sectionId)!;
  const fingerprint = createHash("sha256").update(JSON.stringify(node.toJSON())).digest("hex");
  return { node, text: readPlainText(doc.getXmlFragment(sectionRootName(sectionId))), fingerprint };
}

/** The section's plain text as frozen in the automatic version made when it was last submitted for review. */
async function sinceSubmitted(deps: Deps, documentId: string, sectionId: string, title: string, now: string): Promise<ApprovalFacts["sinceSubmitted"]> {
  const submitted = (await deps.store.transitions.forSection(sectionId)).findLast((t) => t.to_status === "in_review");
  if (!submitted) return null;
  // The transition's version is made right after the transition is stored: the first one from then on.
  const frozen = (await deps.store.versions.list(documentId)).filter((v) => v.kind === "transition" && v.created_at >= submitted.at).at(-1);
  const row = frozen && (await deps.store.versions.byId(documentId, frozen.id));
  if (!row) return null;
  const doc = new Y.Doc();
  let then: string;
  try {
    Y.applyUpdate(doc, row.state);
    then = readPlainText(doc.getXmlFragment(sectionRootName(sectionId)));
  } finally {
    doc.destroy();
  }
  const by = (await deps.store.users.people([submitted.actor_id])).get(submitted.actor_id);
  return {
    at: new Date(submitted.at).toISOString(),
    by: { id: submitted.actor_id, name: by?.name ?? "Former member" },
    diff: sectionDiff(sectionId, title, then, now),
  };
}

const shorten = (text: string, max = 200) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

async function openThreads(deps: Deps, documentId: string, sectionId: string): Promise<ApprovalThread[]> {
  const threads = (await deps.store.threads.forDocument(documentId)).filter((t) => t.section_id === sectionId && t.status === "open");
  const comments = await deps.store.threads.comments(threads.map((t) => t.id));
  const people = await deps.store.users.people(threads.map((t) => t.created_by));
  return threads.map((t) => {
    const own = comments.filter((c) => c.thread_id === t.id);
    const first = own.find((c) => c.deleted_at === null);
    return {
      id: t.id,
      quote: shorten(t.quote),
      createdBy: { id: t.created_by, name: people.get(t.created_by)?.name ?? "Former member" },
      firstComment: first ? shorten(first.body) : "",
      comments: own.length,
    };
  });
}

/**
 * What a chair sees before approving: the text now with its fingerprint, what changed since it was submitted
 * for review, and what is still open in it. The text shown is remembered, so a refused approval can say what
 * changed since.
 */
export async function approvalFacts(deps: Deps, documentId: string, sectionId: string): Promise<ApprovalFacts> {
  const section = await deps.store.documents.section(documentId, sectionId);
  if (!section || section.retired_at !== null) throw notFound("section");
  const reading = await deps.rooms.withRoom(documentId, (room) => readForApproval(room.doc, sectionId));
  deps.reviewedTexts.remember(sectionId, reading.fingerprint, reading.text);
  const suggestions = openSuggestionsIn(reading.node);
  const authors = await deps.store.users.people(suggestions.map((s) => s.author));
  return {
    sectionId,
    title: section.title,
    status: section.status,
    fingerprint: reading.fingerprint,
    text: reading.text,
    sinceSubmitted: await sinceSubmitted(deps, documentId, sectionId, section.title, reading.text),
    openSuggestions: suggestions.map((s) => ({
      id: s.id,
      author: { id: s.author, name: authors.get(s.author)?.name ?? "Former member" },
      kind: s.kind,
      inserted: shorten(s.inserted),
      deleted: shorten(s.deleted),
    })),
    openThreads: await openThreads(deps, documentId, sectionId),
  };
}

/** The refusal of an approval whose fingerprint is not the section's now: with what changed since the chair looked. */
export async function sectionChanged(deps: Deps, documentId: string, sectionId: string, seenFingerprint: string): Promise<AppError> {
  const facts = await approvalFacts(deps, documentId, sectionId);
  const seen = await deps.reviewedTexts.recall(sectionId, seenFingerprint);
  const details: SectionChangedDetails = { sinceSeen: seen === undefined ? null : sectionDiff(sectionId, facts.title, seen, facts.text), facts };
  return new AppError(
    409,
    "section_changed",
    "approval.sectionChanged",
    details,
  );
}
