import { z } from "zod";
import type { PersonRef } from "./threads";

export const SubmissionCreateSchema = z.object({ note: z.string().trim().max(4000).default("") });
export const ShareLinkCreateSchema = z.object({ label: z.string().trim().max(200).default("") });
export const SUBMISSION_FORMATS = ["docx", "pdf"] as const;
export type SubmissionFormat = (typeof SUBMISSION_FORMATS)[number];

export interface ContributorGroup {
  /** null for people outside any group (the secretariat, chairs, observers). */
  group: { slug: string; name: string } | null;
  people: string[];
}

export interface SubmissionFileView {
  format: SubmissionFormat;
  filename: string;
  size: number;
  sha256: string;
  /** Where a signed-in reader downloads it. */
  url: string;
}

export interface ChangeSummary {
  against: { number: number; submittedAt: string };
  sections: { title: string; change: "changed" | "added" | "removed"; insertedWords: number; deletedWords: number }[];
}

export interface ShareLinkView {
  id: string;
  label: string;
  createdAt: string;
  revokedAt: string | null;
  /** Present only in the answer that created it: the token is stored hashed. */
  url?: string;
}

export interface SubmissionView {
  id: string;
  number: number;
  versionId: string;
  submittedBy: PersonRef;
  submittedAt: string;
  note: string;
  files: SubmissionFileView[];
  contributors: ContributorGroup[];
  changeSummary: ChangeSummary | null;
  shareLinks: ShareLinkView[];
}

/** What a co-facilitator sees through a share link, without an account. */
export interface SharedSubmissionView {
  documentTitle: string;
  number: number;
  submittedAt: string;
  files: SubmissionFileView[];
  contributors: ContributorGroup[];
  changeSummary: ChangeSummary | null;
}
