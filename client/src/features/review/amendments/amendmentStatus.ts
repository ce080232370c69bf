import type { AmendmentStatus } from "../../../../../shared/api/amendments";

export const AMENDMENT_STATUS: Record<AmendmentStatus, { label: string; className: string }> = {
  open: { label: "Open", className: "pill pill--pending" },
  accepted: { label: "Accepted", className: "pill pill--accepted" },
  rejected: { label: "Rejected", className: "pill pill--rejected" },
  withdrawn: { label: "Withdrawn", className: "pill pill--expired" },
};
