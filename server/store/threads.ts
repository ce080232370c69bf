import type { Kysely, Selectable } from "kysely";
import type { CommentsTable, Database, NotificationsTable, ThreadsTable, AmendmentsTable } from "./schema";

export type ThreadRow = Selectable<ThreadsTable>;
export type CommentRow = Selectable<CommentsTable>;
export type NotificationRow = Selectable<NotificationsTable>;
export type AmendmentRow = Selectable<AmendmentsTable>;

export function createThreadRepo(db: Kysely<Database>) {
  return {
    async insert(row: ThreadRow): Promise<void> {
      await db.insertInto("threads").values(row).execute();
    },
    async byId(id: string): Promise<ThreadRow | undefined> {
      return db.selectFrom("threads").selectAll().where("id", "=", id).executeTakeFirst();
    },
    async byIds(ids: readonly string[]): Promise<ThreadRow[]> {
      if (ids.length === 0) return [];
      return db.selectFrom("threads").selectAll().where("id", "in", [...new Set(ids)]).execute();
    },
    async forDocument(documentId: string): Promise<ThreadRow[]> {
      return db.selectFrom("threads").selectAll().where("document_id", "=", documentId).orderBy("created_at").orderBy("id").execute();
    },
    /** The open thread about a suggestion, if it has one (the oldest, should two have been started at once). */
    async openForSuggestion(documentId: string, suggestionId: string): Promise<ThreadRow | undefined> {
      return db
        .selectFrom("threads")
        .selectAll()
        .where("document_id", "=", documentId)
        .where("suggestion_id", "=", suggestionId)
        .where("status", "=", "open")
        .orderBy("created_at")
        .orderBy("id")
        .executeTakeFirst();
    },
    async update(id: string, patch: Partial<Pick<ThreadRow, "status" | "resolved_by" | "resolved_at">>): Promise<void> {
      await db.updateTable("threads").set(patch).where("id", "=", id).execute();
    },
    async insertComment(row: CommentRow): Promise<void> {
      await db.insertInto("comments").values(row).execute();
    },
    async comment(id: string): Promise<CommentRow | undefined> {
      return db.selectFrom("comments").selectAll().where("id", "=", id).executeTakeFirst();
    },
    async commentsByIds(ids: readonly string[]): Promise<CommentRow[]> {
      if (ids.length === 0) return [];
      return db.selectFrom("comments").selectAll().where("id", "in", [...new Set(ids)]).execute();
    },
    async comments(threadIds: readonly string[]): Promise<CommentRow[]> {
      if (threadIds.length === 0) return [];
      return db.selectFrom("comments").selectAll().where("thread_id", "in", threadIds).orderBy("created_at").orderBy("id").execute();
    },
    async updateComment(id: string, patch: Partial<Pick<CommentRow, "body" | "mentions" | "edited_at" | "deleted_at">>): Promise<void> {
      await db.updateTable("comments").set(patch).where("id", "=", id).execute();
    },
  };
}

export function createNotificationRepo(db: Kysely<Database>) {
  return {
    async insert(rows: readonly NotificationRow[]): Promise<void> {
      if (rows.length > 0) await db.insertInto("notifications").values([...rows]).execute();
    },
    /** Unread entries of these kinds, newest first: what waits for the person. */
    async unread(userId: string, kinds: readonly NotificationRow["kind"][], limit: number): Promise<NotificationRow[]> {
      if (kinds.length === 0) return [];
      return db
        .selectFrom("notifications")
        .selectAll()
        .where("user_id", "=", userId)
        .where("read_at", "is", null)
        .where("kind", "in", kinds)
        .orderBy("created_at", "desc")
        .orderBy("id")
        .limit(limit)
        .execute();
    },
    async forUser(userId: string, limit: number): Promise<NotificationRow[]> {
      return db.selectFrom("notifications").selectAll().where("user_id", "=", userId).orderBy("created_at", "desc").orderBy("id").limit(limit).execute();
    },
    async unreadCount(userId: string): Promise<number> {
      const row = await db
        .selectFrom("notifications")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("user_id", "=", userId)
        .where("read_at", "is", null)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async markRead(userId: string, ids: readonly string[] | "all", now: number): Promise<void> {
      let query = db.updateTable("notifications").set({ read_at: now }).where("user_id", "=", userId).where("read_at", "is", null);
      if (ids !== "all") {
        if (ids.length === 0) return;
        query = query.where("id", "in", ids);
      }
      await query.execute();
    },
  };
}

export function createAmendmentRepo(db: Kysely<Database>) {
  return {
    async insert(row: AmendmentRow): Promise<void> {
      await db.insertInto("amendments").values(row).execute();
    },
    async byId(id: string): Promise<AmendmentRow | undefined> {
      return db.selectFrom("amendments").selectAll().where("id", "=", id).executeTakeFirst();
    },
    async forDocument(documentId: string): Promise<AmendmentRow[]> {
      return db.selectFrom("amendments").selectAll().where("document_id", "=", documentId).orderBy("created_at").orderBy("id").execute();
    },
    async reopen(id: string): Promise<void> {
      await db.updateTable("amendments").set({ status: "open", decided_by: null, decided_at: null, decision_note: null }).where("id", "=", id).execute();
    },
    /** Decides it only if still open: two owners clicking at once cannot both win. */
    async decide(id: string, patch: Pick<AmendmentRow, "status" | "decided_by" | "decided_at" | "decision_note">): Promise<boolean> {
      const result = await db.updateTable("amendments").set(patch).where("id", "=", id).where("status", "=", "open").executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
  };
}
