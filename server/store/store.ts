import type { Kysely } from "kysely";
import { connect, type ConnectOptions, type Dialect } from "./dialect";
import { migrateToLatest } from "./migrate";
import type { Database } from "./schema";
import { createUserRepo } from "./users";
import { createSessionRepo } from "./sessions";
import { createGroupRepo } from "./groups";
import { createInvitationRepo } from "./invitations";
import { createDocumentRepo } from "./documents";
import { createAuditRepo } from "./audit";
import { createActivityRepo, createTransitionRepo, createVersionRepo } from "./review";
import { createAmendmentRepo, createNotificationRepo, createThreadRepo } from "./threads";
import { createSubmissionRepo } from "./submissions";
import { createSuggestionOutcomeRepo } from "./suggestions";
import { createNeedsRepo } from "./needs";

// One Store over either dialect: Kysely writes the SQL for both, so the "adapters" reduce to how we connect
// (dialect.ts) and the few column types the migrations choose per dialect.

function repos(db: Kysely<Database>) {
  return {
    users: createUserRepo(db),
    sessions: createSessionRepo(db),
    groups: createGroupRepo(db),
    invitations: createInvitationRepo(db),
    documents: createDocumentRepo(db),
    audit: createAuditRepo(db),
    transitions: createTransitionRepo(db),
    versions: createVersionRepo(db),
    activity: createActivityRepo(db),
    threads: createThreadRepo(db),
    notifications: createNotificationRepo(db),
    amendments: createAmendmentRepo(db),
    submissions: createSubmissionRepo(db),
    suggestionOutcomes: createSuggestionOutcomeRepo(db),
    needs: createNeedsRepo(db),
  };
}

export type Repos = ReturnType<typeof repos>;

export interface Store extends Repos {
  readonly dialect: Dialect;
  readonly description: string;
  /** Runs `work` in one transaction; everything it does through `tx` commits or rolls back together. */
  transaction<T>(work: (tx: Repos) => Promise<T>): Promise<T>;
  /** Answers whether the database is reachable, for the health endpoint. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export async function openStore(databaseUrl: string, options: ConnectOptions = {}): Promise<Store> {
  const { db, dialect, description } = connect(databaseUrl, options);
  try {
    await migrateToLatest(db as Kysely<unknown>, dialect);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return {
    ...repos(db),
    dialect,
    description,
    transaction: (work) => db.transaction().execute((trx) => work(repos(trx))),
    async ping() {
      try {
        await db.selectFrom("users").select("id").limit(1).execute();
        return true;
      } catch {
        return false;
      }
    },
    close: () => db.destroy(),
  };
}
