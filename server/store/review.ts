import type { Kysely, Selectable } from "kysely";
import type { Database, SectionTransitionsTable, VersionsTable, EditActivityTable } from "./schema";

export type TransitionRow = Selectable<SectionTransitionsTable>;
export type VersionRow = Selectable<VersionsTable>;
export type VersionSummaryRow = Omit<VersionRow, "state">;

export function createTransitionRepo(db: Kysely<Database>) {
  return {
    async insert(row: Omit<TransitionRow, "seq">): Promise<void> {
      await db.insertInto("section_transitions").values(row).execute();
    },
    async forSection(sectionId: string): Promise<TransitionRow[]> {
      return db.selectFrom("section_transitions").selectAll().where("section_id", "=", sectionId).orderBy("seq").execute();
    },
    async forDocument(documentId: string): Promise<TransitionRow[]> {
      return db.selectFrom("section_transitions").selectAll().where("document_id", "=", documentId).orderBy("seq").execute();
    },
  };
}

export function createVersionRepo(db: Kysely<Database>) {
  return {
    async insert(row: VersionRow): Promise<void> {
      await db.insertInto("versions").values(row).execute();
    },
    async list(documentId: string): Promise<VersionSummaryRow[]> {
      return db
        .selectFrom("versions")
        .select(["id", "document_id", "label", "label_message", "kind", "author_id", "created_at", "outline"])
        .where("document_id", "=", documentId)
        .orderBy("created_at", "desc")
        .orderBy("id")
        .execute();
    },
    async byId(documentId: string, id: string): Promise<VersionRow | undefined> {
      const row = await db.selectFrom("versions").selectAll().where("document_id", "=", documentId).where("id", "=", id).executeTakeFirst();
      return row && { ...row, state: new Uint8Array(row.state.buffer, row.state.byteOffset, row.state.byteLength) };
    },
    /** When the document's last automatic version was made (0 if never). */
    async lastAutoAt(documentId: string): Promise<number> {
      const row = await db
        .selectFrom("versions")
        .select((eb) => eb.fn.max<number | null>("created_at").as("at"))
        .where("document_id", "=", documentId)
        .where("kind", "=", "auto")
        .executeTakeFirst();
      return row?.at == null ? 0 : Number(row.at);
    },
    async latest(documentId: string): Promise<VersionSummaryRow | undefined> {
      return db
        .selectFrom("versions")
        .select(["id", "document_id", "label", "label_message", "kind", "author_id", "created_at", "outline"])
        .where("document_id", "=", documentId)
        .orderBy("created_at", "desc")
        .limit(1)
        .executeTakeFirst();
    },
  };
}

export function createActivityRepo(db: Kysely<Database>) {
  return {
    /** Adds edit counts per section, person and hour. */
    async addEdits(rows: readonly Selectable<EditActivityTable>[]): Promise<void> {
      for (const row of rows) {
        await db
          .insertInto("edit_activity")
          .values(row)
          .onConflict((oc) =>
            oc.columns(["document_id", "section_id", "user_id", "period_start"]).doUpdateSet((eb) => ({ updates: eb("edit_activity.updates", "+", row.updates) })),
          )
          .execute();
      }
    },
    async edits(documentId: string, since = 0): Promise<Selectable<EditActivityTable>[]> {
      return db
        .selectFrom("edit_activity")
        .selectAll()
        .where("document_id", "=", documentId)
        .where("period_start", ">=", since)
        .orderBy("period_start", "desc")
        .execute();
    },
  };
}
