import type { Kysely } from "kysely";
import type { Dialect } from "../dialect";

// Final submissions: a frozen version, its rendered files with their SHA-256, contributors, and revocable
// read-only share links for the co-facilitators.
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const bytes = dialect === "postgres" ? "bytea" : "blob";
  await db.schema
    .createTable("submissions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("document_id", "text", (c) => c.notNull().references("documents.id").onDelete("cascade"))
    .addColumn("number", "integer", (c) => c.notNull())
    .addColumn("version_id", "text", (c) => c.notNull().references("versions.id"))
    .addColumn("submitted_by", "text", (c) => c.notNull())
    .addColumn("submitted_at", "bigint", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("contributors", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("change_summary", "text")
    .addUniqueConstraint("submissions_number", ["document_id", "number"])
    .execute();

  await db.schema
    .createTable("submission_files")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("submission_id", "text", (c) => c.notNull().references("submissions.id").onDelete("cascade"))
    .addColumn("format", "text", (c) => c.notNull())
    .addColumn("filename", "text", (c) => c.notNull())
    .addColumn("content_type", "text", (c) => c.notNull())
    .addColumn("size", "integer", (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("content", bytes, (c) => c.notNull())
    .addUniqueConstraint("submission_files_format", ["submission_id", "format"])
    .execute();

  await db.schema
    .createTable("share_links")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("submission_id", "text", (c) => c.notNull().references("submissions.id").onDelete("cascade"))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("label", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("revoked_at", "bigint")
    .execute();
}
