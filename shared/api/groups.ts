import { z } from "zod";
import { IdSchema } from "./users";

const SLUG_RULE = "Use 2 to 40 lowercase letters, digits and hyphens, starting with a letter or digit.";
export const SlugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, SLUG_RULE)
  .max(40, SLUG_RULE)
  .regex(/^[a-z0-9][a-z0-9-]*$/, SLUG_RULE);

export const GroupCreateSchema = z.object({
  slug: SlugSchema,
  name: z.string().trim().min(1).max(120),
  description: z.string().trim().max(2000).default(""),
});
export type GroupCreateInput = z.infer<typeof GroupCreateSchema>;

/** A group's details as a form shows them, both at once. */
export const GroupDetailsSchema = z.object({ name: z.string().trim().min(1).max(120), description: z.string().trim().max(2000) });
export const GroupUpdateSchema = GroupDetailsSchema
  .partial()
  .refine((v) => Object.keys(v).length > 0, "Send at least one of name, description.");
export type GroupUpdateInput = z.infer<typeof GroupUpdateSchema>;

export const MembershipSchema = z.object({ userId: IdSchema });
export type MembershipInput = z.infer<typeof MembershipSchema>;

export interface GroupSummary {
  id: string;
  slug: string;
  name: string;
  description: string;
  memberCount: number;
}

export interface GroupDetail extends GroupSummary {
  members: { id: string; name: string; email: string; role: string }[];
}
