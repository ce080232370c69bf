/** Ids that let focus move to a neighbouring row's button when a row goes away. */
export const revokeButtonId = (invitationId: string): string => `revoke-invitation-${invitationId}`;
