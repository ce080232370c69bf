import type { Kysely } from "kysely";
import type { Dialect } from "../dialect";

// Several instances: each document counts its stored rounds (`log_head`), and each log row carries the round
// that wrote it. An instance that missed a round (a message lost between instances) sees the gap in the numbers
// and reads the rounds after the last one it has. Counting in the documents row also orders writers: a round
// takes the row's lock for its transaction, so two instances never store rounds of one document at once.
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable("documents").addColumn("log_head", "bigint", (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable("document_updates").addColumn("round", "bigint", (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.createIndex("document_updates_round").on("document_updates").columns(["document_id", "round"]).execute();
}
