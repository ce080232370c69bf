import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { manualClock, startTestServer, type TestServer } from "../helpers/server";
import { createClient, type TestClient } from "../helpers/http";
import { appendParagraph, createGolden, GOLDEN, type Golden } from "../fixtures/golden";
import { exportKey, loadExportInput } from "../../server/export/source";
import type { RenderedFile } from "../../server/export/renderJob";
import { sectionRootName } from "../../shared/collab/protocol";

// Exports are rendered by one worker for everyone: one export in flight per person, so nobody's burst makes
// everyone else's exports wait or fail; and a file is rendered once while what it shows is unchanged.

describe("exports shared fairly and re-used while unchanged", () => {
  const clock = manualClock();
  let server: TestServer;
  let golden: Golden;
  const as: Record<string, TestClient> = {};

  beforeAll(async () => {
    server = await startTestServer({ clock, collab: { flushWindowMs: 5 } });
    for (const local of ["secretariat", "observer", "wg1.member", "mag.chair"]) {
      as[local] = createClient(server.url);
      await as[local].loginAs(local);
    }
    golden = await createGolden(server, as.secretariat!);
  });
  afterAll(() => server?.close());

  const exportPath = (format: string, documentId = golden.documentId) => `/api/documents/${documentId}/export?format=${format}`;
  async function download(local: string, path: string) {
    const response = await fetch(new URL(path, server.url), { headers: { cookie: as[local]!.cookie! } });
    const bytes = new Uint8Array(await response.arrayBuffer());
    const text = new TextDecoder().decode(bytes);
    return { status: response.status, headers: response.headers, bytes, text, json: () => JSON.parse(text) };
  }

  it("lets each person have one export in flight: a second one meanwhile is refused saying which, and nobody else waits for them", async () => {
    // Hold the observer's PDF in flight: it will join a render of that same file which the test finishes when it
    // likes, on the real renderer. No timing: whatever the machine's speed, it is in flight until released.
    const input = await loadExportInput(server.deps, golden.documentId);
    const options = { numbering: true, toc: true };
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const held = server.deps.exportCache.get(exportKey(input, "pdf", options), async (): Promise<RenderedFile> => {
      await released;
      const { textId: _key, readState, ...job } = input;
      return server.deps.renderer.render({ ...job, state: await readState(), format: "pdf", options });
    });

    // Two PDFs asked for at once by the observer: whichever the server takes first waits for the held render; the
    // other is answered at once.
    const both = [download("observer", exportPath("pdf")), download("observer", exportPath("pdf"))];
    const refused = await Promise.race(both.map((pending, index) => pending.then((answer) => ({ answer, index }))));
    const message = `Your export of “${GOLDEN.title}” as a PDF is still being prepared; wait for it to finish, then export again.`;
    expect(refused.answer.status, refused.answer.text).toBe(429);
    expect(refused.answer.json()).toEqual({ error: { code: "rate_limited", message, details: { retryAfterSeconds: 5 } } });
    expect(refused.answer.headers.get("retry-after")).toBe("5");
    // Any other export of theirs too, the comments matrix included.
    for (const path of [exportPath("md"), `/api/documents/${golden.documentId}/comments-matrix?format=csv`]) {
      const other = await download("observer", path);
      expect([other.status, other.json().error.message]).toEqual([429, message]);
    }

    // Meanwhile other people export: another file is made at once; the same PDF joins the render under way.
    const markdown = await download("wg1.member", exportPath("md"));
    expect(markdown.status).toBe(200);
    expect(markdown.text).toContain(GOLDEN.title);
    const chairs = download("mag.chair", exportPath("pdf"));

    release();
    const [observers, chairsPdf, file] = [await both[1 - refused.index]!, await chairs, await held];
    expect([observers.status, chairsPdf.status]).toEqual([200, 200]);
    expect(new TextDecoder().decode(observers.bytes.slice(0, 5))).toBe("%PDF-");
    expect(observers.bytes).toEqual(file.body);
    expect(chairsPdf.bytes).toEqual(file.body);
    // Once it is done, the observer exports again.
    expect((await download("observer", exportPath("md"))).status).toBe(200);
  });

  it("renders a file once while nothing it shows changes, and again after an edit, a deletion, an outline change or a new day", async () => {
    const section = golden.sections[1]!.id;
    const markdown = () => download("observer", exportPath("md"));
    const first = await markdown();
    expect(first.text).toContain("Working text as of 25 November 2026, 09:00 UTC");

    // Ten minutes on, nothing changed: the same file, down to the time it says its text is from.
    clock.advance(10 * 60_000);
    const again = await markdown();
    expect(again.bytes).toEqual(first.bytes);
    expect(server.deps.exportCache.stats().files).toBeGreaterThan(0);

    // An edit: rendered again, with the new text and the time now.
    await appendParagraph(server, golden.documentId, section, "Added while the export was kept.");
    const edited = await markdown();
    expect(edited.text).toContain("Added while the export was kept.");
    expect(edited.text).toContain("Working text as of 25 November 2026, 09:10 UTC");

    // Deleting it moves no Yjs clock (the state vector stays the same): the key reads the delete set too.
    clock.advance(60_000);
    await server.deps.rooms.serverChange(golden.documentId, (doc) => {
      const fragment = doc.getXmlFragment(sectionRootName(section));
      fragment.delete(fragment.length - 1, 1);
    }, null);
    const deleted = await markdown();
    expect(deleted.text).not.toContain("Added while the export was kept.");
    expect(deleted.text).toContain("Working text as of 25 November 2026, 09:11 UTC");

    // The outline is not in the text: renaming a section renders it again.
    const renamed = await as.secretariat!.patch(`/api/documents/${golden.documentId}/sections/${section}`, { title: "Conclusions, renamed" });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    expect((await markdown()).text).toContain("## Conclusions, renamed");

    // A new day: the file's name and title page carry the date.
    clock.advance(24 * 60 * 60_000);
    const tomorrow = await markdown();
    expect(tomorrow.headers.get("content-disposition")).toMatch(/-2026-11-26\.md"$/);
    expect(tomorrow.text).toContain("26 November 2026");
  });
});
