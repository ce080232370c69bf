import type { SectionStatus } from "../../../../shared/rights";
import type { MessageId } from "../../i18n/catalogues";

/** Each status's name in the catalogues. */
export const STATUS_MESSAGES: Record<SectionStatus, MessageId> = {
  draft: "status.draft",
  in_review: "status.in_review",
  changes_requested: "status.changes_requested",
  approved: "status.approved",
};

