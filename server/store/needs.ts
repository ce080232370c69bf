import type { Kysely, Selectable } from "kysely";
import type { Database, OpenSuggestionsTable, SectionsTable } from "./schema";

export type OpenSuggestionRow = Selectable<OpenSuggestionsTable>;
export type SectionWithDocument = Selectable<SectionsTable> & { document_title: string };

/** Counts per section id; sections with none are absent. */
const countsOf = (rows: readonly { section_id: string; n: number | string | bigint }[]): Map<string, number> =>
  new Map(rows.map((r) => [r.section_id, Number(r.n)]));

/**
 * The queries behind "what needs you": each answers for every document at once (one query per kind of fact,
 * never one per document or section), so the landing page costs the same for one paper or fifty.
 */
export function createNeedsRepo(db: Kysely<Database>) {
  const liveSections = () =>
    db
      .selectFrom("sections")
      .innerJoin("documents", "documents.id", "sections.document_id")
      .selectAll("sections")
      .select("documents.title as document_title")
      .where("sections.retired_at", "is", null);
  return {
    /** Live sections owned by these groups, with their document's title, in document and outline order. */
    async sectionsOwnedBy(groupIds: readonly string[]): Promise<SectionWithDocument[]> {
      if (groupIds.length === 0) return [];
      return liveSections().where("sections.owner_group_id", "in", groupIds).orderBy("documents.updated_at", "desc").orderBy("sections.document_id").orderBy("sections.position").execute();
    },
    /** Live sections in a status, anywhere, with their document's title (the chairs' queue). */
    async sectionsInStatus(status: SectionsTable["status"]): Promise<SectionWithDocument[]> {
      return liveSections().where("sections.status", "=", status).orderBy("sections.document_id").orderBy("sections.position").execute();
    },
    /** Each live section's number in its document (1, 2, …, in outline order) and title, for these documents. */
    async sectionIndex(documentIds: readonly string[]): Promise<Map<string, { number: number; title: string }>> {
      if (documentIds.length === 0) return new Map();
      const rows = await db
        .selectFrom("sections")
        .select(["id", "document_id", "title"])
        .where("document_id", "in", [...new Set(documentIds)])
        .where("retired_at", "is", null)
        .orderBy("document_id")
        .orderBy("position")
        .execute();
      const index = new Map<string, { number: number; title: string }>();
      let document = "";
      let n = 0;
      for (const row of rows) {
        n = row.document_id === document ? n + 1 : 1;
        document = row.document_id;
        index.set(row.id, { number: n, title: row.title });
      }
      return index;
    },
    async documentTitles(documentIds: readonly string[]): Promise<Map<string, string>> {
      if (documentIds.length === 0) return new Map();
      const rows = await db.selectFrom("documents").select(["id", "title"]).where("id", "in", [...new Set(documentIds)]).execute();
      return new Map(rows.map((r) => [r.id, r.title]));
    },
    async openSuggestionCounts(sectionIds: readonly string[]): Promise<Map<string, number>> {
      if (sectionIds.length === 0) return new Map();
      const rows = await db
        .selectFrom("open_suggestions")
        .select(["section_id", (eb) => eb.fn.countAll<number>().as("n")])
        .where("section_id", "in", sectionIds)
        .groupBy("section_id")
        .execute();
      return countsOf(rows);
    },
    /** Open comment threads; a suggestion's conversation counts with its suggestion while that is open. */
    async openThreadCounts(sectionIds: readonly string[]): Promise<Map<string, number>> {
      if (sectionIds.length === 0) return new Map();
      const rows = await db
        .selectFrom("threads")
        .leftJoin("open_suggestions", "open_suggestions.id", "threads.suggestion_id")
        .select(["threads.section_id", (eb) => eb.fn.countAll<number>().as("n")])
        .where("threads.section_id", "in", sectionIds)
        .where("threads.status", "=", "open")
        .where("open_suggestions.id", "is", null)
        .groupBy("threads.section_id")
        .execute();
      return countsOf(rows);
    },
    /** Open suggestions in these sections by anyone but `notBy`, newest first. */
    async openSuggestionsIn(sectionIds: readonly string[], notBy: string, limit: number): Promise<OpenSuggestionRow[]> {
      if (sectionIds.length === 0) return [];
      return db
        .selectFrom("open_suggestions")
        .selectAll()
        .where("section_id", "in", sectionIds)
        .where("author_id", "!=", notBy)
        .orderBy("created_at", "desc")
        .orderBy("id")
        .limit(limit)
        .execute();
    },
    /** Open amendments to these sections by anyone but `notBy`, newest first. */
    async openAmendmentsIn(sectionIds: readonly string[], notBy: string, limit: number) {
      if (sectionIds.length === 0) return [];
      return db
        .selectFrom("amendments")
        .select(["id", "document_id", "section_id", "created_by", "created_at"])
        .where("section_id", "in", sectionIds)
        .where("status", "=", "open")
        .where("created_by", "!=", notBy)
        .orderBy("created_at", "desc")
        .orderBy("id")
        .limit(limit)
        .execute();
    },
    /** Who last moved each of these sections to `status`, and when. */
    async lastMovedTo(sectionIds: readonly string[], status: SectionsTable["status"]): Promise<Map<string, { actorId: string; at: number }>> {
      if (sectionIds.length === 0) return new Map();
      const rows = await db
        .selectFrom("section_transitions")
        .select(["section_id", "actor_id", "at"])
        .where("section_id", "in", sectionIds)
        .where("to_status", "=", status)
        .orderBy("seq")
        .execute();
      // Ordered oldest first: the last one written per section wins.
      return new Map(rows.map((r) => [r.section_id, { actorId: r.actor_id, at: Number(r.at) }]));
    },
    /**
     * Makes the index say what the live text says for these sections of one document (or all of its sections):
     * the rows for them are replaced by `rows` in one transaction.
     */
    async replaceOpenSuggestions(documentId: string, sectionIds: readonly string[] | "all", rows: readonly OpenSuggestionRow[]): Promise<void> {
      if (sectionIds !== "all" && sectionIds.length === 0) return;
      const replace = async (tx: Kysely<Database>) => {
        let removal = tx.deleteFrom("open_suggestions").where("document_id", "=", documentId);
        if (sectionIds !== "all") removal = removal.where("section_id", "in", sectionIds);
        await removal.execute();
        if (rows.length > 0) await tx.insertInto("open_suggestions").values([...rows]).execute();
      };
      await (db.isTransaction ? replace(db) : db.transaction().execute(replace));
    },
  };
}
