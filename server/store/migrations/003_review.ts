import type { Kysely } from "kysely";
import type { Dialect } from "../dialect";

// The review workflow: section due dates and retirement, transitions, versions, comment threads with mentions and
// an inbox, amendments, and per-person edit activity.
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const bytes = dialect === "postgres" ? "bytea" : "blob";

  await db.schema.alterTable("sections").addColumn("due_date", "text").execute();
  await db.schema.alterTable("sections").addColumn("retired_at", "bigint").execute();

  const transitions = db.schema.createTable("section_transitions");
  await (dialect === "postgres"
    ? transitions.addColumn("seq", "bigserial", (c) => c.primaryKey())
    : transitions.addColumn("seq", "integer", (c) => c.primaryKey().autoIncrement())
  )
    .addColumn("section_id", "text", (c) => c.notNull().references("sections.id").onDelete("cascade"))
    .addColumn("document_id", "text", (c) => c.notNull())
    .addColumn("from_status", "text", (c) => c.notNull())
    .addColumn("to_status", "text", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("actor_id", "text", (c) => c.notNull())
    .addColumn("at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("section_transitions_section").on("section_transitions").columns(["section_id", "seq"]).execute();

  await db.schema
    .createTable("versions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("document_id", "text", (c) => c.notNull().references("documents.id").onDelete("cascade"))
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("author_id", "text")
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("state", bytes, (c) => c.notNull())
    .addColumn("outline", "text", (c) => c.notNull().defaultTo("[]"))
    .execute();
  await db.schema.createIndex("versions_document").on("versions").columns(["document_id", "created_at"]).execute();

  await db.schema
    .createTable("threads")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("document_id", "text", (c) => c.notNull().references("documents.id").onDelete("cascade"))
    .addColumn("section_id", "text", (c) => c.notNull())
    .addColumn("anchor_start", "text", (c) => c.notNull())
    .addColumn("anchor_end", "text", (c) => c.notNull())
    .addColumn("quote", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("status", "text", (c) => c.notNull().defaultTo("open"))
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("resolved_by", "text")
    .addColumn("resolved_at", "bigint")
    .execute();
  await db.schema.createIndex("threads_document").on("threads").column("document_id").execute();

  await db.schema
    .createTable("comments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("thread_id", "text", (c) => c.notNull().references("threads.id").onDelete("cascade"))
    .addColumn("author_id", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("mentions", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("edited_at", "bigint")
    .addColumn("deleted_at", "bigint")
    .execute();
  await db.schema.createIndex("comments_thread").on("comments").columns(["thread_id", "created_at"]).execute();

  await db.schema
    .createTable("notifications")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("document_id", "text", (c) => c.notNull())
    .addColumn("thread_id", "text")
    .addColumn("comment_id", "text")
    .addColumn("actor_id", "text")
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("read_at", "bigint")
    .execute();
  await db.schema.createIndex("notifications_user").on("notifications").columns(["user_id", "created_at"]).execute();

  await db.schema
    .createTable("amendments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("document_id", "text", (c) => c.notNull().references("documents.id").onDelete("cascade"))
    .addColumn("section_id", "text", (c) => c.notNull())
    .addColumn("anchor_start", "text", (c) => c.notNull())
    .addColumn("anchor_end", "text", (c) => c.notNull())
    .addColumn("original_text", "text", (c) => c.notNull())
    .addColumn("proposed_text", "text", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("status", "text", (c) => c.notNull().defaultTo("open"))
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("decided_by", "text")
    .addColumn("decided_at", "bigint")
    .addColumn("decision_note", "text")
    .execute();
  await db.schema.createIndex("amendments_document").on("amendments").column("document_id").execute();

  await db.schema.alterTable("audit_log").addColumn("document_id", "text").execute();
  await db.schema.createIndex("audit_log_document").on("audit_log").columns(["document_id", "at"]).execute();

  await db.schema
    .createTable("edit_activity")
    .addColumn("document_id", "text", (c) => c.notNull().references("documents.id").onDelete("cascade"))
    .addColumn("section_id", "text", (c) => c.notNull())
    .addColumn("user_id", "text", (c) => c.notNull())
    .addColumn("period_start", "bigint", (c) => c.notNull())
    .addColumn("updates", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("edit_activity_pk", ["document_id", "section_id", "user_id", "period_start"])
    .execute();
}
