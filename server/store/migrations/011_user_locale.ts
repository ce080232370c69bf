import { sql, type Kysely } from "kysely";
import type { Dialect } from "../dialect";

// The language a person chose for the interface: one of the UN's six, checked by the database as documents'
// languages are (010). Null until they choose: the interface then follows their browser's languages.
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  const known = sql`('ar', 'zh', 'en', 'fr', 'ru', 'es')`;
  await db.schema
    .alterTable("users")
    .addColumn("locale", "text", (c) => c.check(sql`locale is null or locale in ${known}`))
    .execute();
}
