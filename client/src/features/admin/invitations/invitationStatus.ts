import type { InvitationSummary } from "../../../../../shared/api/users";
import type { MessageId } from "../../../i18n/catalogues";

export type InvitationStatus = "pending" | "accepted" | "expired";

export function invitationStatus(invitation: InvitationSummary, now: Date): InvitationStatus {
  if (invitation.acceptedAt) return "accepted";
  return new Date(invitation.expiresAt) <= now ? "expired" : "pending";
}

/** Each status's word in the catalogues. */
export const INVITATION_STATUS_MESSAGES: Record<InvitationStatus, MessageId> = {
  pending: "admin.invitations.status.pending",
  accepted: "admin.invitations.status.accepted",
  expired: "admin.invitations.status.expired",
};
