// Who may do what. Pure functions shared by server and client; only the server enforces them.

export const ROLES = ["admin", "chair", "member", "observer"] as const;
export type Role = (typeof ROLES)[number];

export const SECTION_STATUSES = ["draft", "in_review", "changes_requested", "approved"] as const;
export type SectionStatus = (typeof SECTION_STATUSES)[number];

/** The facts about a user that rights depend on. */
export interface Actor {
  id: string;
  role: Role;
  active: boolean;
  /** Ids of the groups the user belongs to. */
  groupIds: readonly string[];
}

/** The facts about a section that rights depend on. */
export interface SectionFacts {
  ownerGroupId: string;
  status: SectionStatus;
}

export const isAdmin = (actor: Actor): boolean => actor.active && actor.role === "admin";
export const isChair = (actor: Actor): boolean => actor.active && actor.role === "chair";

/** Every active account may read every document: papers are drafted in the open among the bodies. */
export const canReadDocuments = (actor: Actor): boolean => actor.active;

export const canManageUsers = isAdmin;
export const canManageGroups = isAdmin;
export const canCreateDocuments = isAdmin;
export const canManageOutline = (actor: Actor): boolean => isAdmin(actor) || isChair(actor);

export const isInGroup = (actor: Actor, groupId: string): boolean => actor.groupIds.includes(groupId);

/** Members edit the sections their groups own while those are not approved (approved = locked). */
export const canEditSection = (actor: Actor, section: SectionFacts): boolean =>
  actor.active &&
  actor.role !== "observer" &&
  section.status !== "approved" &&
  isInGroup(actor, section.ownerGroupId);

/** Anyone who can read may comment and propose amendments. */
export const canComment = canReadDocuments;

export const canApproveSection = isChair;

/** Why a section is read-only for this actor, in words for the user; null when it is editable. */
export function readOnlyReason(actor: Actor, section: SectionFacts & { ownerGroupName: string }): string | null {
  if (canEditSection(actor, section)) return null;
  if (!actor.active) return "Your account is deactivated.";
  if (section.status === "approved") return "This section is approved and locked. A chair can reopen it.";
  if (actor.role === "observer") return "Observers read, comment and propose amendments.";
  return `Only members of ${section.ownerGroupName} edit this section. You can comment or propose an amendment.`;
}
