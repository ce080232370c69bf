import { z } from "zod";
import { SECTION_STATUSES, type SectionStatus } from "../rights";
import { SlugSchema } from "./groups";
import { IdSchema } from "./users";
import { FingerprintSchema } from "./approval";
import { DocumentLanguageSchema } from "./documents";
import type { DocumentLanguage } from "../languages";

export const DueDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-12-31.");

export const SectionUpdateSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    ownerGroup: SlugSchema,
    dueDate: DueDateSchema.nullable(),
    /** The section's own language; null: the document's. */
    language: DocumentLanguageSchema.nullable(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, "Send at least one of title, ownerGroup, dueDate, language.");
export type SectionUpdateInput = z.infer<typeof SectionUpdateSchema>;

export const SectionOrderSchema = z.object({ sectionIds: z.array(IdSchema).min(1).max(500) });

export const TransitionSchema = z
  .object({
    to: z.enum(SECTION_STATUSES),
    note: z.string().trim().max(4000).optional(),
    /** Approving a section with open suggestions: what to do with them (the chair must choose). */
    openSuggestions: z.enum(["accept", "reject"]).optional(),
    /** Approving: the fingerprint of the text the chair reviewed (from GET …/approval); refused if it changed since. */
    fingerprint: FingerprintSchema.optional(),
  })
  .refine((v) => v.to !== "approved" || v.fingerprint !== undefined, {
    message: "Say which text you approve: send the fingerprint GET …/sections/:sectionId/approval gave with the text you reviewed.",
    path: ["fingerprint"],
  })
  .refine((v) => v.to !== "changes_requested" || (v.note ?? "").length > 0, {
    message: "Say what should change: a note is required when requesting changes.",
    path: ["note"],
  });
export type TransitionInput = z.infer<typeof TransitionSchema>;

/** A section as the live outline root and the API describe it. */
export interface OutlineEntry {
  id: string;
  title: string;
  position: number;
  ownerGroup: { id: string; slug: string; name: string };
  status: SectionStatus;
  dueDate: string | null;
  /** The section's own language, or null when it is the document's (absent in versions stored before languages). */
  language?: DocumentLanguage | null;
  lastTransition: { from: SectionStatus; to: SectionStatus; by: { id: string; name: string }; at: string; note: string } | null;
}

export interface TransitionRecord {
  id: number;
  from: SectionStatus;
  to: SectionStatus;
  note: string;
  by: { id: string; name: string };
  at: string;
}

export interface ReviewQueueItem {
  documentId: string;
  documentTitle: string;
  section: OutlineEntry;
  submittedAt: string | null;
}
