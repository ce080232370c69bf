import type { Kysely } from "kysely";
import type { Dialect } from "../dialect";

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const bytes = dialect === "postgres" ? "bytea" : "blob";
  const time = "bigint";

  await db.schema
    .createTable("users")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("active", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", time, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("secret_hash", "text", (c) => c.notNull())
    .addColumn("created_at", time, (c) => c.notNull())
    .addColumn("expires_at", time, (c) => c.notNull())
    .execute();
  await db.schema.createIndex("sessions_user_id").on("sessions").column("user_id").execute();

  await db.schema
    .createTable("groups")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_at", time, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("memberships")
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("group_id", "text", (c) => c.notNull().references("groups.id").onDelete("cascade"))
    .addColumn("created_at", time, (c) => c.notNull())
    .addPrimaryKeyConstraint("memberships_pk", ["user_id", "group_id"])
    .execute();
  await db.schema.createIndex("memberships_group_id").on("memberships").column("group_id").execute();

  await db.schema
    .createTable("invitations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("group_ids", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("created_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", time, (c) => c.notNull())
    .addColumn("expires_at", time, (c) => c.notNull())
    .addColumn("accepted_at", time)
    .addColumn("revoked_at", time)
    .execute();

  await db.schema
    .createTable("documents")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", time, (c) => c.notNull())
    .addColumn("updated_at", time, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("sections")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("document_id", "text", (c) => c.notNull().references("documents.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("owner_group_id", "text", (c) => c.notNull().references("groups.id"))
    .addColumn("status", "text", (c) => c.notNull().defaultTo("draft"))
    .addColumn("created_at", time, (c) => c.notNull())
    .execute();
  await db.schema.createIndex("sections_document_id").on("sections").columns(["document_id", "position"]).execute();

  let updates = db.schema.createTable("document_updates");
  updates =
    dialect === "postgres"
      ? updates.addColumn("seq", "bigserial", (c) => c.primaryKey())
      : updates.addColumn("seq", "integer", (c) => c.primaryKey().autoIncrement());
  await updates
    .addColumn("document_id", "text", (c) => c.notNull().references("documents.id").onDelete("cascade"))
    .addColumn("data", bytes, (c) => c.notNull())
    .addColumn("user_id", "text")
    .addColumn("client_id", "bigint")
    .addColumn("created_at", time, (c) => c.notNull())
    .execute();
  await db.schema.createIndex("document_updates_document").on("document_updates").columns(["document_id", "seq"]).execute();

  let audit = db.schema.createTable("audit_log");
  audit =
    dialect === "postgres"
      ? audit.addColumn("seq", "bigserial", (c) => c.primaryKey())
      : audit.addColumn("seq", "integer", (c) => c.primaryKey().autoIncrement());
  await audit
    .addColumn("at", time, (c) => c.notNull())
    .addColumn("actor_id", "text")
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("target", "text")
    .addColumn("detail", "text", (c) => c.notNull().defaultTo("{}"))
    .execute();
  await db.schema.createIndex("audit_log_at").on("audit_log").column("at").execute();
}
