import { z } from "zod";
import { EmailSchema, PasswordSchema, RoleSchema, type GroupRef } from "./auth";
import type { Role } from "../rights";

export const IdSchema = z.string().min(1).max(64).regex(/^[a-z0-9_-]+$/i, "Not a valid id.");

export const UserCreateSchema = z.object({
  email: EmailSchema,
  name: z.string().trim().min(1).max(120),
  role: RoleSchema,
  password: PasswordSchema,
  groupIds: z.array(IdSchema).max(50).default([]),
});
export type UserCreateInput = z.infer<typeof UserCreateSchema>;

export const UserUpdateSchema = z
  .object({
    name: z.string().trim().min(1).max(120),
    role: RoleSchema,
    active: z.boolean(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, "Send at least one of name, role, active.");
export type UserUpdateInput = z.infer<typeof UserUpdateSchema>;

export const INVITATION_DEFAULT_HOURS = 24 * 7;
export const INVITATION_MAX_HOURS = 24 * 30;

export const InvitationCreateSchema = z.object({
  email: EmailSchema,
  role: RoleSchema,
  groupIds: z.array(IdSchema).max(50).default([]),
  /** How long the link stays valid, in hours (default a week, at most 30 days). */
  expiresInHours: z.number().int().min(1).max(INVITATION_MAX_HOURS).default(INVITATION_DEFAULT_HOURS),
});
export type InvitationCreateInput = z.infer<typeof InvitationCreateSchema>;

export interface UserSummary {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  groups: GroupRef[];
  createdAt: string;
}

export interface InvitationSummary {
  id: string;
  email: string;
  role: Role;
  groups: GroupRef[];
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
  /** Present only in the answer that created it: the secret is never stored in clear. */
  url?: string;
}

export interface InvitationPreview {
  email: string;
  role: Role;
  groups: GroupRef[];
  expiresAt: string;
}
