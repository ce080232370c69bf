import type { Kysely } from "kysely";
import type { Dialect } from "../dialect";

// A final submission may be made with a base version (the officially issued text): it then stores a redline DOCX
// against it beside the clean files, and remembers which version that was.
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable("submissions").addColumn("base_version_id", "text").execute();
}
