import { z } from "zod";
import type { PersonRef } from "./threads";
import { IdSchema } from "./users";

export const SubmissionCreateSchema = z.object({
  note: z.string().trim().max(4000).default(""),
  /** A stored version of the document (the officially issued base text): the submission adds a redline against it. */
  /** "" (the form's "none") is the same as leaving it out. */
  baseVersionId: IdSchema.or(z.literal("")).optional(),
});
export type SubmissionCreateInput = z.infer<typeof SubmissionCreateSchema>;
export const ShareLinkCreateSchema = z.object({ label: z.string().trim().max(200).default("") });
/** The files a submission stores: the clean DOCX and PDF, and, when a base version was chosen, the redline DOCX. */
export const SUBMISSION_FORMATS = ["docx", "pdf", "redline"] as const;
export type SubmissionFormat = (typeof SUBMISSION_FORMATS)[number];

/** What a person did to the paper: typed in their group's text, suggested changes, commented, proposed amendments. */
export const CONTRIBUTIONS = ["wrote", "suggested", "commented", "amended"] as const;
export type Contribution = (typeof CONTRIBUTIONS)[number];

/** The roles people outside any group are listed under, in this order. */
export const CONTRIBUTOR_ROLES = ["chair", "admin", "observer", "member"] as const;
export type ContributorRole = (typeof CONTRIBUTOR_ROLES)[number];

/**
 * The words a list of contributors is written with, in the reader's language: the submission page takes them from
 * its message catalogue, the exports from the document language's words (server/export/words.ts).
 */
export interface ContributorWords {
  /** The heading of the people outside any group, by their role ("Chairs", "Secretariat"…). */
  roleHeadings: Record<ContributorRole, string>;
  /** The heading of everyone outside a group, in entries stored before roles were recorded. */
  others: string;
  contribution: Record<Contribution, string>;
  /** "Amara Okafor (wrote, commented)", the contributions already in the language's list. */
  person(name: string, did: string): string;
  /** "Sections: Introduction; Conclusion", with the count for the language's plural. */
  sections(count: number, titles: string): string;
  /** Joins contributions ("wrote, commented") and section titles ("A; B") as the language writes lists. */
  separator: { contributions: string; titles: string };
}

export const ENGLISH_CONTRIBUTOR_WORDS: ContributorWords = {
  roleHeadings: { chair: "Chairs", admin: "Secretariat", observer: "Observers", member: "Members outside any group" },
  others: "Secretariat, chairs and others",
  contribution: { wrote: "wrote", suggested: "suggested", commented: "commented", amended: "proposed amendments" },
  person: (name, did) => `${name} (${did})`,
  sections: (count, titles) => `${count === 1 ? "Section" : "Sections"}: ${titles}`,
  separator: { contributions: ", ", titles: "; " },
};

export interface ContributorPerson {
  name: string;
  did: Contribution[];
}

/**
 * One entry of a submission's contributors. Stored as JSON with the submission: entries stored before `role`,
 * `sections` and `contributions` existed have only `group` and `people` (one entry with group null for everyone
 * outside a group), and still read.
 */
export interface ContributorGroup {
  /** null for people outside any group (the secretariat, chairs, observers). */
  group: { slug: string; name: string } | null;
  /** With group null: the role its people hold. */
  role?: ContributorRole;
  /** The titles of the sections the group owns, in outline order (empty when it owns none). */
  sections?: string[];
  /** Names, by name. */
  people: string[];
  /** The same people in the same order, with what each did. */
  contributions?: ContributorPerson[];
}

/** The heading of an entry, as the submission page and the files' front matter print it. */
export const contributorHeading = (entry: ContributorGroup, words: ContributorWords): string =>
  entry.group?.name ?? (entry.role ? words.roleHeadings[entry.role] : words.others);

/** "Amara Okafor (wrote, commented)": each person of an entry, with what they did when that was recorded. */
export const contributorLines = (entry: ContributorGroup, words: ContributorWords): string[] =>
  entry.contributions?.map((p) =>
    p.did.length > 0 ? words.person(p.name, p.did.map((d) => words.contribution[d]).join(words.separator.contributions)) : p.name,
  ) ?? entry.people;

/** "Sections: Introduction; Conclusion", or null for an entry that owns none (or was stored without them). */
export const contributorSections = (entry: ContributorGroup, words: ContributorWords): string | null =>
  entry.sections && entry.sections.length > 0 ? words.sections(entry.sections.length, entry.sections.join(words.separator.titles)) : null;

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
  /** The version the redline file is against (its label when it still exists), or null without one. */
  baseVersion: { id: string; label: string } | null;
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
