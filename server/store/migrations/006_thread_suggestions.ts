import type { Kysely } from "kysely";
import type { Dialect } from "../dialect";

// A comment thread may be the conversation about one suggestion: replies to a suggestion's card go there, and the
// thread stays (as an ordinary comment on the text) once the suggestion is decided.
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable("threads").addColumn("suggestion_id", "text").execute();
  await db.schema.createIndex("threads_suggestion").on("threads").columns(["document_id", "suggestion_id"]).execute();
}
