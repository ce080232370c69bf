import { z } from "zod";
import type { SectionStatus } from "../rights";
import { SlugSchema } from "./groups";
import type { ContentBlock } from "../editor/content";
import { DOCUMENT_LANGUAGES, type DocumentLanguage } from "../languages";

/** A document's or section's language: one of the six official languages of the UN, as its BCP 47 tag. */
export const DocumentLanguageSchema = z.enum(DOCUMENT_LANGUAGES, {
  error: (issue) =>
    typeof issue.input === "string"
      ? `"${issue.input.slice(0, 40)}" is not a language documents are written in here: use one of ${DOCUMENT_LANGUAGES.join(", ")}.`
      : `Give the language as a text tag, one of ${DOCUMENT_LANGUAGES.join(", ")}.`,
});

export const SectionInputSchema = z.object({
  title: z.string().trim().min(1).max(200),
  /** Owner group, by slug. */
  ownerGroup: SlugSchema,
  /** Optional starter text, one paragraph per blank-line separated block. */
  text: z.string().max(200_000).default(""),
});
export type SectionInput = z.infer<typeof SectionInputSchema>;

export const DocumentCreateSchema = z.object({
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(2000).default(""),
  sections: z.array(SectionInputSchema).max(200).default([]),
  language: DocumentLanguageSchema.default("en"),
});
export type DocumentCreateInput = z.infer<typeof DocumentCreateSchema>;

/** A document's settings; only its language is changed after creation for now. */
export const DocumentUpdateSchema = z.strictObject({ language: DocumentLanguageSchema });
export type DocumentUpdateInput = z.infer<typeof DocumentUpdateSchema>;

export const SectionCreateSchema = SectionInputSchema;
export type SectionCreateInput = z.infer<typeof SectionCreateSchema>;

export interface OwnerGroup {
  id: string;
  slug: string;
  name: string;
}

export interface SectionSummary {
  id: string;
  title: string;
  position: number;
  ownerGroup: OwnerGroup;
  status: SectionStatus;
  /** The section's own language, or null when it is written in the document's. */
  language: DocumentLanguage | null;
  /** Whether the signed-in user may edit it now, by the shared rules. */
  editable: boolean;
  /** Why not, in words, when it is not editable. */
  readOnlyReason: string | null;
}

export interface DocumentSummary {
  id: string;
  title: string;
  description: string;
  /** What the document is written in; a section may differ (its `language`). */
  language: DocumentLanguage;
  updatedAt: string;
  sectionCount: number;
  approvedCount: number;
  sections: SectionSummary[];
}

export interface SectionDetail extends SectionSummary {
  content: ContentBlock[];
}

export interface DocumentDetail extends Omit<DocumentSummary, "sections"> {
  createdAt: string;
  sections: SectionDetail[];
}
