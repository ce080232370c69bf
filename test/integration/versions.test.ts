import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { BACKENDS, startTestServer, type TestServer } from "../helpers/server";
import { openFixture } from "../helpers/fixture";
import { collabSuite } from "../helpers/collabSuite";
import { createClient, type TestClient } from "../helpers/http";
import { connectProvider, eventually, sectionText, typeParagraph } from "../helpers/collab";
import { liveSectionText } from "../helpers/anchors";

describe.each(BACKENDS)("versions, diff and restore (%s)", (backend) => {
  const { server, fx, connect } = collabSuite({ backend, collab: { flushWindowMs: 5, autoVersionMs: 60 * 60_000 } });
  const as: Record<string, TestClient> = {};
  const api = (local: string) => as[local]!;
  const base = () => `/api/documents/${fx().documentId}`;

  beforeAll(async () => {
    for (const local of ["secretariat", "mag.chair", "wg1.member", "wg3.member", "observer"]) {
      as[local] = createClient(server().url);
      await as[local].loginAs(local);
    }
  });

  it("names versions, compares any two word by word, and compares a version with now", async () => {
    const funding = fx().section("Sustainable funding");
    expect((await api("observer").post(`${base()}/versions`, { label: "Observer's copy" })).status).toBe(403);
    const first = await api("wg1.member").post(`${base()}/versions`, { label: "Before the Geneva consultation" });
    expect(first.status).toBe(201);
    expect(first.body.version).toMatchObject({ kind: "manual", author: { name: "Amara Okafor" } });

    const editor = await connect("wg1.member");
    typeParagraph(editor.doc, funding, "A dedicated trust fund should be established.");
    await eventually(async () => (await liveSectionText(server(), fx().documentId, funding)).includes("trust fund"), "edit stored");
    const second = (await api("wg1.member").post(`${base()}/versions`, { label: "After the Geneva consultation" })).body.version;

    const listed = (await api("observer").get(`${base()}/versions`)).body.versions;
    expect(listed.map((v: { id: string }) => v.id)).toEqual(expect.arrayContaining([first.body.version.id, second.id]));

    const diff = (await api("observer").get(`${base()}/versions/${first.body.version.id}/diff?against=${second.id}`)).body.diff;
    expect(diff.summary).toMatchObject({ changedSections: 1, deletedWords: 0 });
    expect(diff.summary.insertedWords).toBe(7);
    const changed = diff.sections.find((s: { sectionId: string }) => s.sectionId === funding);
    expect(changed.change).toBe("changed");
    expect(changed.ops.filter((o: { type: string }) => o.type === "insert").map((o: { text: string }) => o.text).join("")).toContain("A dedicated trust fund should be established.");
    expect(diff.sections.filter((s: { change: string }) => s.change === "unchanged").length).toBe(diff.sections.length - 1);

    typeParagraph(editor.doc, funding, "Pooled contributions.");
    await eventually(async () => (await liveSectionText(server(), fx().documentId, funding)).includes("Pooled"), "second edit stored");
    const againstNow = (await api("observer").get(`${base()}/versions/${second.id}/diff`)).body.diff;
    expect(againstNow.to.id).toBe("current");
    expect(againstNow.summary.insertedWords).toBe(2);
    expect((await api("observer").get(`${base()}/versions/nosuchversion/diff`)).status).toBe(404);
  });

  it("shows an edited footnote as a change in the diff", async () => {
    const funding = fx().section("Sustainable funding");
    const editor = await connect("wg1.member");
    const note = new Y.XmlElement("footnote");
    note.setAttribute("text", "Figures of 2023.");
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText("Contributions fell by a third"), note, new Y.XmlText(" in two years.")]);
    const fragment = editor.doc.getXmlFragment(`section:${funding}`);
    fragment.insert(fragment.length, [paragraph]);
    await eventually(async () => (await liveSectionText(server(), fx().documentId, funding)).includes("fell by a third"), "note stored");
    const before = (await api("wg1.member").post(`${base()}/versions`, { label: "Note as first written" })).body.version;

    // Only the note's text changes: the words around it stay as they were.
    note.setAttribute("text", "Figures of 2024, provisional.");
    await eventually(async () => {
      const stored = await server().deps.rooms.withRoom(fx().documentId, (room) => room.doc.getXmlFragment(`section:${funding}`).toJSON());
      return stored.includes("provisional");
    }, "note edit stored");
    const diff = (await api("observer").get(`${base()}/versions/${before.id}/diff`)).body.diff;
    const changed = diff.sections.find((s: { sectionId: string }) => s.sectionId === funding);
    expect(changed.change).toBe("changed");
    const ops = (type: string) => changed.ops.filter((o: { type: string }) => o.type === type).map((o: { text: string }) => o.text).join("");
    expect(ops("delete")).toBe("2023");
    expect(ops("insert")).toBe("2024, provisional");
    expect(ops("equal")).toContain("Contributions fell by a third [Figures of .] in two years.");
    expect(changed).toMatchObject({ insertedWords: 2, deletedWords: 1 });
    expect(editor.refusals).toEqual([]);
  });

  it("restores one section as a new change that connected editors see, without rewriting history", async () => {
    const funding = fx().section("Sustainable funding");
    const before = await liveSectionText(server(), fx().documentId, funding);
    const saved = (await api("wg1.member").post(`${base()}/versions`, { label: "Clean funding text" })).body.version;
    const writer = await connect("wg1.member");
    const watcher = await connect("observer");
    typeParagraph(writer.doc, funding, "An unfortunate paragraph.");
    await eventually(() => sectionText(watcher.doc, funding).includes("An unfortunate paragraph."), "watcher sees the edit");
    const logBefore = (await server().store.documents.updates(fx().documentId)).length;
    const versionsBefore = (await api("observer").get(`${base()}/versions`)).body.versions.length;

    expect((await api("wg3.member").post(`${base()}/versions/${saved.id}/restore`, { sectionId: funding })).status).toBe(403);
    const restored = await api("wg1.member").post(`${base()}/versions/${saved.id}/restore`, { sectionId: funding });
    expect(restored.status).toBe(200);
    expect(restored.body.result.restoredSections).toEqual([funding]);

    await eventually(() => !sectionText(watcher.doc, funding).includes("An unfortunate paragraph."), "watcher sees the restore live");
    await eventually(() => !sectionText(writer.doc, funding).includes("An unfortunate paragraph."), "writer sees the restore live");
    expect(await liveSectionText(server(), fx().documentId, funding)).toBe(before);
    expect((await server().store.documents.updates(fx().documentId)).length).toBeGreaterThan(logBefore);
    const versions = (await api("observer").get(`${base()}/versions`)).body.versions;
    expect(versions.length).toBe(versionsBefore + 1);
    expect(versions[0]).toMatchObject({ kind: "restore", label: expect.stringContaining("Clean funding text") });
    // The writer keeps working on the restored text.
    typeParagraph(writer.doc, funding, "Typed after the restore.");
    await eventually(async () => (await liveSectionText(server(), fx().documentId, funding)).includes("Typed after the restore."), "edit after restore");
    expect(writer.refusals).toEqual([]);
  });

  it("respects ownership and approval locks; chairs restore across owners", async () => {
    const wg3 = fx().section("Intersessional work");
    const mandate = fx().section("mandate and permanence"); // approved in the demo data
    const saved = (await api("wg3.member").post(`${base()}/versions`, { label: "WG3 baseline" })).body.version;
    const writer = await connect("wg3.member");
    typeParagraph(writer.doc, wg3, "To be undone by the chair.");
    await eventually(async () => (await liveSectionText(server(), fx().documentId, wg3)).includes("To be undone"), "edit stored");

    const locked = await api("mag.chair").post(`${base()}/versions/${saved.id}/restore`, { sectionId: mandate });
    expect(locked.status).toBe(409);
    expect(locked.body.error.message).toMatch(/approved and locked/);

    // A member's whole-document restore touches only their own sections and says what it left.
    const partial = await api("wg1.member").post(`${base()}/versions/${saved.id}/restore`, {});
    expect(partial.status).toBe(200);
    expect(partial.body.result.restoredSections).toEqual([fx().section("Sustainable funding")]);
    expect(partial.body.result.skipped.find((s: { sectionId: string }) => s.sectionId === wg3).reason).toMatch(/WG3/);
    expect(await liveSectionText(server(), fx().documentId, wg3)).toContain("To be undone");

    const chair = await api("mag.chair").post(`${base()}/versions/${saved.id}/restore`, { sectionId: wg3 });
    expect(chair.status).toBe(200);
    await eventually(() => !sectionText(writer.doc, wg3).includes("To be undone"), "chair's restore reaches the owner");
    expect((await api("observer").post(`${base()}/versions/${saved.id}/restore`, {})).status).toBe(403);
  });
});

describe("automatic versions", () => {
  let server: TestServer;
  afterAll(() => server?.close());

  it("saves at most one automatic version per interval while people edit", async () => {
    server = await startTestServer({ collab: { flushWindowMs: 5, autoVersionMs: 400 } });
    const fx = await openFixture(server);
    const funding = fx.section("Sustainable funding");
    const writer = connectProvider(server.url, await fx.cookie("wg1.member"), fx.documentId);
    await writer.synced;
    const autos = async () => (await server.store.versions.list(fx.documentId)).filter((v) => v.kind === "auto");
    const start = Date.now();
    for (let i = 0; i < 20; i++) {
      typeParagraph(writer.doc, funding, `Line ${i}.`);
      await new Promise((r) => setTimeout(r, 60));
    }
    const elapsed = Date.now() - start;
    await eventually(async () => (await autos()).length > 0, "an automatic version");
    const count = (await autos()).length;
    expect(count).toBeGreaterThanOrEqual(1);
    expect(count).toBeLessThanOrEqual(Math.ceil(elapsed / 400) + 1);
    writer.destroy();
  });
});
