import type { RefusalReason } from "../../shared/collab/protocol";
import type { SectionFacts } from "./sectionFacts";

const KEPT = "Your text is kept for you below: copy it, or propose it as an amendment.";

/** What the person whose change was refused reads: what happened, and what to do now. */
export function refusalMessage(reason: RefusalReason, section: SectionFacts | undefined): string {
  const name = section ? `“${section.title}”` : "this part of the document";
  switch (reason) {
    case "section_not_writable":
      return `Your change to ${name} was not saved: only members of ${section?.ownerGroupName ?? "the owning group"} edit it. ${KEPT}`;
    case "section_approved":
      return `${name[0]!.toUpperCase()}${name.slice(1)} was approved and is locked, so your change was not saved. A chair can reopen it. ${KEPT}`;
    case "suggestion_changes_text":
      return `Your suggestion to ${name} was not saved: a suggestion may only add marked words or mark words for deletion, never change the agreed text itself. ${KEPT}`;
    case "suggestion_not_yours":
      return `Your change to ${name} was not saved: it touched a suggestion made by someone else, or put someone else's name on a suggestion. Reply on their suggestion instead. ${KEPT}`;
    case "server_root":
    case "unknown_root":
      return `Your change touched a part of the document that cannot be edited directly, so it was not saved. The page now shows the saved document.`;
    case "foreign_client_id":
      return `Your change could not be attributed to you, so it was not saved. The page reloaded the saved document. ${KEPT}`;
    case "pending_structs":
      return `Your change was based on a version the server does not have, so it was not saved. The page reloaded the saved document. ${KEPT}`;
    case "update_too_large":
      return `Your change was too large to save at once. Paste long text in smaller parts. ${KEPT}`;
    case "document_full":
      return `The document has reached its size limit, so your change was not saved. Ask the secretariat to make room (restoring an earlier version or removing long pasted material). ${KEPT}`;
    case "malformed":
      return `Your change could not be read by the server and was not saved. The page reloaded the saved document.`;
  }
}
