import type { AmendmentStatus } from "../../../../../shared/api/amendments";
import type { MessageId } from "../../../i18n/catalogues";

export const AMENDMENT_STATUS: Record<AmendmentStatus, { label: MessageId; className: string }> = {
  open: { label: "review.amendment.status.open", className: "pill pill--pending" },
  accepted: { label: "review.amendment.status.accepted", className: "pill pill--accepted" },
  rejected: { label: "review.amendment.status.rejected", className: "pill pill--rejected" },
  withdrawn: { label: "review.amendment.status.withdrawn", className: "pill pill--expired" },
};

/** "Accepted by {name}, {time}", per decision. */
export const AMENDMENT_DECISION: Record<Exclude<AmendmentStatus, "open">, { plain: MessageId; withNote: MessageId }> = {
  accepted: { plain: "review.amendment.decision.accepted", withNote: "review.amendment.decision.acceptedNote" },
  rejected: { plain: "review.amendment.decision.rejected", withNote: "review.amendment.decision.rejectedNote" },
  withdrawn: { plain: "review.amendment.decision.withdrawn", withNote: "review.amendment.decision.withdrawnNote" },
};
