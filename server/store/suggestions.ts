import type { Kysely, Selectable } from "kysely";
import type { Database, SuggestionOutcomesTable } from "./schema";

export type SuggestionOutcomeRow = Selectable<SuggestionOutcomesTable>;

export function createSuggestionOutcomeRepo(db: Kysely<Database>) {
  return {
    async insert(rows: readonly SuggestionOutcomeRow[]): Promise<void> {
      if (rows.length > 0) await db.insertInto("suggestion_outcomes").values([...rows]).execute();
    },
    async forDocument(documentId: string): Promise<SuggestionOutcomeRow[]> {
      return db.selectFrom("suggestion_outcomes").selectAll().where("document_id", "=", documentId).orderBy("decided_at").orderBy("id").execute();
    },
  };
}
