import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { sql } from "kysely";
import { BACKENDS } from "../helpers/server";
import { migrationSuite } from "../helpers/migrationSuite";
import { migrateToLatest } from "../../server/store/migrate";
import { openStore } from "../../server/store/store";
import { translatorFor } from "../../server/i18n/translate";
import { automaticName, labelOf, restoredName, storedName } from "../../server/services/versionLabels";

// Migration 012 over a database that already holds a version the server named in English: the version keeps its
// label and reads as before, in every language; a version named since keeps its message beside the English label.
describe.each(BACKENDS)("version names in storage (%s)", (backend) => {
  const { dialect, url, db: database } = migrationSuite(backend);
  const now = Date.UTC(2026, 11, 5, 10, 15);
  const state = Y.encodeStateAsUpdate(new Y.Doc());

  it("reads a version from before the migration by its stored label", async () => {
    const db = database();
    await migrateToLatest(db, dialect, "011_user_locale");
    await sql`insert into documents (id, title, description, created_by, created_at, updated_at) values ('d1', 'From before', '', null, ${now}, ${now})`.execute(db);
    await sql`insert into versions (id, document_id, label, kind, author_id, created_at, state, outline)
      values ('v1', 'd1', 'Automatic, 2026-12-05 10:15 UTC', 'auto', null, ${now}, ${state}, '[]')`.execute(db);

    await migrateToLatest(db, dialect);

    const store = await openStore(url());
    try {
      const [listed] = await store.versions.list("d1");
      expect(listed).toMatchObject({ id: "v1", label: "Automatic, 2026-12-05 10:15 UTC", label_message: null });
      expect((await store.versions.latest("d1"))?.label_message).toBeNull();
      const old = (await store.versions.byId("d1", "v1"))!;
      expect(old.label_message).toBeNull();
      for (const locale of ["en", "fr", "ar"] as const) expect(labelOf(old, translatorFor(locale))).toBe("Automatic, 2026-12-05 10:15 UTC");
      // A restore of it names it as stored.
      expect(labelOf(storedName(restoredName(old)), translatorFor("fr"))).toBe("Restauration de «\u00a0Automatic, 2026-12-05 10:15 UTC\u00a0»");
    } finally {
      await store.close();
    }
  });

  it("keeps a new version's message beside its English label", async () => {
    const store = await openStore(url());
    try {
      await store.versions.insert({ id: "v2", document_id: "d1", ...storedName(automaticName(now + 60_000)), kind: "auto", author_id: null, created_at: now + 60_000, state, outline: "[]" });
      const stored = (await store.versions.byId("d1", "v2"))!;
      expect(stored.label).toBe("Automatic, 2026-12-05 10:16 UTC");
      expect(JSON.parse(stored.label_message!)).toEqual({ id: "versionLabel.automatic", values: { when: "2026-12-05 10:16 UTC" } });
      expect(labelOf(stored, translatorFor("ru"))).toBe("Автоматическая версия, 2026-12-05 10:16 UTC");
      expect((await store.versions.list("d1")).map((v) => v.label_message === null)).toEqual([false, true]);
    } finally {
      await store.close();
    }
  });
});
