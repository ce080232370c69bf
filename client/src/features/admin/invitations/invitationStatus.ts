import type { InvitationSummary } from "../../../../../shared/api/users";

export type InvitationStatus = "pending" | "accepted" | "expired";

export function invitationStatus(invitation: InvitationSummary, now: Date): InvitationStatus {
  if (invitation.acceptedAt) return "accepted";
  return new Date(invitation.expiresAt) <= now ? "expired" : "pending";
}

export const INVITATION_STATUS_LABELS: Record<InvitationStatus, string> = {
  pending: "Pending",
  accepted: "Accepted",
  expired: "Expired",
};
