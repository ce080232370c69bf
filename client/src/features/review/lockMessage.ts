import type { OutlineEntry } from "../../../../shared/api/review";

/** Why a section this person was editing is now read-only, in words: who approved it, or who owns it now. */
export function lockedMessage(entry: OutlineEntry): string {
  const last = entry.lastTransition;
  if (entry.status === "approved") {
    const by = last && last.to === "approved" ? last.by.name : "a chair";
    return `This section was approved by ${by} and is now locked. You can still comment or propose an amendment.`;
  }
  return `This section now belongs to ${entry.ownerGroup.name}, so what you type becomes a suggestion for them. You can also comment or propose an amendment.`;
}

/** The section is open to this person again. */
export function unlockedMessage(entry: OutlineEntry): string {
  const last = entry.lastTransition;
  if (last && last.from === "approved" && last.to === "draft") return `This section was reopened by ${last.by.name} and is open for editing again.`;
  return "This section is open for editing again.";
}
