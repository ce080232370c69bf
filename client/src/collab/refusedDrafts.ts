import * as Y from "yjs";
import { REFUSAL_REASONS, sectionRootName, type RefusalReason } from "../../../shared/collab/protocol";
import { readPlainText } from "../../../shared/editor/content";
import type { ReadRefusal } from "./refusedMessage";

/** Text the server refused, kept on this device until the person dismisses it. */
export interface RefusedDraft {
  id: string;
  sectionId: string | null;
  /** Null for a section no longer in the document. */
  sectionTitle: string | null;
  reason: RefusalReason;
  /** The server's words; null when it gave none. */
  message: string | null;
  text: string;
  /** ISO time of the refusal. */
  at: string;
  /**
   * Not yet compared with the server's document: kept from every section the refused change may have touched,
   * until the fresh document shows what the server lacks (dropped if nothing, else kept with the text merged).
   */
  unconfirmed: boolean;
}

export interface SectionRef {
  id: string;
  title: string;
  editable: boolean;
}

export const draftsKey = (documentId: string): string => `penholder:refused:${documentId}`;

/**
 * The texts to keep after a refusal, read from the doc that is about to be thrown away: the section the server
 * named, and every section this person may edit (an update is refused whole, offline work included). All of them
 * unconfirmed: what the server really lacks is known only once the fresh document has synced (`settleDrafts`).
 */
export function draftsFromRefusal(refusal: ReadRefusal, doc: Y.Doc, sections: readonly SectionRef[], now: Date): RefusedDraft[] {
  const named = refusal.sectionId;
  const candidates: { id: string; title: string | null }[] = sections.filter((section) => section.id === named || section.editable);
  if (named && !sections.some((section) => section.id === named)) candidates.unshift({ id: named, title: null });
  return candidates
    .map((section) => ({
      id: crypto.randomUUID(),
      sectionId: section.id,
      sectionTitle: section.title,
      reason: refusal.reason,
      message: refusal.message,
      text: readPlainText(doc.getXmlFragment(sectionRootName(section.id))),
      at: now.toISOString(),
      unconfirmed: true,
    }))
    .filter((draft) => draft.text.length > 0);
}

/** What the server's document lacks of a refused doc. */
export interface Unsaved {
  /** Anything at all: a change the server does not have, in any part of the document. */
  missing: boolean;
  /** Per section that reads differently with the refused changes in it: its text read that way. */
  texts: Map<string, string>;
}

/**
 * Merges the refused doc's state into a copy of the server's document. If that adds nothing (same state vector,
 * same deletions), the server has everything. Each section is read back as Yjs has it (text, formatting and
 * attributes): one that reads the same lost nothing, whoever changed it since; one that differs reads as the
 * server's text with the refused changes in it, which is what the person meant to write now.
 */
export function unsavedAfterRefusal(refusedState: Uint8Array, serverDoc: Y.Doc, sectionIds: readonly string[]): Unsaved {
  const merged = new Y.Doc();
  try {
    Y.applyUpdate(merged, Y.encodeStateAsUpdate(serverDoc));
    Y.applyUpdate(merged, refusedState);
    const texts = new Map<string, string>();
    for (const id of sectionIds) {
      const root = sectionRootName(id);
      const mine = merged.getXmlFragment(root);
      if (mine.toString() !== serverDoc.getXmlFragment(root).toString()) texts.set(id, readPlainText(mine));
    }
    return { missing: !Y.equalSnapshots(Y.snapshot(merged), Y.snapshot(serverDoc)), texts };
  } finally {
    merged.destroy();
  }
}

/**
 * After the fresh doc synced: the drafts of one refusal, settled against the server's document. A draft whose
 * section lost nothing goes (its text is saved: "not saved" would be a false alarm); the others stay, confirmed,
 * with the server's current text and the refused changes merged. `missing` says whether anything was lost at all.
 */
export function settleDrafts(drafts: readonly RefusedDraft[], serverDoc: Y.Doc, refusedState: Uint8Array): { drafts: RefusedDraft[]; missing: boolean } {
  const ids = drafts.flatMap((draft) => (draft.sectionId ? [draft.sectionId] : []));
  const unsaved = unsavedAfterRefusal(refusedState, serverDoc, ids);
  const kept = drafts.flatMap((draft) => {
    if (!draft.sectionId) return [{ ...draft, unconfirmed: false }];
    const text = unsaved.texts.get(draft.sectionId);
    return text === undefined ? [] : [{ ...draft, text, unconfirmed: false }];
  });
  return { drafts: kept, missing: unsaved.missing };
}

function isDraft(value: unknown): value is RefusedDraft {
  if (typeof value !== "object" || value === null) return false;
  const draft = value as Record<string, unknown>;
  return (
    typeof draft.id === "string" &&
    (draft.sectionId === null || typeof draft.sectionId === "string") &&
    (draft.sectionTitle === null || typeof draft.sectionTitle === "string") &&
    typeof draft.reason === "string" &&
    (REFUSAL_REASONS as readonly string[]).includes(draft.reason) &&
    (draft.message === null || typeof draft.message === "string") &&
    typeof draft.text === "string" &&
    typeof draft.at === "string" &&
    typeof draft.unconfirmed === "boolean"
  );
}

export function loadDrafts(storage: Storage, documentId: string): RefusedDraft[] {
  try {
    const stored: unknown = JSON.parse(storage.getItem(draftsKey(documentId)) ?? "[]");
    return Array.isArray(stored) ? stored.filter(isDraft) : [];
  } catch (error) {
    console.warn("Penholder: kept drafts could not be read", error);
    return [];
  }
}

export function saveDrafts(storage: Storage, documentId: string, drafts: readonly RefusedDraft[]): void {
  try {
    if (drafts.length === 0) storage.removeItem(draftsKey(documentId));
    else storage.setItem(draftsKey(documentId), JSON.stringify(drafts));
  } catch (error) {
    // Storage full or blocked: the drafts stay on screen for this visit, which is all we can do.
    console.warn("Penholder: kept drafts could not be saved on this device", error);
  }
}
