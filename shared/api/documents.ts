import { z } from "zod";
import type { SectionStatus } from "../rights";
import { SlugSchema } from "./groups";
import type { ContentBlock } from "../editor/content";

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
});
export type DocumentCreateInput = z.infer<typeof DocumentCreateSchema>;

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
  /** Whether the signed-in user may edit it now, by the shared rules. */
  editable: boolean;
  /** Why not, in words, when it is not editable. */
  readOnlyReason: string | null;
}

export interface DocumentSummary {
  id: string;
  title: string;
  description: string;
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
