import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server";
import { createClient, type TestClient } from "../helpers/http";
import { readDocumentLanguage, readOutline } from "../../shared/collab/outline";

// A document's language and its sections' own: set through the API by those who manage the outline (and refused
// clearly when wrong), recorded in the activity and shown live in the outline root.

describe("document languages", () => {
  let server: TestServer;
  const as: Record<string, TestClient> = {};
  let documentId: string;
  let sectionIds: string[];

  beforeAll(async () => {
    server = await startTestServer({ collab: { flushWindowMs: 5 } });
    for (const local of ["secretariat", "mag.chair", "wg1.member", "observer"]) {
      as[local] = createClient(server.url);
      await as[local].loginAs(local);
    }
    const created = await as.secretariat!.post("/api/documents", {
      title: "ورقة الموقف المشترك",
      sections: [
        { title: "المقدمة", ownerGroup: "wg1" },
        { title: "Annex", ownerGroup: "wg2" },
      ],
    });
    expect(created.status).toBe(201);
    documentId = created.body.document.id;
    sectionIds = created.body.document.sections.map((s: { id: string }) => s.id);
  });
  afterAll(() => server?.close());

  const documentPath = () => `/api/documents/${documentId}`;
  const sectionPath = (index: number) => `${documentPath()}/sections/${sectionIds[index]}`;

  it("starts in English, with sections in the document's language", async () => {
    const detail = await as.observer!.get(documentPath());
    expect(detail.body.document.language).toBe("en");
    expect(detail.body.document.sections.map((s: { language: string | null }) => s.language)).toEqual([null, null]);
  });

  it("refuses bad input with clear errors", async () => {
    const admin = as.secretariat!;
    const unknown = await admin.patch(documentPath(), { language: "de" });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.code).toBe("validation_failed");
    expect(unknown.body.error.message).toMatch(/"de" is not a language.*ar, zh, en, fr, ru, es/);

    const wrongType = await admin.patch(documentPath(), { language: 7 });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.message).toMatch(/language: Give the language as a text tag/);

    const missing = await admin.patch(documentPath(), {});
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/language/);

    const extra = await admin.patch(documentPath(), { language: "fr", title: "Renamed" });
    expect(extra.status).toBe(400);
    expect(extra.body.error.message).toMatch(/title/);

    const malformed = await admin.request("PATCH", documentPath(), { body: '{"language": ', headers: { "content-type": "application/json" } });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error).toMatchObject({ code: "bad_request", message: expect.stringMatching(/JSON/) });

    const section = await admin.patch(sectionPath(1), { language: "english" });
    expect(section.status).toBe(400);
    expect(section.body.error.message).toMatch(/^language: "english" is not a language/);
    const sectionType = await admin.patch(sectionPath(1), { language: ["en"] });
    expect(sectionType.status).toBe(400);

    // Nothing changed.
    const detail = await as.observer!.get(documentPath());
    expect(detail.body.document.language).toBe("en");
    expect(detail.body.document.sections.map((s: { language: string | null }) => s.language)).toEqual([null, null]);
  });

  it("lets only the secretariat and chairs set languages", async () => {
    const member = await as["wg1.member"]!.patch(documentPath(), { language: "ar" });
    expect(member.status).toBe(403);
    const observer = await as.observer!.patch(sectionPath(1), { language: "en" });
    expect(observer.status).toBe(403);
    expect((await as.observer!.get(documentPath())).body.document.language).toBe("en");
  });

  it("sets the document's and a section's language, live in the outline root and in the activity", async () => {
    const changed = await as["mag.chair"]!.patch(documentPath(), { language: "ar" });
    expect(changed.status).toBe(200);
    expect(changed.body.document.language).toBe("ar");
    const section = await as.secretariat!.patch(sectionPath(1), { language: "en" });
    expect(section.status).toBe(200);
    expect(section.body.section.language).toBe("en");

    const detail = await as.observer!.get(documentPath());
    expect(detail.body.document.language).toBe("ar");
    expect(detail.body.document.sections.map((s: { language: string | null }) => s.language)).toEqual([null, "en"]);
    await server.deps.rooms.withRoom(documentId, async (room) => {
      expect(readDocumentLanguage(room.doc)).toBe("ar");
      expect(readOutline(room.doc).map((entry) => entry.language)).toEqual([null, "en"]);
    });

    const activity = await as.observer!.get(`${documentPath()}/activity`);
    const sentences = (activity.body.items as { sentence: string }[]).map((item) => item.sentence);
    expect(sentences).toEqual(expect.arrayContaining([expect.stringMatching(/Nadia Haddad \(MAG Chair\) set the document’s language to Arabic\./)]));
    expect(sentences).toEqual(expect.arrayContaining([expect.stringMatching(/set the language of .*Annex.* to English/)]));
  });
});
