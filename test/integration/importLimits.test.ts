import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server";
import { createClient, type TestClient } from "../helpers/http";
import { slowUpload, upload, type Upload } from "../helpers/importUpload";
import { handmadeDocx } from "../fixtures/import/handmade";
import { longParagraph, manyParagraphs, repeatedFootnote, textBomb } from "../fixtures/import/oversized";
import { DEMO_PASSWORD } from "../../server/seed/demo";

// The import's limits on text, over real HTTP: each refused with 413 and a message naming the limit, each limit
// reachable exactly; files small on disk that unpack or multiply into large text; one import at a time per admin.

const TOO_MANY_PARAGRAPHS = "The file has more than 20,000 paragraphs; a document to import may have at most 20,000. Import it in parts, each as its own document.";
const TOO_MUCH_TEXT = "The file holds more than 2,000,000 characters of text; a document to import may hold at most 2,000,000. Import it in parts, each as its own document.";

describe("import limits", () => {
  let server: TestServer;
  let admin: TestClient;
  let deputy: TestClient;
  let documentsBefore: number;

  beforeAll(async () => {
    server = await startTestServer();
    admin = createClient(server.url);
    await admin.loginAs("secretariat");
    const created = await admin.post("/api/users", { email: "deputy@demo.penholder.test", name: "Deputy Secretary", role: "admin", password: DEMO_PASSWORD });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    deputy = createClient(server.url);
    await deputy.loginAs("deputy");
    documentsBefore = (await admin.get("/api/documents")).body.documents.length;
  });
  afterAll(() => server?.close());

  const expectRefused = (response: Upload, status: number, code: string, message: string, details?: unknown) => {
    expect(response.status, JSON.stringify(response.body)).toBe(status);
    expect(response.body).toEqual({ error: details === undefined ? { code, message } : { code, message, details } });
  };
  const textOf = async (documentId: string) => {
    const detail = await admin.get(`/api/documents/${documentId}`);
    return detail.body.document.sections.flatMap((s: { content: { text: string }[] }) => s.content.map((block) => block.text));
  };

  it("refuses a file of more than 20,000 paragraphs (300,000 in 777 KB) and takes one of exactly 20,000", async () => {
    const flood = await manyParagraphs(300_000);
    expect(flood.length).toBeLessThan(800 * 1024);
    expectRefused(await upload(server, admin.cookie, flood), 413, "payload_too_large", TOO_MANY_PARAGRAPHS);
    expectRefused(await upload(server, admin.cookie, await manyParagraphs(20_001)), 413, "payload_too_large", TOO_MANY_PARAGRAPHS);

    const most = await upload(server, admin.cookie, await manyParagraphs(20_000));
    expect(most.status, JSON.stringify(most.body)).toBe(201);
    const text = await textOf(most.body.document.id);
    expect([text.length, text[0], text.at(-1)]).toEqual([20_000, "Paragraph 1.", "Paragraph 20000."]);
  });

  it("refuses a paragraph of more than 20,000 characters, saying where it starts, and takes one of exactly 20,000", async () => {
    expectRefused(
      await upload(server, admin.cookie, await longParagraph(20_001)),
      413,
      "payload_too_large",
      "A paragraph in the file holds 20,001 characters (it starts “The Forum’s mandate xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…”); a paragraph may hold at most 20,000. Split it into shorter paragraphs in Word and import again.",
    );
    const longest = await upload(server, admin.cookie, await longParagraph(20_000));
    expect(longest.status, JSON.stringify(longest.body)).toBe(201);
    expect((await textOf(longest.body.document.id)).map((text: string) => text.length)).toEqual([20_000]);
  });

  it("refuses the 90 KB file that unpacks to one paragraph of 95 million letters", async () => {
    // Deflate packs a run of one letter about 1 000 to 1: within the 20 MB upload and the 100 MB unpacked limits.
    const bomb = await textBomb(95_000_000);
    expect(bomb.length).toBeLessThan(100 * 1024);
    expectRefused(await upload(server, admin.cookie, bomb), 413, "payload_too_large", TOO_MUCH_TEXT);
  });

  it("refuses a short note referred to over and over: every reference carries the note's text", async () => {
    // 1 001 references of 30 bytes each to one 2 000-character note: a 1 KB file, 2 002 000 characters of notes.
    const spread = await repeatedFootnote(1001, 1);
    expect(spread.length).toBeLessThan(2 * 1024);
    expectRefused(await upload(server, admin.cookie, spread), 413, "payload_too_large", TOO_MUCH_TEXT);
    expectRefused(
      await upload(server, admin.cookie, await repeatedFootnote(11, 11)),
      413,
      "payload_too_large",
      "A paragraph in the file holds 22,000 characters; a paragraph may hold at most 20,000. Split it into shorter paragraphs in Word and import again.",
    );
    // The same note referred to ten times in ten paragraphs is an ordinary document.
    expect((await upload(server, admin.cookie, await repeatedFootnote(10, 1))).status).toBe(201);
  });

  it("reads one import at a time per admin: a second one meanwhile is refused at once, another admin's goes ahead", async () => {
    const file = handmadeDocx();
    const half = file.length >> 1;
    // Two uploads from one admin, each held open after its first half. Whichever the server takes first stays in
    // flight until its body ends; the other is refused without its body being read.
    const uploads = [slowUpload(server, admin.cookie, file.subarray(0, half), { query: "?filename=First.docx" }), slowUpload(server, admin.cookie, file.subarray(0, half), { query: "?filename=First.docx" })];
    const refused = await Promise.race(uploads.map((u, index) => u.answer.then((answer) => ({ answer, index }))));
    expectRefused(refused.answer, 429, "rate_limited", "Your import of “First.docx” is still being read; wait for it to finish, then import again.", { retryAfterSeconds: 10 });
    expect(refused.answer.headers.get("retry-after")).toBe("10");
    expect(refused.answer.headers.get("connection")).toBe("close");
    uploads[refused.index]!.end();

    // Meanwhile another admin imports, and the same admin still works with the rest of the API.
    const other = await upload(server, deputy.cookie, file, { query: "?filename=Other.docx" });
    expect(other.status, JSON.stringify(other.body)).toBe(201);
    expect((await admin.get("/api/documents")).status).toBe(200);

    const held = uploads[1 - refused.index]!;
    held.finish(file.subarray(half));
    const first = await held.answer;
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body.document.description).toBe("Imported from First.docx");
    // Once it is done, the admin may import again.
    expect((await upload(server, admin.cookie, file)).status).toBe(201);
  });

  it("is still up, and no refused file left a document behind", async () => {
    expect((await admin.get("/api/health")).body.status).toBe("ok");
    // Accepted: 20,000 paragraphs, the longest paragraph, ten notes, the other admin's, the held one, the one after.
    expect((await admin.get("/api/documents")).body.documents.length).toBe(documentsBefore + 6);
  });
});
