import type { OutlineEntry } from "../../../../shared/api/review";
import type { Translate } from "../../i18n/useLocale";

/** Why a section this person was editing is now read-only, in words: who approved it, or who owns it now. */
export function lockedMessage(entry: OutlineEntry, t: Translate): string {
  const last = entry.lastTransition;
  if (entry.status === "approved") {
    if (last && last.to === "approved") return t("review.lock.approvedBy", { name: last.by.name });
    return t("review.lock.approved");
  }
  return t("review.lock.owner", { group: entry.ownerGroup.name });
}

/** The section is open to this person again. */
export function unlockedMessage(entry: OutlineEntry, t: Translate): string {
  const last = entry.lastTransition;
  if (last && last.from === "approved" && last.to === "draft") return t("review.lock.reopenedBy", { name: last.by.name });
  return t("review.lock.open");
}
