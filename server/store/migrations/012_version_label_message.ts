import type { Kysely } from "kysely";
import type { Dialect } from "../dialect";

// The versions the server names itself (automatic, a section's move, a submission, a restore) keep their name as
// a message (id and arguments, JSON) beside the English label, so that each reader gets it in their own language.
// Null for a name a person typed, and for every version from before: those are read as their label.
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable("versions").addColumn("label_message", "text").execute();
}
