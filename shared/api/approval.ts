import { z } from "zod";
import type { PersonRef } from "./threads";
import type { SectionDiff } from "./versions";

/**
 * What a chair reviewed: the SHA-256 (hex) of the section's content as the server reads it (text, marks,
 * suggestions, footnotes). The approval dialog receives it with the text it shows, and approval sends it back.
 */
export const FingerprintSchema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, "Send the fingerprint exactly as GET …/approval gave it (64 hexadecimal characters).");

/** An open suggestion, as the approval dialog lists it. */
export interface ApprovalSuggestion {
  id: string;
  author: PersonRef;
  kind: "insertion" | "deletion" | "replacement";
  inserted: string;
  deleted: string;
}

/** An open comment thread in the section, as the approval dialog lists it. */
export interface ApprovalThread {
  id: string;
  quote: string;
  createdBy: PersonRef;
  /** The first comment's words (shortened). */
  firstComment: string;
  comments: number;
}

/** Everything a chair is shown before approving a section, and the fingerprint of the text it shows. */
export interface ApprovalFacts {
  sectionId: string;
  title: string;
  status: string;
  fingerprint: string;
  /** The section's plain text now. */
  text: string;
  /** What changed since it was last submitted for review; null when no submission is on record. */
  sinceSubmitted: { at: string; by: PersonRef; diff: SectionDiff } | null;
  openSuggestions: ApprovalSuggestion[];
  openThreads: ApprovalThread[];
}

/** The details of a 409 `section_changed`: what changed since the chair looked, and the facts as they are now. */
export interface SectionChangedDetails {
  /** Word diff from the text the chair was shown to the text now; null when the server no longer knows that text. */
  sinceSeen: SectionDiff | null;
  facts: ApprovalFacts;
}
