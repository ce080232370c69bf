import { z } from "zod";
import { IdSchema } from "./users";
import { AnchorSchema, type Anchor, type PersonRef } from "./threads";

export const AmendmentCreateSchema = z.object({
  sectionId: IdSchema,
  anchor: AnchorSchema,
  /** The text as the proposer saw it (empty for a pure insertion). */
  originalText: z.string().max(20_000),
  /** The replacement (empty for a pure deletion). */
  proposedText: z.string().max(20_000),
  reason: z.string().trim().max(4000).default(""),
}).refine((v) => v.originalText !== v.proposedText, { message: "The proposal is the same as the text.", path: ["proposedText"] });
export type AmendmentCreateInput = z.infer<typeof AmendmentCreateSchema>;

export const AmendmentAcceptSchema = z.object({
  /** Accept even though the anchored text changed since the proposal. */
  confirmChanged: z.boolean().default(false),
});
export const AmendmentRejectSchema = z.object({ reason: z.string().trim().min(1, "Give a reason for the proposer.").max(4000) });

export type AmendmentStatus = "open" | "accepted" | "rejected" | "withdrawn";

export interface AmendmentView {
  id: string;
  documentId: string;
  sectionId: string;
  anchor: Anchor;
  originalText: string;
  proposedText: string;
  reason: string;
  status: AmendmentStatus;
  /** The anchored text now, or null when it was deleted. */
  currentText: string | null;
  /** The anchored text is no longer what the proposer saw. */
  changedSince: boolean;
  proposer: PersonRef;
  createdAt: string;
  decidedBy: PersonRef | null;
  decidedAt: string | null;
  decisionNote: string | null;
}

export { IdSchema };
