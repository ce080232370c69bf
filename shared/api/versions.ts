import { z } from "zod";
import { IdSchema } from "./users";
import type { PersonRef } from "./threads";

export const VersionCreateSchema = z.object({ label: z.string().trim().min(1, "Name the version.").max(200) });
export const RestoreSchema = z.object({ sectionId: IdSchema.optional() });
export const DiffQuerySchema = z.object({ against: z.union([z.literal("current"), IdSchema]).default("current") });

export type VersionKindName = "manual" | "approval" | "transition" | "restore" | "submission" | "auto";

export interface VersionView {
  id: string;
  label: string;
  kind: VersionKindName;
  author: PersonRef | null;
  createdAt: string;
}

export type DiffOp = { type: "equal" | "insert" | "delete"; text: string };

export interface SectionDiff {
  sectionId: string;
  title: string;
  /** added/removed: the section exists on one side only. */
  change: "unchanged" | "changed" | "added" | "removed";
  ops: DiffOp[];
  insertedWords: number;
  deletedWords: number;
}

export interface VersionDiff {
  from: { id: string; label: string; createdAt: string };
  to: { id: string | "current"; label: string; createdAt: string };
  sections: SectionDiff[];
  summary: { changedSections: number; insertedWords: number; deletedWords: number };
}

export interface RestoreResult {
  restoredSections: string[];
  /** Sections a whole-document restore left alone, with why. */
  skipped: { sectionId: string; title: string; reason: string }[];
  versionId: string;
}
