import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server";
import { createClient, type TestClient } from "../helpers/http";
import { openFixture, type Fixture } from "../helpers/fixture";

// A document's activity and the audit log in the reader's language: the sentences the server writes follow the
// request's Accept-Language (a download link names the interface's language in `lang`), with the names and titles
// people wrote kept as they are (isolated in Arabic), and English word for word as before when nothing is asked.

describe("activity and audit sentences, in the reader's language", () => {
  let server: TestServer;
  let fx: Fixture;
  let chair: TestClient;
  let admin: TestClient;
  const CHAIR = "Nadia Haddad (MAG Chair)";
  const SECTION = "Sustainable funding";
  /** "3. Sustainable funding": numbered as the page numbers it. */
  let number: number;

  const asking = (language: string) => ({ "accept-language": language });
  const sentences = async (headers: Record<string, string> = {}): Promise<string[]> => {
    const response = await chair.get(`/api/documents/${fx.documentId}/activity`, headers);
    expect(response.status).toBe(200);
    return (response.body.items as { sentence: string }[]).map((item) => item.sentence);
  };

  beforeAll(async () => {
    server = await startTestServer();
    fx = await openFixture(server);
    chair = createClient(server.url);
    await chair.loginAs("mag.chair");
    admin = createClient(server.url);
    await admin.loginAs("secretariat");
    const base = `/api/documents/${fx.documentId}`;
    // The demo has the section in review: the chair asks for changes with a note, then saves a version.
    const funding = fx.section(SECTION);
    expect((await chair.post(`${base}/sections/${funding}/transitions`, { to: "changes_requested", note: "Shorter, please." })).status).toBe(200);
    expect((await chair.post(`${base}/versions`, { label: "Before the retreat" })).status).toBe(201);
    const sections = (await chair.get(base)).body.document.sections as { id: string }[];
    number = sections.findIndex((s) => s.id === funding) + 1;
    expect(number).toBeGreaterThan(0);
  });
  afterAll(() => server?.close());

  it("says the document's activity in French and in Arabic when asked, in English otherwise", async () => {
    const french = await sentences(asking("fr-FR,fr;q=0.9,en;q=0.5"));
    expect(french).toContain(`${CHAIR} a enregistré la version «\u00a0Before the retreat\u00a0».`);
    expect(french).toContain(`${CHAIR} a demandé des modifications à ${number}. ${SECTION}\u00a0: «\u00a0Shorter, please\u00a0».`);

    const arabic = await sentences(asking("ar"));
    expect(arabic).toContain(`حفظ النسخة “\u2068Before the retreat\u2069” من جانب \u2068${CHAIR}\u2069.`);
    expect(arabic).toContain(`طلب تعديلات على ${number}. \u2068${SECTION}\u2069 من جانب \u2068${CHAIR}\u2069: “\u2068Shorter, please\u2069”.`);

    const english = await sentences();
    expect(english).toContain(`${CHAIR} saved the version “Before the retreat”.`);
    expect(english).toContain(`${CHAIR} requested changes to ${number}. ${SECTION}: “Shorter, please”.`);
    expect(await sentences(asking("de-DE"))).toEqual(english);
    // Every entry is said in the language asked for, none left in English.
    for (const sentence of [...french, ...arabic]) expect(english).not.toContain(sentence);
  });

  it("keeps the actor's name as written, whatever the language", async () => {
    const response = await chair.get(`/api/documents/${fx.documentId}/activity`, asking("ar"));
    const actors = (response.body.items as { actor: { name: string } | null }[]).map((item) => item.actor?.name);
    expect(actors).toContain(CHAIR);
    expect(actors.join("")).not.toMatch(/[\u2068\u2069]/);
  });

  it("says the audit log in the asked language, and its CSV in the interface's language named by the link", async () => {
    const audit = await admin.get(`/api/audit?documentId=${fx.documentId}&action=version.`, asking("zh"));
    expect(audit.status).toBe(200);
    expect((audit.body.entries as { sentence: string }[]).map((entry) => entry.sentence)).toContain(`${CHAIR}保存了版本“Before the retreat”。`);

    const csv = async (query: string, language: string) => (await admin.get(`/api/audit?documentId=${fx.documentId}&action=version.&format=csv${query}`, asking(language))).body as string;
    // A link sends the browser's languages: the interface's, named in the link, wins.
    expect(await csv("&lang=ru", "en-US,en")).toContain(`${CHAIR}: сохранена версия «Before the retreat».`);
    expect(await csv("", "es")).toContain(`${CHAIR} guardó la versión «Before the retreat».`);
    expect(await csv("", "en")).toContain(`${CHAIR} saved the version “Before the retreat”.`);
    expect((await admin.get(`/api/audit?format=csv&lang=xx`)).status).toBe(400);
  });
});
