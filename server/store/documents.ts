import type { Insertable, Kysely, Selectable } from "kysely";
import type { Database, DocumentsTable, DocumentUpdatesTable, SectionsTable } from "./schema";

/** A document as the app sees it: its log head is the collaboration layer's business (logHead). */
export type DocumentRow = Omit<Selectable<DocumentsTable>, "log_head">;
export type SectionRow = Selectable<SectionsTable>;
export type DocumentUpdateRow = Selectable<DocumentUpdatesTable>;

const DOCUMENT_COLUMNS = ["id", "title", "description", "language", "created_by", "created_at", "updated_at"] as const;

export function createDocumentRepo(db: Kysely<Database>) {
  return {
    async insert(document: DocumentRow): Promise<void> {
      await db.insertInto("documents").values(document).execute();
    },
    async byId(id: string): Promise<DocumentRow | undefined> {
      return db.selectFrom("documents").select(DOCUMENT_COLUMNS).where("id", "=", id).executeTakeFirst();
    },
    async list(): Promise<DocumentRow[]> {
      return db.selectFrom("documents").select(DOCUMENT_COLUMNS).orderBy("updated_at", "desc").execute();
    },
    async update(id: string, patch: Partial<Pick<DocumentRow, "language">>, now: number): Promise<void> {
      await db.updateTable("documents").set({ ...patch, updated_at: now }).where("id", "=", id).execute();
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
    async updateSection(sectionId: string, patch: Partial<Pick<SectionRow, "title" | "owner_group_id" | "due_date" | "status" | "position" | "retired_at" | "language">>): Promise<void> {
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
    /**
     * Stores one round of a document's log: takes the next round number from the documents row (whose lock then
     * orders this transaction after any other instance's round of the same document) and appends the rows with it.
     * Run it inside a transaction. Returns the round and the last seq written.
     */
    async appendRound(documentId: string, updates: readonly Omit<Insertable<DocumentUpdatesTable>, "round">[]): Promise<{ round: number; lastSeq: number }> {
      const head = await db
        .updateTable("documents")
        .set((eb) => ({ log_head: eb("log_head", "+", 1) }))
        .where("id", "=", documentId)
        .returning("log_head")
        .executeTakeFirstOrThrow();
      const round = Number(head.log_head);
      let lastSeq = 0;
      for (const update of updates) {
        const row = await db.insertInto("document_updates").values({ ...update, round }).returning("seq").executeTakeFirstOrThrow();
        lastSeq = Number(row.seq);
      }
      return { round, lastSeq };
    },
    /**
     * Locks the document's row for the rest of the transaction (PostgreSQL; SQLite has one writer anyway) and
     * reads its log head: rounds of this document wait until the transaction ends.
     */
    async lockHead(documentId: string): Promise<number> {
      const row = await db
        .updateTable("documents")
        .set((eb) => ({ log_head: eb.ref("log_head") }))
        .where("id", "=", documentId)
        .returning("log_head")
        .executeTakeFirstOrThrow();
      return Number(row.log_head);
    },
    /** Which of these sections are approved now. */
    async approvedAmong(sectionIds: readonly string[]): Promise<string[]> {
      if (sectionIds.length === 0) return [];
      const rows = await db.selectFrom("sections").select("id").where("id", "in", sectionIds).where("status", "=", "approved").execute();
      return rows.map((r) => r.id);
    },
    /** The number of rounds stored in the document's log so far. */
    async logHead(documentId: string): Promise<number> {
      const row = await db.selectFrom("documents").select("log_head").where("id", "=", documentId).executeTakeFirst();
      return row ? Number(row.log_head) : 0;
    },
    /** The log rows stored by rounds after `round`, in order (a snapshot that folded them in counts as its round). */
    async updatesAfter(documentId: string, round: number): Promise<DocumentUpdateRow[]> {
      const rows = await db.selectFrom("document_updates").selectAll().where("document_id", "=", documentId).where("round", ">", round).orderBy("seq").execute();
      return rows.map(asUpdateRow);
    },
    async appendUpdate(update: Insertable<DocumentUpdatesTable>): Promise<void> {
      await db.insertInto("document_updates").values(update).execute();
    },
    /**
     * Replaces every log entry up to `upToSeq` by one snapshot of the whole state (compaction). The snapshot
     * carries `round`, the last round it holds, so an instance that had read up to an earlier round reads it.
     */
    async compact(documentId: string, upToSeq: number, snapshot: Uint8Array, now: number, round: number): Promise<void> {
      await db.deleteFrom("document_updates").where("document_id", "=", documentId).where("seq", "<=", upToSeq).execute();
      await db.insertInto("document_updates").values({ document_id: documentId, data: snapshot, user_id: null, client_id: null, created_at: now, round }).execute();
    },
    /** Log rows of the document up to `seq`. */
    async countUpTo(documentId: string, seq: number): Promise<number> {
      const row = await db
        .selectFrom("document_updates")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("document_id", "=", documentId)
        .where("seq", "<=", seq)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    /** Who owns these clientIDs in the document, after claiming the unowned ones for `userId` (first one wins). */
    async claimClients(documentId: string, userId: string, clientIds: readonly number[], now: number): Promise<Map<number, string>> {
      for (const clientId of clientIds) {
        await db
          .insertInto("document_clients")
          .values({ document_id: documentId, client_id: clientId, user_id: userId, created_at: now })
          .onConflict((oc) => oc.columns(["document_id", "client_id"]).doNothing())
          .execute();
      }
      const rows = await db.selectFrom("document_clients").select(["client_id", "user_id"]).where("document_id", "=", documentId).where("client_id", "in", [...clientIds]).execute();
      return new Map(rows.map((r) => [Number(r.client_id), r.user_id]));
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
      return rows.map(asUpdateRow);
    },
  };
}

// better-sqlite3 hands back Buffers, pg too (and bigint columns as strings); Yjs wants plain Uint8Array views.
const asUpdateRow = (r: DocumentUpdateRow): DocumentUpdateRow => ({
  ...r,
  round: Number(r.round),
  data: new Uint8Array(r.data.buffer, r.data.byteOffset, r.data.byteLength),
});
