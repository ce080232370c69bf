import type { Kysely } from "kysely";
import type { Dialect } from "../dialect";

// Which user each Yjs clientID belongs to, per document: the update guard lets a connection write only with
// clientIDs that are new or already its own user's, so nobody can write as someone else.
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable("document_clients")
    .addColumn("document_id", "text", (c) => c.notNull().references("documents.id").onDelete("cascade"))
    .addColumn("client_id", "bigint", (c) => c.notNull())
    .addColumn("user_id", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("document_clients_pk", ["document_id", "client_id"])
    .execute();
}
