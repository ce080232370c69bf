import type { Insertable, Kysely, Selectable } from "kysely";
import type { Database, DocumentsTable, DocumentUpdatesTable, SectionsTable } from "./schema";

export type DocumentRow = Selectable<DocumentsTable>;
export type SectionRow = Selectable<SectionsTable>;
export type DocumentUpdateRow = Selectable<DocumentUpdatesTable>;

export function createDocumentRepo(db: Kysely<Database>) {
  return {
    async insert(document: DocumentRow): Promise<void> {
      await db.insertInto("documents").values(document).execute();
    },
    async byId(id: string): Promise<DocumentRow | undefined> {
      return db.selectFrom("documents").selectAll().where("id", "=", id).executeTakeFirst();
    },
    async list(): Promise<DocumentRow[]> {
      return db.selectFrom("documents").selectAll().orderBy("updated_at", "desc").execute();
    },
    async touch(id: string, now: number): Promise<void> {
      await db.updateTable("documents").set({ updated_at: now }).where("id", "=", id).execute();
    },
    async insertSection(section: SectionRow): Promise<void> {
      await db.insertInto("sections").values(section).execute();
    },
    /** The live (not retired) sections of these documents, in order. */
    async sections(documentIds: readonly string[]): Promise<SectionRow[]> {
      if (documentIds.length === 0) return [];
      return db
        .selectFrom("sections")
        .selectAll()
        .where("document_id", "in", documentIds)
        .where("retired_at", "is", null)
        .orderBy("document_id")
        .orderBy("position")
        .execute();
    },
    /** Every section these documents ever had, retired ones too (activity names them), in outline order. */
    async sectionsEver(documentIds: readonly string[]): Promise<SectionRow[]> {
      if (documentIds.length === 0) return [];
      return db.selectFrom("sections").selectAll().where("document_id", "in", documentIds).orderBy("document_id").orderBy("position").execute();
    },
    async section(documentId: string, sectionId: string): Promise<SectionRow | undefined> {
      return db
        .selectFrom("sections")
        .selectAll()
        .where("document_id", "=", documentId)
        .where("id", "=", sectionId)
        .where("retired_at", "is", null)
        .executeTakeFirst();
    },
    async updateSection(sectionId: string, patch: Partial<Pick<SectionRow, "title" | "owner_group_id" | "due_date" | "status" | "position" | "retired_at">>): Promise<void> {
      await db.updateTable("sections").set(patch).where("id", "=", sectionId).execute();
    },
    async sectionsInStatus(status: SectionRow["status"]): Promise<SectionRow[]> {
      return db.selectFrom("sections").selectAll().where("status", "=", status).where("retired_at", "is", null).orderBy("document_id").orderBy("position").execute();
    },
    async nextPosition(documentId: string): Promise<number> {
      const row = await db
        .selectFrom("sections")
        .select((eb) => eb.fn.max<number | null>("position").as("max"))
        .where("document_id", "=", documentId)
        .executeTakeFirst();
      return row?.max == null ? 0 : Number(row.max) + 1;
    },
    async appendUpdate(update: Insertable<DocumentUpdatesTable>): Promise<void> {
      await db.insertInto("document_updates").values(update).execute();
    },
    /** Appends several updates (one flush window) and returns the last seq written. */
    async appendUpdates(updates: readonly Insertable<DocumentUpdatesTable>[]): Promise<number> {
      let last = 0;
      for (const update of updates) {
        const row = await db.insertInto("document_updates").values(update).returning("seq").executeTakeFirstOrThrow();
        last = Number(row.seq);
      }
      return last;
    },
    /** Replaces every log entry up to `upToSeq` by one snapshot of the whole state (compaction). */
    async compact(documentId: string, upToSeq: number, snapshot: Uint8Array, now: number): Promise<void> {
      await db.deleteFrom("document_updates").where("document_id", "=", documentId).where("seq", "<=", upToSeq).execute();
      await db.insertInto("document_updates").values({ document_id: documentId, data: snapshot, user_id: null, client_id: null, created_at: now }).execute();
    },
    async updateCount(documentId: string): Promise<number> {
      const row = await db
        .selectFrom("document_updates")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("document_id", "=", documentId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async clientOwners(documentId: string): Promise<Map<number, string>> {
      const rows = await db.selectFrom("document_clients").select(["client_id", "user_id"]).where("document_id", "=", documentId).execute();
      return new Map(rows.map((r) => [Number(r.client_id), r.user_id]));
    },
    async addClientOwners(documentId: string, owners: readonly { clientId: number; userId: string }[], now: number): Promise<void> {
      for (const owner of owners) {
        await db
          .insertInto("document_clients")
          .values({ document_id: documentId, client_id: owner.clientId, user_id: owner.userId, created_at: now })
          .onConflict((oc) => oc.columns(["document_id", "client_id"]).doNothing())
          .execute();
      }
    },
    async updates(documentId: string): Promise<DocumentUpdateRow[]> {
      const rows = await db
        .selectFrom("document_updates")
        .selectAll()
        .where("document_id", "=", documentId)
        .orderBy("seq")
        .execute();
      // better-sqlite3 hands back Buffers, pg too; Yjs wants plain Uint8Array views.
      return rows.map((r) => ({ ...r, data: new Uint8Array(r.data.buffer, r.data.byteOffset, r.data.byteLength) }));
    },
  };
}
