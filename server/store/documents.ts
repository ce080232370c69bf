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
    async sections(documentIds: readonly string[]): Promise<SectionRow[]> {
      if (documentIds.length === 0) return [];
      return db
        .selectFrom("sections")
        .selectAll()
        .where("document_id", "in", documentIds)
        .orderBy("document_id")
        .orderBy("position")
        .execute();
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
