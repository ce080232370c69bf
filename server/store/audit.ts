import type { Kysely, Selectable } from "kysely";
import type { AuditLogTable, Database } from "./schema";

export type AuditRow = Selectable<AuditLogTable>;
export interface AuditEntry {
  at: number;
  actorId: string | null;
  action: string;
  target?: string | null;
  detail?: Record<string, unknown>;
}

export function createAuditRepo(db: Kysely<Database>) {
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
        })
        .execute();
    },
    async recent(limit: number): Promise<AuditRow[]> {
      return db.selectFrom("audit_log").selectAll().orderBy("seq", "desc").limit(limit).execute();
    },
  };
}
