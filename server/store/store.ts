import { sql } from "kysely";
import type { Kysely } from "kysely";
import { connect, type ConnectOptions, type Dialect } from "./dialect";
import { migrateToLatest } from "./migrate";
import type { Database } from "./schema";
import { createUserRepo } from "./users";
import { createSessionRepo } from "./sessions";
import { createGroupRepo } from "./groups";
import { createInvitationRepo } from "./invitations";
import { createDocumentRepo } from "./documents";
import { createAuditRepo, type AuditListener } from "./audit";
import { createActivityRepo, createTransitionRepo, createVersionRepo } from "./review";
import { createAmendmentRepo, createNotificationRepo, createThreadRepo } from "./threads";
import { createSubmissionRepo } from "./submissions";
import { createSuggestionOutcomeRepo } from "./suggestions";
import { createNeedsRepo } from "./needs";

// One Store over either dialect: Kysely writes the SQL for both, so the "adapters" reduce to how we connect
// (dialect.ts) and the few column types the migrations choose per dialect.

function repos(db: Kysely<Database>, dialect: Dialect, audited: AuditListener) {
  return {
    /**
     * Inside a transaction: waits until no other transaction holds the same named lock, and holds it until this
     * one ends (PostgreSQL advisory lock: instances starting together take turns; SQLite has one writer anyway).
     */
    async exclusively(name: string): Promise<void> {
      if (dialect === "postgres") await sql`select pg_advisory_xact_lock(hashtext(${name}))`.execute(db);
    },
    users: createUserRepo(db),
    sessions: createSessionRepo(db),
    groups: createGroupRepo(db),
    invitations: createInvitationRepo(db),
    documents: createDocumentRepo(db),
    audit: createAuditRepo(db, audited),
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
  /**
   * Hears of every committed audit entry (the live activity feed and audit log follow it); returns the way to
   * stop listening.
   */
  onAudited(listener: AuditListener): () => void;
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
  const listeners = new Set<AuditListener>();
  const tell: AuditListener = (entry) => {
    for (const listener of listeners) listener(entry);
  };
  return {
    ...repos(db, dialect, tell),
    dialect,
    description,
    async transaction(work) {
      // Entries recorded inside are told only once committed: a rolled-back entry never happened.
      const recorded: Parameters<AuditListener>[0][] = [];
      const result = await db.transaction().execute((trx) => work(repos(trx, dialect, (entry) => recorded.push(entry))));
      for (const entry of recorded) tell(entry);
      return result;
    },
    onAudited(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
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
