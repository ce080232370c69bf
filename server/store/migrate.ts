import { Migrator, type Migration, type MigrationProvider, type Kysely } from "kysely";
import type { Dialect } from "./dialect";
import * as foundation from "./migrations/001_foundation";
import * as collab from "./migrations/002_collab";
import * as review from "./migrations/003_review";
import * as submissions from "./migrations/004_submissions";
import * as suggestions from "./migrations/005_suggestions";
import * as threadSuggestions from "./migrations/006_thread_suggestions";
import * as needsYou from "./migrations/007_needs_you";
import * as cluster from "./migrations/008_cluster";
import * as submissionBase from "./migrations/009_submission_base";
import * as documentLanguage from "./migrations/010_document_language";
import * as userLocale from "./migrations/011_user_locale";
import * as versionLabelMessage from "./migrations/012_version_label_message";

type DialectMigration = { up(db: Kysely<unknown>, dialect: Dialect): Promise<void> };

// Listed here rather than read from disk so the same list runs under tsx, in tests and in a bundle.
const MIGRATIONS = {
  "001_foundation": foundation,
  "002_collab": collab,
  "003_review": review,
  "004_submissions": submissions,
  "005_suggestions": suggestions,
  "006_thread_suggestions": threadSuggestions,
  "007_needs_you": needsYou,
  "008_cluster": cluster,
  "009_submission_base": submissionBase,
  "010_document_language": documentLanguage,
  "011_user_locale": userLocale,
  "012_version_label_message": versionLabelMessage,
} satisfies Record<string, DialectMigration>;

export type MigrationName = keyof typeof MIGRATIONS;

class StaticProvider implements MigrationProvider {
  constructor(private readonly dialect: Dialect) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return Object.fromEntries(
      Object.entries(MIGRATIONS).map(([name, m]: [string, DialectMigration]) => [name, { up: (db: Kysely<unknown>) => m.up(db, this.dialect) }]),
    );
  }
}

/** Every migration in order; `upTo` stops after that one (the migration tests start from an older schema). */
export async function migrateToLatest(db: Kysely<unknown>, dialect: Dialect, upTo?: MigrationName): Promise<void> {
  const migrator = new Migrator({ db, provider: new StaticProvider(dialect) });
  const { error, results } = upTo ? await migrator.migrateTo(upTo) : await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (error || failed) {
    const reason = error instanceof Error ? error.message : String(error ?? "unknown error");
    throw new Error(`Database migration ${failed?.migrationName ?? ""} failed: ${reason}`);
  }
}
