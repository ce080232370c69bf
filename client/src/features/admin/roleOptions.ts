import { ROLES, type Role } from "../../../../shared/rights";
import type { Translate } from "../../i18n/useLocale";
import type { SelectOption } from "../../ui/SelectField";
import { ROLE_MESSAGES } from "../../ui/roleLabel";

/** The four roles for a select, named in the reader's language. */
export const roleOptions = (t: Translate): SelectOption[] => ROLES.map((role) => ({ value: role, label: t(ROLE_MESSAGES[role]) }));

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
