import { beforeAll, describe, expect, it } from "vitest";
import { BACKENDS } from "../helpers/server";
import { collabSuite } from "../helpers/collabSuite";
import { createClient, type TestClient } from "../helpers/http";
import { editorUpdate, insertionMark, deletionMark, sendUpdate, userIdOf } from "../helpers/suggest";
import { suggestionAnchor } from "../../client/src/features/suggestions/suggestionAnchor";
import { threadsMap } from "../../shared/collab/review";

// Replies to a suggestion: a comment thread on the suggestion's words that knows which suggestion it is about.
// The anchor is the one the suggestion card makes in the browser (suggestionAnchor, from the Y.Doc alone).
describe.each(BACKENDS)("threads about suggestions (%s)", (backend) => {
  const { server, fx, room } = collabSuite({ backend, collab: { flushWindowMs: 5 } });
  const as: Record<string, TestClient> = {};
  const base = () => `/api/documents/${fx().documentId}`;

  beforeAll(async () => {
    for (const local of ["wg1.member", "wg2.member", "observer"]) {
      as[local] = createClient(server().url);
      await as[local].loginAs(local);
    }
  });

  const marked = (text: string, mark: ReturnType<typeof insertionMark>) => mark.type.schema.text(text, [mark]);

  async function suggest(local: string, id: string) {
    const funding = fx().section("Sustainable funding");
    const cookie = await fx().cookie(local);
    const author = await userIdOf(server(), cookie);
    const update = await editorUpdate(server(), fx().documentId, funding, (doc, tr) => {
      const end = 1 + doc.firstChild!.content.size;
      tr.insert(end, marked(" and NRIs", insertionMark(id, author)));
      tr.addMark(1, 4, deletionMark(id, author));
    });
    await sendUpdate(server(), fx().documentId, cookie, update);
    return funding;
  }

  it("starts one conversation per suggestion, kept as a comment once the suggestion is decided", async () => {
    const funding = await suggest("wg2.member", "repl-1");
    const found = suggestionAnchor((await room()).doc, funding, "repl-1");
    expect(found).not.toBeNull();
    expect(found!.text).toMatch(/^The[\s\S]* and NRIs$/);

    const first = await as["wg2.member"]!.post(`${base()}/threads`, { sectionId: funding, anchor: found!.anchor, quote: found!.text, body: "Why I suggest this.", suggestionId: "repl-1" });
    expect(first.status).toBe(201);
    expect(first.body.thread).toMatchObject({ suggestionId: "repl-1", status: "open", detached: false, comments: [{ body: "Why I suggest this." }] });

    // The owner replies from the card without knowing a thread exists: it joins the same one.
    const second = await as["wg1.member"]!.post(`${base()}/threads`, { sectionId: funding, anchor: found!.anchor, quote: found!.text, body: "Agreed.", suggestionId: "repl-1" });
    expect(second.status).toBe(201);
    expect(second.body.thread.id).toBe(first.body.thread.id);
    expect(second.body.thread.comments.map((c: { body: string }) => c.body)).toEqual(["Why I suggest this.", "Agreed."]);
    expect(threadsMap((await room()).doc).get(first.body.thread.id)?.suggestionId).toBe("repl-1");

    // An ordinary comment is not about a suggestion.
    const plain = await as["observer"]!.post(`${base()}/threads`, { sectionId: funding, anchor: found!.anchor, quote: found!.text, body: "A comment." });
    expect(plain.status).toBe(201);
    expect(plain.body.thread.suggestionId).toBeUndefined();

    // Decided: the thread stays, on the words that are now agreed text.
    const decided = await as["wg1.member"]!.post(`${base()}/suggestions/${funding}/decide`, { decision: "accept", ids: ["repl-1"] });
    expect(decided.status).toBe(200);
    const listed = await as["observer"]!.get(`${base()}/threads`);
    const kept = (listed.body.threads as Array<{ id: string; detached: boolean; suggestionId?: string }>).find((t) => t.id === first.body.thread.id);
    expect(kept).toMatchObject({ suggestionId: "repl-1", detached: false });

    // No new conversation about a suggestion that is gone.
    const late = await as["wg2.member"]!.post(`${base()}/threads`, { sectionId: funding, anchor: found!.anchor, quote: found!.text, body: "Too late.", suggestionId: "repl-1" });
    expect(late.status).toBe(409);
    expect(late.body.error.message).toMatch(/no longer open/);
  });

  it("refuses a suggestion id that is not one", async () => {
    const funding = await suggest("wg2.member", "repl-2");
    const found = suggestionAnchor((await room()).doc, funding, "repl-2")!;
    const bad = await as["wg2.member"]!.post(`${base()}/threads`, { sectionId: funding, anchor: found.anchor, body: "x", suggestionId: "not an id!" });
    expect(bad.status).toBe(400);
    expect(suggestionAnchor((await room()).doc, funding, "nowhere")).toBeNull();
  });
});
