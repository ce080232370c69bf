import { z } from "zod";
import { IdSchema } from "./users";
import type { PersonRef } from "./threads";
import { SUGGESTION_ID } from "../editor/marks/suggestion";

// Suggestions live in the section text as marks (shared/editor/marks/suggestion.ts). What the marks cannot carry,
// the server writes into the `suggestions` root when it first stores a suggestion: who made it (as the server
// knows them, not as the client claims), their groups at the time, and when.

export interface SuggestionInfo {
  id: string;
  sectionId: string;
  author: PersonRef;
  /** Names of the author's groups when the suggestion was made. */
  groups: string[];
  createdAt: string;
}

export const SUGGESTION_DECISIONS = ["accept", "reject", "withdraw"] as const;
export type SuggestionDecision = (typeof SUGGESTION_DECISIONS)[number];

export const SuggestionDecideSchema = z.object({
  decision: z.enum(SUGGESTION_DECISIONS),
  /** The suggestions decided on, all in the section of the URL (the client resolves "by person", "by group", "in a range"). */
  ids: z.array(z.string().regex(SUGGESTION_ID, "Not a suggestion id.")).min(1, "Choose at least one suggestion.").max(2000),
  note: z.string().trim().max(4000).default(""),
});
export type SuggestionDecideInput = z.infer<typeof SuggestionDecideSchema>;

export interface SuggestionDecisionResult {
  sectionId: string;
  decision: SuggestionDecision;
  /** The ids that were open and are now decided. */
  decided: string[];
  /** Ids that were no longer in the section (decided or withdrawn by someone else meanwhile). */
  missing: string[];
}

/** A stored outcome, for the comments matrix and the audit log. */
export interface SuggestionOutcomeView {
  id: string;
  documentId: string;
  sectionId: string;
  suggestionId: string;
  kind: "insertion" | "deletion" | "replacement";
  /** The words inserted (empty for a deletion) and deleted (empty for an insertion). */
  insertedText: string;
  deletedText: string;
  author: PersonRef;
  decision: SuggestionDecision;
  decidedBy: PersonRef;
  decidedAt: string;
  note: string;
}

export const SectionIdParam = z.object({ id: IdSchema, sectionId: IdSchema });
