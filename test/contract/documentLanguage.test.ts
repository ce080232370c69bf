import { describe, expect, it } from "vitest";
import { sql } from "kysely";
import { BACKENDS } from "../helpers/server";
import { migrationSuite } from "../helpers/migrationSuite";
import { migrateToLatest } from "../../server/store/migrate";
import { openStore } from "../../server/store/store";
import { createGroup } from "../../server/services/groups";
import { createDocument } from "../../server/services/documents";

// Migration 010 over a database that already holds a document from before it: the document becomes English, its
// sections take the document's language, and the database itself refuses a language that is not one of the six.
describe.each(BACKENDS)("document languages in storage (%s)", (backend) => {
  const { dialect, url, db: database } = migrationSuite(backend);
  const now = Date.UTC(2026, 11, 6);

  it("gives documents from before the migration English, and their sections the document's language", async () => {
    const db = database();
    await migrateToLatest(db, dialect, "009_submission_base");
    await sql`insert into groups (id, slug, name, description, created_at) values ('g1', 'old', 'Old group', '', ${now})`.execute(db);
    await sql`insert into documents (id, title, description, created_by, created_at, updated_at) values ('d1', 'From before', '', null, ${now}, ${now})`.execute(db);
    await sql`insert into sections (id, document_id, position, title, owner_group_id, status, created_at) values ('s1', 'd1', 0, 'Old section', 'g1', 'draft', ${now})`.execute(db);

    await migrateToLatest(db, dialect);

    const document = await sql<{ language: string }>`select language from documents where id = 'd1'`.execute(db);
    expect(document.rows).toEqual([{ language: "en" }]);
    const section = await sql<{ language: string | null }>`select language from sections where id = 's1'`.execute(db);
    expect(section.rows).toEqual([{ language: null }]);
  });

  it("refuses a language that is not one of the six in the database itself", async () => {
    const db = database();
    await expect(sql`update documents set language = 'de' where id = 'd1'`.execute(db)).rejects.toThrow();
    await expect(sql`update sections set language = 'klingon' where id = 's1'`.execute(db)).rejects.toThrow();
    await sql`update sections set language = 'ar' where id = 's1'`.execute(db);
    const section = await sql<{ language: string | null }>`select language from sections where id = 's1'`.execute(db);
    expect(section.rows).toEqual([{ language: "ar" }]);
  });

  it("stores and reads languages through the Store", async () => {
    const store = await openStore(url());
    try {
      await store.transaction((tx) => createGroup(tx, now, { slug: "langs", name: "Languages", description: "" }));
      const document = await store.transaction((tx) =>
        createDocument(tx, now, null, {
          title: "Документ",
          description: "",
          language: "ru",
          sections: [
            { title: "Введение", ownerGroup: "langs", content: "Текст." },
            { title: "Annexe", ownerGroup: "langs", content: "Texte.", language: "fr" },
          ],
        }),
      );
      expect((await store.documents.byId(document.id))?.language).toBe("ru");
      expect((await store.documents.sections([document.id])).map((s) => s.language)).toEqual([null, "fr"]);

      await store.documents.update(document.id, { language: "zh" }, now + 1);
      const [first] = await store.documents.sections([document.id]);
      await store.documents.updateSection(first!.id, { language: "ar" });
      expect(await store.documents.byId(document.id)).toMatchObject({ language: "zh", updated_at: now + 1 });
      expect((await store.documents.sections([document.id])).map((s) => s.language)).toEqual(["ar", "fr"]);
    } finally {
      await store.close();
    }
  });
});
