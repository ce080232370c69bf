import { z } from "zod";
import { ROLES } from "../rights";
import { LocaleSchema, type Locale } from "../i18n/locales";

export const EmailSchema = z.string().trim().toLowerCase().email("Enter an email address like name@example.org.").max(254);
export const MIN_PASSWORD_LENGTH = 10;
/** Long passphrases welcome; the upper bound keeps hashing cheap for an attacker's 1 MB "password". */
export const PasswordSchema = z.string().min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`).max(256);

export const LoginSchema = z.object({
  email: EmailSchema,
  password: z.string().min(1).max(256),
});
export type LoginInput = z.infer<typeof LoginSchema>;

export const AcceptInvitationSchema = z.object({
  name: z.string().trim().min(1).max(120),
  password: PasswordSchema,
});
export type AcceptInvitationInput = z.infer<typeof AcceptInvitationSchema>;

export const RoleSchema = z.enum(ROLES);

export interface GroupRef {
  id: string;
  slug: string;
  name: string;
}

export interface Me {
  id: string;
  email: string;
  name: string;
  role: z.infer<typeof RoleSchema>;
  groups: GroupRef[];
  /** The interface language they chose; null: the one their browser asks for. */
  locale: Locale | null;
}

/** PUT /api/me/locale: the interface language, kept with the account for every device. */
export const SetLocaleSchema = z.object({ locale: LocaleSchema });
export type SetLocaleInput = z.infer<typeof SetLocaleSchema>;
