import type { Kysely, Selectable } from "kysely";
import type { Database, ShareLinksTable, SubmissionFilesTable, SubmissionsTable } from "./schema";

export type SubmissionRow = Selectable<SubmissionsTable>;
export type SubmissionFileRow = Selectable<SubmissionFilesTable>;
export type SubmissionFileSummary = Omit<SubmissionFileRow, "content">;
export type ShareLinkRow = Selectable<ShareLinksTable>;

const bytes = (data: Uint8Array) => new Uint8Array(data.buffer, data.byteOffset, data.byteLength);

export function createSubmissionRepo(db: Kysely<Database>) {
  return {
    async insert(row: SubmissionRow, files: readonly SubmissionFileRow[]): Promise<void> {
      await db.insertInto("submissions").values(row).execute();
      for (const file of files) await db.insertInto("submission_files").values(file).execute();
    },
    async forDocument(documentId: string): Promise<SubmissionRow[]> {
      return db.selectFrom("submissions").selectAll().where("document_id", "=", documentId).orderBy("number", "desc").execute();
    },
    async byId(id: string): Promise<SubmissionRow | undefined> {
      return db.selectFrom("submissions").selectAll().where("id", "=", id).executeTakeFirst();
    },
    async nextNumber(documentId: string): Promise<number> {
      const row = await db
        .selectFrom("submissions")
        .select((eb) => eb.fn.max<number | null>("number").as("max"))
        .where("document_id", "=", documentId)
        .executeTakeFirst();
      return row?.max == null ? 1 : Number(row.max) + 1;
    },
    async files(submissionIds: readonly string[]): Promise<SubmissionFileSummary[]> {
      if (submissionIds.length === 0) return [];
      return db
        .selectFrom("submission_files")
        .select(["id", "submission_id", "format", "filename", "content_type", "size", "sha256"])
        .where("submission_id", "in", submissionIds)
        .orderBy("format")
        .execute();
    },
    async file(submissionId: string, format: string): Promise<SubmissionFileRow | undefined> {
      const row = await db.selectFrom("submission_files").selectAll().where("submission_id", "=", submissionId).where("format", "=", format).executeTakeFirst();
      return row && { ...row, content: bytes(row.content) };
    },
    async insertShareLink(row: ShareLinkRow): Promise<void> {
      await db.insertInto("share_links").values(row).execute();
    },
    async shareLinks(submissionIds: readonly string[]): Promise<ShareLinkRow[]> {
      if (submissionIds.length === 0) return [];
      return db.selectFrom("share_links").selectAll().where("submission_id", "in", submissionIds).orderBy("created_at").execute();
    },
    async shareLinkByHash(tokenHash: string): Promise<ShareLinkRow | undefined> {
      return db.selectFrom("share_links").selectAll().where("token_hash", "=", tokenHash).executeTakeFirst();
    },
    async revokeShareLink(id: string, now: number): Promise<boolean> {
      const result = await db.updateTable("share_links").set({ revoked_at: now }).where("id", "=", id).where("revoked_at", "is", null).executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
  };
}
