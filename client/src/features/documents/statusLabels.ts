import type { SectionStatus } from "../../../../shared/rights";

export const STATUS_LABELS: Record<SectionStatus, string> = {
  draft: "Draft",
  in_review: "In review",
  changes_requested: "Changes requested",
  approved: "Approved",
};
