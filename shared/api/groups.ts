import { z } from "zod";
import { IdSchema } from "./users";

export const SlugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(2)
  .max(40)
  .regex(/^[a-z0-9][a-z0-9-]*$/, "Use lowercase letters, digits and hyphens.");

export const GroupCreateSchema = z.object({
  slug: SlugSchema,
  name: z.string().trim().min(1).max(120),
  description: z.string().trim().max(2000).default(""),
});
export type GroupCreateInput = z.infer<typeof GroupCreateSchema>;

export const GroupUpdateSchema = z
  .object({ name: z.string().trim().min(1).max(120), description: z.string().trim().max(2000) })
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
