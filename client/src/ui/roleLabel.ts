import type { Role } from "../../../shared/rights";
import type { MessageId } from "../i18n/catalogues";

/** Each role's name in the catalogues. */
export const ROLE_MESSAGES: Record<Role, MessageId> = {
  admin: "role.admin",
  chair: "role.chair",
  member: "role.member",
  observer: "role.observer",
};

/** English names, for the admin screens not yet translated. */
export const ROLE_LABELS: Record<Role, string> = {
  admin: "Admin",
  chair: "Chair",
  member: "Member",
  observer: "Observer",
};
