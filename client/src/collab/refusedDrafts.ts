import type * as Y from "yjs";
import { REFUSAL_REASONS, sectionRootName, type RefusalReason, type RefusedMessage } from "../../../shared/collab/protocol";
import { readPlainText } from "../../../shared/editor/content";

/** Text the server refused, kept on this device until the person dismisses it. */
export interface RefusedDraft {
  id: string;
  sectionId: string | null;
  sectionTitle: string;
  reason: RefusalReason;
  /** The server's words. */
  message: string;
  text: string;
  /** ISO time of the refusal. */
  at: string;
  /**
   * Taken from a section the refusal did not name, in case the refused update carried changes to it too; dropped
   * once the fresh document shows the server has the same text.
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
 * named, and every section this person may edit (an update is refused whole, offline work included).
 */
export function draftsFromRefusal(refusal: RefusedMessage, doc: Y.Doc, sections: readonly SectionRef[], now: Date): RefusedDraft[] {
  const named = refusal.sectionId;
  const candidates = sections.filter((section) => section.id === named || section.editable);
  if (named && !sections.some((section) => section.id === named)) {
    candidates.unshift({ id: named, title: "A section no longer in this document", editable: false });
  }
  return candidates
    .map((section) => ({
      id: crypto.randomUUID(),
      sectionId: section.id,
      sectionTitle: section.title,
      reason: refusal.reason,
      message: refusal.message,
      text: readPlainText(doc.getXmlFragment(sectionRootName(section.id))),
      at: now.toISOString(),
      unconfirmed: section.id !== named,
    }))
    .filter((draft) => draft.text.length > 0);
}

/** After the fresh doc synced: unconfirmed drafts whose text the server has anyway are not worth keeping. */
export function settleDrafts(drafts: readonly RefusedDraft[], doc: Y.Doc): RefusedDraft[] {
  return drafts.flatMap((draft) => {
    if (!draft.unconfirmed) return [draft];
    const serverText = draft.sectionId ? readPlainText(doc.getXmlFragment(sectionRootName(draft.sectionId))) : "";
    return serverText === draft.text ? [] : [{ ...draft, unconfirmed: false }];
  });
}

function isDraft(value: unknown): value is RefusedDraft {
  if (typeof value !== "object" || value === null) return false;
  const draft = value as Record<string, unknown>;
  return (
    typeof draft.id === "string" &&
    (draft.sectionId === null || typeof draft.sectionId === "string") &&
    typeof draft.sectionTitle === "string" &&
    typeof draft.reason === "string" &&
    (REFUSAL_REASONS as readonly string[]).includes(draft.reason) &&
    typeof draft.message === "string" &&
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
