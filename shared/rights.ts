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

/**
 * Everyone who may comment on a section and may not edit it suggests changes in it, while it is not approved:
 * their typing becomes suggestions that the owners accept or reject. Owners may choose to suggest too; the
 * server then holds them to what it always holds them to (a new suggestion is theirs).
 */
export const canSuggestInSection = (actor: Actor, section: SectionFacts): boolean =>
  canComment(actor) && section.status !== "approved";

/** The section's owners, and chairs, accept or reject suggestions while it is not approved. */
export const canDecideSuggestions = (actor: Actor, section: SectionFacts): boolean =>
  canEditSection(actor, section) || (isChair(actor) && section.status !== "approved");

/** Why a section is read-only for this actor, in words for the user; null when it is editable. */
export function readOnlyReason(actor: Actor, section: SectionFacts & { ownerGroupName: string }): string | null {
  switch (readOnlyCause(actor, section)) {
    case null:
      return null;
    case "deactivated":
      return "Your account is deactivated.";
    case "approved":
      return "This section is approved and locked. A chair can reopen it.";
    case "observer":
      return `Observers suggest changes, comment and propose amendments: what you type here becomes a suggestion for ${section.ownerGroupName}.`;
    case "notOwner":
      return `Only members of ${section.ownerGroupName} edit this section. What you type here becomes a suggestion for them to accept or reject.`;
  }
}

export type ReadOnlyCause = "deactivated" | "approved" | "observer" | "notOwner";

/** Why this person may not edit the section (null when they may): the one rule behind the words in any language. */
export function readOnlyCause(actor: Actor, section: SectionFacts): ReadOnlyCause | null {
  if (canEditSection(actor, section)) return null;
  if (!actor.active) return "deactivated";
  if (section.status === "approved") return "approved";
  if (actor.role === "observer") return "observer";
  return "notOwner";
}

/**
 * The section lifecycle: draft -> in review (the owners submit) -> approved by a chair (locked) or changes
 * requested with a note -> back to draft (reopened by a chair, or withdrawn by the owners) -> ...
 * Returns null when the move is allowed; otherwise whether it is a matter of rights or of the section's state,
 * and why, in words.
 */
export function transitionRefusal(
  actor: Actor,
  section: SectionFacts,
  to: SectionStatus,
): { kind: "rights" | "state"; message: string } | null {
  const rights = (message: string) => ({ kind: "rights" as const, message });
  const state = (message: string) => ({ kind: "state" as const, message });
  if (!actor.active) return rights("Your account is deactivated.");
  const owner = isInGroup(actor, section.ownerGroupId) && actor.role !== "observer";
  const chair = isChair(actor);
  const from = section.status;
  if (from === to) return state(`The section is already ${statusWords[to]}.`);
  switch (to) {
    // The secretariat runs the paper, not a group's text: it moves sections only where it is in the owning group.
    case "in_review":
      if (!(owner || chair)) return rights("Only members of the owning group, or a chair, submit a section for review.");
      return from === "approved" ? state("An approved section must be reopened by a chair first.") : null;
    case "approved":
      if (!chair) return rights("Only chairs approve sections.");
      return from === "in_review" ? null : state("Only a section in review can be approved. Submit it for review first.");
    case "changes_requested":
      if (!chair) return rights("Only chairs request changes.");
      return from === "in_review" ? null : state("Changes can be requested on a section in review.");
    case "draft":
      if (from === "approved") return chair ? null : rights("Only chairs reopen an approved section.");
      return owner || chair ? null : rights("Only members of the owning group, or a chair, move a section back to draft.");
  }
}

export const statusWords: Record<SectionStatus, string> = {
  draft: "a draft",
  in_review: "in review",
  changes_requested: "waiting for changes",
  approved: "approved",
};

/** Owners decide on amendments to their section while it is not approved. */
export const canDecideAmendment = (actor: Actor, section: SectionFacts): boolean => canEditSection(actor, section);

/** Admins and chairs restore across owners; members only their own, unlocked sections. */
export const canRestoreSection = (actor: Actor, section: SectionFacts): boolean =>
  isAdmin(actor) || isChair(actor) || canEditSection(actor, section);

/** Naming a version (and restoring one) is for those who draft: members, chairs, the secretariat; not observers. */
export const canNameVersion = (actor: Actor): boolean => actor.active && actor.role !== "observer";

/** Whether a version's Restore is worth offering: some section of the paper is one this actor may restore. */
export const canRestoreAnySection = (actor: Actor, sections: readonly SectionFacts[]): boolean =>
  sections.some((section) => section.status !== "approved" && canRestoreSection(actor, section));

/** Chairs make the final submission. */
export const canSubmitPaper = isChair;

/** Chairs share a submission (and revoke its links); so may the secretariat, which sends it on. */
export const canShareSubmission = (actor: Actor): boolean => isChair(actor) || isAdmin(actor);

/** A comment is edited by its author only: words put in someone's mouth are not theirs. */
export const canEditComment = (actor: Actor, authorId: string): boolean => actor.active && actor.id === authorId;

/** Its author deletes a comment; so does the secretariat, which moderates. */
export const canDeleteComment = (actor: Actor, authorId: string): boolean => canEditComment(actor, authorId) || isAdmin(actor);

/** Only its proposer withdraws an amendment, and only its author a suggestion. */
export const canWithdrawAmendment = (actor: Actor, proposerId: string): boolean => actor.active && actor.id === proposerId;
export const canWithdrawSuggestion = (actor: Actor, authorId: string): boolean => actor.active && actor.id === authorId;
