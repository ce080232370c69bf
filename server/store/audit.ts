import { sql, type Kysely, type Selectable } from "kysely";
import type { AuditLogTable, Database } from "./schema";

export type AuditRow = Selectable<AuditLogTable>;
export interface AuditEntry {
  at: number;
  actorId: string | null;
  action: string;
  target?: string | null;
  detail?: Record<string, unknown>;
}

export interface AuditFilter {
  documentId?: string;
  actorId?: string;
  /** A prefix: "section." matches every section action. */
  action?: string;
  from?: number;
  to?: number;
  limit: number;
}

/** The audit log gained an entry (told once it is committed); `documentId` when it concerns a document. */
export type AuditListener = (entry: { documentId: string | null; action: string }) => void;

/** `recorded` hears of each entry; inside a transaction, the store tells it after commit. */
export function createAuditRepo(db: Kysely<Database>, recorded: AuditListener = () => {}) {
  return {
    async record(entry: AuditEntry): Promise<void> {
      await db
        .insertInto("audit_log")
        .values({
          at: entry.at,
          actor_id: entry.actorId,
          action: entry.action,
          target: entry.target ?? null,
          detail: JSON.stringify(entry.detail ?? {}),
          document_id: typeof entry.detail?.documentId === "string" ? entry.detail.documentId : null,
        })
        .execute();
      recorded({ documentId: typeof entry.detail?.documentId === "string" ? entry.detail.documentId : null, action: entry.action });
    },
    async search(filter: AuditFilter): Promise<AuditRow[]> {
      let query = db.selectFrom("audit_log").selectAll();
      if (filter.documentId) query = query.where("document_id", "=", filter.documentId);
      if (filter.actorId) query = query.where("actor_id", "=", filter.actorId);
      // A prefix match without LIKE: action names contain "_", which LIKE would read as a wildcard.
      if (filter.action) query = query.where(sql<string>`substr(action, 1, ${filter.action.length})`, "=", filter.action);
      if (filter.from !== undefined) query = query.where("at", ">=", filter.from);
      if (filter.to !== undefined) query = query.where("at", "<", filter.to);
      return query.orderBy("seq", "desc").limit(filter.limit).execute();
    },
    async recent(limit: number): Promise<AuditRow[]> {
      return db.selectFrom("audit_log").selectAll().orderBy("seq", "desc").limit(limit).execute();
    },
  };
}
