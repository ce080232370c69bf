/** Ids that let focus move to a neighbouring row's button when a row goes away. */
export const removeMemberButtonId = (userId: string): string => `remove-member-${userId}`;
