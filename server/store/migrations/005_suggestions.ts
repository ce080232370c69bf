import type { Kysely } from "kysely";
import type { Dialect } from "../dialect";

// Decided suggestions: the text lives in the document (marks until decided); what stays once a suggestion is
// accepted, rejected or withdrawn is this record, for the comments matrix and the audit trail.
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable("suggestion_outcomes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("document_id", "text", (c) => c.notNull().references("documents.id").onDelete("cascade"))
    .addColumn("section_id", "text", (c) => c.notNull())
    .addColumn("suggestion_id", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("inserted_text", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("deleted_text", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("author_id", "text", (c) => c.notNull())
    .addColumn("decision", "text", (c) => c.notNull())
    .addColumn("decided_by", "text", (c) => c.notNull())
    .addColumn("decided_at", "bigint", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  await db.schema.createIndex("suggestion_outcomes_document").on("suggestion_outcomes").columns(["document_id", "decided_at"]).execute();
}
