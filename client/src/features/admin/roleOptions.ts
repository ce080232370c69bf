import { ROLES, type Role } from "../../../../shared/rights";
import type { SelectOption } from "../../ui/SelectField";
import { ROLE_LABELS } from "../../ui/roleLabel";

export const ROLE_OPTIONS: readonly SelectOption[] = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
