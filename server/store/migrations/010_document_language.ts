import { sql, type Kysely } from "kysely";
import type { Dialect } from "../dialect";

// Documents are written in one of the UN's six official languages (BCP 47 tags); a section may be in another one
// (null: the document's). Documents from before are English, as every one of them was.
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  const known = sql`('ar', 'zh', 'en', 'fr', 'ru', 'es')`;
  await db.schema
    .alterTable("documents")
    .addColumn("language", "text", (c) => c.notNull().defaultTo("en").check(sql`language in ${known}`))
    .execute();
  await db.schema
    .alterTable("sections")
    .addColumn("language", "text", (c) => c.check(sql`language is null or language in ${known}`))
    .execute();
}
