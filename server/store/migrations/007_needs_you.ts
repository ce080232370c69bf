import type { Kysely } from "kysely";
import type { Dialect } from "../dialect";

// What needs someone: an inbox entry says what happened in words long after the fact (the section may since have
// been renamed or moved, the suggestion decided), so it keeps the section as it was then, the outcome and the
// note; and an index of the suggestions open in the live text, so the landing page counts them for every document
// in one query instead of loading each document.
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable("notifications").addColumn("section_id", "text").execute();
  await db.schema.alterTable("notifications").addColumn("section_label", "text").execute();
  await db.schema.alterTable("notifications").addColumn("suggestion_id", "text").execute();
  await db.schema.alterTable("notifications").addColumn("amendment_id", "text").execute();
  await db.schema.alterTable("notifications").addColumn("outcome", "text").execute();
  await db.schema.alterTable("notifications").addColumn("note", "text").execute();
  await db.schema.alterTable("notifications").addColumn("actor_name", "text").execute();
  await db.schema.alterTable("notifications").addColumn("item_count", "integer", (c) => c.notNull().defaultTo(1)).execute();
  await db.schema.createIndex("notifications_unread").on("notifications").columns(["user_id", "read_at"]).execute();

  await db.schema
    .createTable("open_suggestions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("document_id", "text", (c) => c.notNull().references("documents.id").onDelete("cascade"))
    .addColumn("section_id", "text", (c) => c.notNull())
    .addColumn("author_id", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("open_suggestions_section").on("open_suggestions").columns(["section_id", "created_at"]).execute();
  await db.schema.createIndex("sections_owner").on("sections").columns(["owner_group_id"]).execute();
  await db.schema.createIndex("threads_section").on("threads").columns(["section_id", "status"]).execute();
}
