import type { OutlineEntry } from "../../../shared/api/review";
import { canDecideAmendment, canDecideSuggestions, canEditSection, canSuggestInSection, readOnlyCause, type Actor, type ReadOnlyCause, type SectionFacts } from "../../../shared/rights";

export const factsOf = (entry: Pick<OutlineEntry, "ownerGroup" | "status">): SectionFacts => ({
  ownerGroupId: entry.ownerGroup.id,
  status: entry.status,
});

export interface SectionAccess {
  editable: boolean;
  /** Why not, when it is not editable (EditPermission says it in words). */
  reason: ReadOnlyCause | null;
  /** May suggest changes in it (typing becomes suggestions). */
  suggests: boolean;
  /** May accept or reject amendments to it. */
  decides: boolean;
  /** May accept or reject suggestions in it. */
  decidesSuggestions: boolean;
}

/** What the signed-in person may do with a section now, by the shared rules, from the live outline. */
export function sectionAccess(actor: Actor, entry: Pick<OutlineEntry, "ownerGroup" | "status">): SectionAccess {
  const facts = factsOf(entry);
  return {
    editable: canEditSection(actor, facts),
    reason: readOnlyCause(actor, facts),
    suggests: canSuggestInSection(actor, facts),
    decides: canDecideAmendment(actor, facts),
    decidesSuggestions: canDecideSuggestions(actor, facts),
  };
}

/** How a section's text takes the reader's keyboard: their changes are edits, suggestions, or none. */
export type EditorMode = "editing" | "suggesting" | "viewing";

/** The modes this reader may choose in this section, the first being where they start. */
export function modesFor(access: SectionAccess): EditorMode[] {
  if (access.editable) return ["editing", "suggesting", "viewing"];
  if (access.suggests) return ["suggesting", "viewing"];
  return ["viewing"];
}
