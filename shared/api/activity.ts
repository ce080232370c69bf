import { z } from "zod";
import { IdSchema } from "./users";
import { LocaleSchema } from "../i18n/locales";

export interface ActivityItem {
  /** Stable for the same entry across reads (for lists and for telling what is new). */
  key: string;
  /** "edit" summarises one person's typing in one section during one hour; the rest are audit actions. */
  kind: string;
  at: string;
  actor: { id: string; name: string } | null;
  sectionId: string | null;
  /** What happened, in words: "Ravi Sharma submitted 3. A properly resourced Forum for review." */
  sentence: string;
}

const Millis = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T.*)?$/, "Use a date like 2026-11-25.")
  .transform((value) => Date.parse(value));

export const AuditQuerySchema = z.object({
  documentId: IdSchema.optional(),
  actorId: IdSchema.optional(),
  action: z.string().max(60).regex(/^[a-z_.]*$/, "Use an action name like section.approved.").optional(),
  from: Millis.optional(),
  to: Millis.optional(),
  limit: z.coerce.number().int().min(1).max(10_000).default(500),
  format: z.enum(["json", "csv"]).default("json"),
  /** The language to say the entries in, where the request cannot say it (a download link): else Accept-Language. */
  lang: LocaleSchema.optional(),
});

export interface AuditEntryView {
  seq: number;
  at: string;
  actor: { id: string; name: string; email: string } | null;
  action: string;
  /** The entry in words, with names and titles. */
  sentence: string;
  target: string | null;
  documentId: string | null;
  detail: Record<string, unknown>;
}
