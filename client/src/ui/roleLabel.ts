import type { Role } from "../../../shared/rights";
import type { MessageId } from "../i18n/catalogues";

/** Each role's name in the catalogues. */
export const ROLE_MESSAGES: Record<Role, MessageId> = {
  admin: "role.admin",
  chair: "role.chair",
  member: "role.member",
  observer: "role.observer",
};
