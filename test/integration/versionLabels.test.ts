import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server";
import { openFixture, type Fixture } from "../helpers/fixture";
import { createClient, type TestClient } from "../helpers/http";
import { connectProvider, eventually, typeParagraph } from "../helpers/collab";
import { approveSection } from "../helpers/approve";
import { readDocx } from "../fixtures/exportReaders";
import { dateIn, exportWords, timeIn } from "../../server/export/words";

// The names the server gives the versions it makes (automatic, approval, restore) in the language the request
// asks for, English by default word for word as before; a name a person typed stays exactly as typed, in every
// language. The database keeps the English label beside the message.

interface Listed {
  id: string;
  label: string;
  kind: string;
}

const TYPED = "Before the Geneva consultation";

describe("version names in the reader's language", () => {
  let server: TestServer;
  let fx: Fixture;
  const as: Record<string, TestClient> = {};
  const base = () => `/api/documents/${fx.documentId}`;
  const FUNDING = "Sustainable funding";
  const INTERSESSIONAL = "Intersessional work";

  beforeAll(async () => {
    server = await startTestServer({ collab: { flushWindowMs: 5, autoVersionMs: 100 } });
    fx = await openFixture(server);
    for (const local of ["wg3.member", "mag.chair", "observer"]) {
      as[local] = createClient(server.url);
      await as[local].loginAs(local);
    }
  });
  afterAll(() => server?.close());

  const list = async (headers?: Record<string, string>): Promise<Listed[]> => (await as.observer!.get(`${base()}/versions`, headers)).body.versions;

  it("names automatic, approval and restore versions in French and Arabic, and a typed name as typed", async () => {
    const intersessional = fx.section(INTERSESSIONAL);
    const typed = await as["wg3.member"]!.post(`${base()}/versions`, { label: TYPED }, { "accept-language": "fr" });
    expect(typed.status).toBe(201);
    expect(typed.body.version.label).toBe(TYPED);

    // An automatic version, made by the room while someone types.
    const writer = connectProvider(server.url, await fx.cookie("wg3.member"), fx.documentId);
    try {
      await writer.synced;
      const autos = async () => (await server.store.versions.list(fx.documentId)).filter((v) => v.kind === "auto");
      for (let line = 0; (await autos()).length === 0 && line < 40; line++) {
        typeParagraph(writer.doc, intersessional, `Line ${line}.`);
        await new Promise((resolve) => setTimeout(resolve, 60));
      }
      await eventually(async () => (await autos()).length > 0, "an automatic version");
    } finally {
      writer.destroy();
    }
    const automatic = (await list()).find((v) => v.kind === "auto")!;
    expect(automatic.label).toMatch(/^Automatic, \d{4}-\d\d-\d\d \d\d:\d\d UTC$/);

    // An approval (the section is in review in the demo data), and two restores: a section from the automatic
    // version, the whole document from the typed one.
    expect((await approveSection(as["mag.chair"]!, fx.documentId, fx.section(FUNDING))).status).toBe(200);
    expect((await as["wg3.member"]!.post(`${base()}/versions/${automatic.id}/restore`, { sectionId: intersessional })).status).toBe(200);
    expect((await as["wg3.member"]!.post(`${base()}/versions/${typed.body.version.id}/restore`, {})).status).toBe(200);

    const pick = (versions: Listed[]) => {
      const byKind = (kind: string) => versions.filter((v) => v.kind === kind);
      const restores = byKind("restore");
      return {
        typed: versions.find((v) => v.id === typed.body.version.id)!.label,
        automatic: versions.find((v) => v.id === automatic.id)!.label,
        approval: byKind("approval")[0]!.label,
        wholeRestore: restores[0]!.label,
        sectionRestore: restores[1]!.label,
      };
    };

    // English by default, word for word as the server named versions before.
    const english = pick(await list());
    expect(english).toEqual({
      typed: TYPED,
      automatic: automatic.label,
      approval: `“${FUNDING}” approved`,
      wholeRestore: `Restored to “${TYPED}”`,
      sectionRestore: `“${INTERSESSIONAL}” restored to “${automatic.label}”`,
    });
    expect(pick(await list({ "accept-language": "en-GB,en;q=0.9" }))).toEqual(english);

    const when = automatic.label.slice("Automatic, ".length);
    const nb = "\u00a0";
    expect(pick(await list({ "accept-language": "fr-FR,fr;q=0.9,en;q=0.5" }))).toEqual({
      typed: TYPED,
      automatic: `Version automatique, ${when}`,
      approval: `«${nb}${FUNDING}${nb}» approuvée`,
      wholeRestore: `Restauration de «${nb}${TYPED}${nb}»`,
      sectionRestore: `«${nb}${INTERSESSIONAL}${nb}» restaurée à partir de «${nb}Version automatique, ${when}${nb}»`,
    });

    // Arabic isolates the Latin words inside its sentences (FSI … PDI), so they keep their order.
    const isolated = (words: string) => `\u2068${words}\u2069`;
    expect(pick(await list({ "accept-language": "ar" }))).toEqual({
      typed: TYPED,
      automatic: `نسخة تلقائية، ${isolated(when)}`,
      approval: `الموافقة على “${isolated(FUNDING)}”`,
      wholeRestore: `الاستعادة إلى “${isolated(TYPED)}”`,
      sectionRestore: `استعادة “${isolated(INTERSESSIONAL)}” من “نسخة تلقائية، ${isolated(when)}”`,
    });

    // A comparison names both sides in the reader's language too, the live text included.
    const diff = (await as.observer!.get(`${base()}/versions/${automatic.id}/diff`, { "accept-language": "fr" })).body.diff;
    expect(diff.from.label).toBe(`Version automatique, ${when}`);
    expect(diff.to.label).toBe("Maintenant");
    const typedDiff = (await as.observer!.get(`${base()}/versions/${typed.body.version.id}/diff?against=${automatic.id}`, { "accept-language": "ar" })).body.diff;
    expect(typedDiff.from.label).toBe(TYPED);
    expect(typedDiff.to.label).toBe(`نسخة تلقائية، ${isolated(when)}`);
    expect((await as.observer!.get(`${base()}/versions/${automatic.id}/diff`)).body.diff.to.label).toBe("Now");

    // Stored: the English label, and the message beside it only for the server's own names.
    const stored = await server.store.versions.list(fx.documentId);
    expect(stored.find((v) => v.id === typed.body.version.id)).toMatchObject({ label: TYPED, label_message: null });
    expect(stored.find((v) => v.kind === "approval")).toMatchObject({ label: english.approval, label_message: expect.stringContaining("versionLabel.approved") });
  });

  // Uses the versions made above.
  it("prints a version's name in an export in the document's language, its date in the file's words", async () => {
    const secretariat = createClient(server.url);
    await secretariat.loginAs("secretariat");
    expect((await secretariat.patch(base(), { language: "fr" })).status).toBe(200);
    const versions = await list({ "accept-language": "ar" });
    const approval = versions.find((v) => v.kind === "approval")!;
    const sectionRestore = versions.filter((v) => v.kind === "restore")[1]!;
    const exported = async (query: string) => {
      const response = await fetch(new URL(`${base()}/export?${query}`, server.url), { headers: { cookie: as.observer!.cookie!, "accept-language": "ar" } });
      expect(response.status).toBe(200);
      return new Uint8Array(await response.arrayBuffer());
    };

    const html = new TextDecoder().decode(await exported(`format=html&version=${approval.id}`));
    expect(html).toContain(`Version « «\u00a0${FUNDING}\u00a0» approuvée », enregistrée le `);

    // A redline against the section's restore names it, and the automatic version inside it with a French date.
    const automatic = (await list()).find((v) => v.kind === "auto")!;
    const at = Date.parse(`${automatic.label.slice("Automatic, ".length, -" UTC".length).replace(" ", "T")}:00Z`);
    const fr = exportWords("fr");
    const docx = readDocx(await exported(`format=docx&against=${sectionRestore.id}`));
    const note = docx.paragraphs.map((p) => p.text).find((text) => text.startsWith("Les modifications apportées depuis"));
    expect(note).toContain(
      `la version « «\u00a0${INTERSESSIONAL}\u00a0» restaurée à partir de «\u00a0Version automatique, ${fr.dateTime(dateIn(fr, at), timeIn(fr, at))}\u00a0» »`,
    );
    expect(note).not.toMatch(/[\u2066-\u2069]|Automatic|restored/);
  });
});
