import type { Me, GroupRef } from "../../shared/api/auth";
import type { UserSummary, InvitationSummary } from "../../shared/api/users";
import type { GroupSummary } from "../../shared/api/groups";
import type { SectionSummary } from "../../shared/api/documents";
import { canEditSection, readOnlyReason, type Actor } from "../../shared/rights";
import type { UserWithGroups } from "../store/users";
import type { InvitationRow } from "../store/invitations";
import type { GroupRow } from "../store/groups";
import type { SectionRow } from "../store/documents";

const iso = (ms: number) => new Date(ms).toISOString();

export const presentMe = (user: UserWithGroups): Me => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  groups: user.groups,
  locale: user.locale,
});

export const presentUser = (user: UserWithGroups): UserSummary => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  groups: user.groups,
  active: user.active === 1,
  createdAt: iso(user.created_at),
});

export const presentGroup = (group: GroupRow & { member_count: number }): GroupSummary => ({
  id: group.id,
  slug: group.slug,
  name: group.name,
  description: group.description,
  memberCount: group.member_count,
});

export const groupRef = (group: GroupRow): GroupRef => ({ id: group.id, slug: group.slug, name: group.name });

export function presentInvitation(invitation: InvitationRow, groups: readonly GroupRow[]): InvitationSummary {
  const ids: string[] = JSON.parse(invitation.group_ids);
  return {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    groups: groups.filter((g) => ids.includes(g.id)).map(groupRef),
    createdAt: iso(invitation.created_at),
    expiresAt: iso(invitation.expires_at),
    acceptedAt: invitation.accepted_at === null ? null : iso(invitation.accepted_at),
  };
}

export function presentSection(section: SectionRow, owner: GroupRow, actor: Actor): SectionSummary {
  const facts = { ownerGroupId: section.owner_group_id, status: section.status, ownerGroupName: owner.name };
  return {
    id: section.id,
    title: section.title,
    position: section.position,
    ownerGroup: groupRef(owner),
    status: section.status,
    language: section.language,
    editable: canEditSection(actor, facts),
    readOnlyReason: readOnlyReason(actor, facts),
  };
}

export { iso };
