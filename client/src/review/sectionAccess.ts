import type { OutlineEntry } from "../../../shared/api/review";
import { canDecideAmendment, canEditSection, readOnlyReason, type Actor, type SectionFacts } from "../../../shared/rights";

export const factsOf = (entry: Pick<OutlineEntry, "ownerGroup" | "status">): SectionFacts => ({
  ownerGroupId: entry.ownerGroup.id,
  status: entry.status,
});

export interface SectionAccess {
  editable: boolean;
  /** Why not, in words, when it is not editable. */
  reason: string | null;
  /** May accept or reject amendments to it. */
  decides: boolean;
}

/** What the signed-in person may do with a section now, by the shared rules, from the live outline. */
export function sectionAccess(actor: Actor, entry: Pick<OutlineEntry, "ownerGroup" | "status">): SectionAccess {
  const facts = factsOf(entry);
  return {
    editable: canEditSection(actor, facts),
    reason: readOnlyReason(actor, { ...facts, ownerGroupName: entry.ownerGroup.name }),
    decides: canDecideAmendment(actor, facts),
  };
}
