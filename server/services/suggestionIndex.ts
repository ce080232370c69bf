import type * as Y from "yjs";
import type { Repos } from "../store/store";
import type { OpenSuggestionRow } from "../store/needs";
import { suggestionsMap } from "../../shared/collab/review";
import { sectionIdOfRoot, sectionRootName } from "../../shared/collab/protocol";
import { readSection } from "../../shared/editor/content";
import { suggestionRuns } from "../../shared/editor/suggestions";

/** The sections a document's live text holds (every `section:<id>` root). */
const sectionsIn = (doc: Y.Doc): string[] => [...doc.share.keys()].map(sectionIdOfRoot).filter((id): id is string => id !== null);

/** The suggestions open in these sections of the live text now: one row per suggestion id. */
export function openSuggestionsIn(doc: Y.Doc, documentId: string, sectionIds: readonly string[], now: number): OpenSuggestionRow[] {
  const registry = suggestionsMap(doc);
  const rows = new Map<string, OpenSuggestionRow>();
  for (const sectionId of sectionIds) {
    if (!doc.share.has(sectionRootName(sectionId))) continue;
    for (const run of suggestionRuns(readSection(doc.getXmlFragment(sectionRootName(sectionId))))) {
      if (rows.has(run.id)) continue;
      const recorded = registry.get(run.id)?.createdAt;
      rows.set(run.id, { id: run.id, document_id: documentId, section_id: sectionId, author_id: run.author, created_at: recorded ? Date.parse(recorded) : now });
    }
  }
  return [...rows.values()];
}

/**
 * Brings the index of open suggestions up to date with the live text, for some sections or the whole document.
 * The text is the truth (a suggester may erase their own words, a restore may drop some); the index is only how
 * the landing page counts them across documents without loading each one. It is refreshed whenever a document
 * loads, whenever someone suggests, and after every decision.
 */
export async function indexOpenSuggestions(repos: Repos, doc: Y.Doc, documentId: string, sectionIds: readonly string[] | "all", now: number): Promise<void> {
  const sections = sectionIds === "all" ? sectionsIn(doc) : sectionIds;
  await repos.needs.replaceOpenSuggestions(documentId, sectionIds, openSuggestionsIn(doc, documentId, sections, now));
}
