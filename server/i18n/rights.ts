import { readOnlyReason, type Actor, type SectionFacts } from "../../shared/rights";
import { sharedSentence, text, translate, type ServerText } from "./translate";

/**
 * Why this person may not edit the section, as a message: the shared rule decides (readOnlyReason, which the
 * browser also uses); the sentences naming the owning group are messages of their own, the others found by English.
 */
export function readOnlyText(actor: Actor, section: SectionFacts & { ownerGroupName: string }): ServerText | null {
  const english = readOnlyReason(actor, section);
  if (english === null) return null;
  const group = { group: section.ownerGroupName };
  for (const id of ["rights.readOnly.observer", "rights.readOnly.notOwner"] as const) {
    if (english === translate("en", text(id, group))) return text(id, group);
  }
  return sharedSentence(english);
}
