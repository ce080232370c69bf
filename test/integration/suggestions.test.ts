import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Transform } from "@tiptap/pm/transform";
import { prosemirrorToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from "@tiptap/y-tiptap";
import { collabSuite } from "../helpers/collabSuite";
import { createClient } from "../helpers/http";
import { connectRaw, eventually, updateMessage } from "../helpers/collab";
import { schema } from "../../shared/editor/schema";
import { agreedText, suggestionRuns } from "../../shared/editor/suggestions";
import { readSection } from "../../shared/editor/content";
import { suggestionsMap } from "../../shared/collab/review";
import { approveSection } from "../helpers/approve";

// Suggestions over real sockets: updates written as an editor writes them (y-tiptap from a ProseMirror document),
// some honest, some forged, sent on a plain socket. The server must keep every suggester's update from changing
// the agreed text or anyone else's suggestion, refuse it whole and tell the sender.
describe("suggestions, enforced by the server", () => {
  const { server, fx, room, keep } = collabSuite();
  const ids = new Map<string, string>();

  async function userId(local: string): Promise<string> {
    if (!ids.has(local)) {
      const client = createClient(server().url);
      client.setCookie(await fx().cookie(local));
      ids.set(local, (await client.get("/api/me")).body.user.id as string);
    }
    return ids.get(local)!;
  }

  async function api(local: string) {
    const client = createClient(server().url);
    client.setCookie(await fx().cookie(local));
    return client;
  }

  const insertion = (id: string, author: string) => schema.marks.insertion!.create({ id, author });
  const deletion = (id: string, author: string) => schema.marks.deletion!.create({ id, author });

  /** The section's text as stored on the server. */
  const stored = async (sectionId: string) => readSection((await room()).doc.getXmlFragment(`section:${sectionId}`));

  /**
   * The update an editor would send for `change` (a new ProseMirror document made from the section's current
   * one), from a replica of the server's document.
   */
  async function editorUpdate(sectionId: string, change: (doc: ProseMirrorNode) => ProseMirrorNode): Promise<Uint8Array> {
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate((await room()).doc));
    replica.clientID = Math.floor(Math.random() * 2 ** 30) + 1000;
    const base = Y.encodeStateVector(replica);
    const fragment = replica.getXmlFragment(`section:${sectionId}`);
    prosemirrorToYXmlFragment(change(yXmlFragmentToProseMirrorRootNode(fragment, schema)), fragment);
    return Y.encodeStateAsUpdate(replica, base);
  }

  /** Sends on a fresh socket as `local`; resolves with the refusals it received once the round is stored. */
  async function send(local: string, update: Uint8Array) {
    const socket = keep(await connectRaw(server().url, fx().documentId, { cookie: await fx().cookie(local) }));
    socket.send(updateMessage(update));
    // A sync request after the update: its answer comes after the update was judged (and stored, if accepted).
    await new Promise((r) => setTimeout(r, 50));
    await (await room()).whenFlushed();
    return socket;
  }

  async function expectRefused(local: string, sectionId: string, update: Uint8Array, reason: string) {
    const before = (await stored(sectionId)).toJSON();
    const socket = await send(local, update);
    await eventually(() => socket.refusals().length > 0, "a refusal");
    expect(socket.refusals()).toHaveLength(1);
    expect(socket.refusals()[0]).toMatchObject({ reason, sectionId });
    expect(socket.refusals()[0]!.message.length).toBeGreaterThan(20);
    expect((await stored(sectionId)).toJSON()).toEqual(before);
  }

  const firstTextEnd = (doc: ProseMirrorNode) => 1 + doc.firstChild!.content.size;

  it("stores a suggested insertion and deletion and records who made them", async () => {
    const funding = fx().section("Sustainable funding");
    const ravi = await userId("wg2.member");
    const agreed = agreedText(await stored(funding));
    const update = await editorUpdate(funding, (doc) => {
      const tr = new Transform(doc);
      tr.insert(firstTextEnd(doc), schema.text(" with NRIs", [insertion("ins-ravi-1", ravi)]));
      tr.addMark(1, 4, deletion("del-ravi-1", ravi));
      return tr.doc;
    });
    const socket = await send("wg2.member", update);
    expect(socket.refusals()).toEqual([]);
    const after = await stored(funding);
    expect(suggestionRuns(after).map((r) => [r.kind, r.id, r.author])).toEqual([
      ["deletion", "del-ravi-1", ravi],
      ["insertion", "ins-ravi-1", ravi],
    ]);
    expect(agreedText(after).eq(agreed)).toBe(true);
    await eventually(async () => suggestionsMap((await room()).doc).has("ins-ravi-1"), "the suggestion recorded");
    const info = suggestionsMap((await room()).doc).get("ins-ravi-1")!;
    expect(info).toMatchObject({ sectionId: funding, author: { id: ravi, name: "Ravi Menon" }, groups: [expect.stringContaining("NRI")] });
    expect(Date.parse(info.createdAt)).not.toBeNaN();
  });

  it("refuses plain text typed by someone who may only suggest", async () => {
    const funding = fx().section("Sustainable funding");
    const update = await editorUpdate(funding, (doc) => new Transform(doc).insert(1, schema.text("Unmarked words. ")).doc);
    await expectRefused("wg2.member", funding, update, "section_not_writable");
  });

  it("refuses a suggestion under someone else's name", async () => {
    const funding = fx().section("Sustainable funding");
    const victim = await userId("wg3.member");
    const update = await editorUpdate(funding, (doc) => new Transform(doc).insert(1, schema.text("Forged. ", [insertion("forged-1", victim)])).doc);
    await expectRefused("wg2.member", funding, update, "suggestion_not_yours");
  });

  it("refuses agreed text deleted outright beside a well-formed suggestion", async () => {
    const funding = fx().section("Sustainable funding");
    const ravi = await userId("wg2.member");
    const update = await editorUpdate(funding, (doc) => {
      const tr = new Transform(doc);
      tr.insert(1, schema.text("Cover. ", [insertion("cover-1", ravi)]));
      tr.delete(10, 14);
      return tr.doc;
    });
    await expectRefused("wg2.member", funding, update, "suggestion_changes_text");
  });

  it("refuses a formatting change made by a suggester", async () => {
    const funding = fx().section("Sustainable funding");
    const ravi = await userId("wg2.member");
    const bold = await editorUpdate(funding, (doc) => {
      const tr = new Transform(doc);
      tr.insert(1, schema.text("Marked. ", [insertion("bold-1", ravi)]));
      tr.addMark(12, 16, schema.marks.bold!.create());
      return tr.doc;
    });
    await expectRefused("wg2.member", funding, bold, "suggestion_changes_text");
  });

  it("refuses altering or removing someone else's suggestion, and lets its author withdraw it", async () => {
    const funding = fx().section("Sustainable funding");
    const ravi = await userId("wg2.member");
    // Ravi's insertion from the first test is there; Élise (WG3) tries three ways to change it.
    const withoutMark = await editorUpdate(funding, (doc) => {
      const run = suggestionRuns(doc).find((r) => r.id === "ins-ravi-1")!;
      return new Transform(doc).removeMark(run.from, run.to, schema.marks.insertion).doc;
    });
    await expectRefused("wg3.member", funding, withoutMark, "suggestion_changes_text");
    const withoutText = await editorUpdate(funding, (doc) => {
      const run = suggestionRuns(doc).find((r) => r.id === "ins-ravi-1")!;
      return new Transform(doc).delete(run.from, run.to).doc;
    });
    await expectRefused("wg3.member", funding, withoutText, "suggestion_not_yours");
    const reworded = await editorUpdate(funding, (doc) => {
      const run = suggestionRuns(doc).find((r) => r.id === "ins-ravi-1")!;
      return new Transform(doc).insert(run.from + 2, schema.text("xx", [insertion("ins-ravi-1", ravi)])).doc;
    });
    await expectRefused("wg3.member", funding, reworded, "suggestion_not_yours");

    // Ravi himself may take his own words out again (the editor does this when he deletes what he typed).
    const withdrawn = await editorUpdate(funding, (doc) => {
      const run = suggestionRuns(doc).find((r) => r.id === "ins-ravi-1")!;
      return new Transform(doc).delete(run.from, run.to).doc;
    });
    const socket = await send("wg2.member", withdrawn);
    expect(socket.refusals()).toEqual([]);
    expect(suggestionRuns(await stored(funding)).some((r) => r.id === "ins-ravi-1")).toBe(false);
  });

  it("refuses an owner's edit that writes a suggestion under someone else's name, and takes their own", async () => {
    const funding = fx().section("Sustainable funding");
    const ravi = await userId("wg2.member");
    const amara = await userId("wg1.member");
    const forged = await editorUpdate(funding, (doc) => new Transform(doc).insert(1, schema.text("Put in his mouth. ", [insertion("owner-forged", ravi)])).doc);
    await expectRefused("wg1.member", funding, forged, "suggestion_not_yours");
    const own = await editorUpdate(funding, (doc) => new Transform(doc).insert(1, schema.text("Owner suggests. ", [insertion("owner-own", amara)])).doc);
    expect((await send("wg1.member", own)).refusals()).toEqual([]);
    expect(suggestionRuns(await stored(funding)).find((r) => r.id === "owner-own")?.author).toBe(amara);
  });

  it("refuses malformed suggestion attributes", async () => {
    const funding = fx().section("Sustainable funding");
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate((await room()).doc));
    replica.clientID = 777_001;
    const base = Y.encodeStateVector(replica);
    const text = (replica.getXmlFragment(`section:${funding}`).get(0) as Y.XmlElement).get(0) as Y.XmlText;
    text.insert(0, "Odd. ", { insertion: { id: "x", author: await userId("wg2.member"), extra: "<script>" } });
    await expectRefused("wg2.member", funding, Y.encodeStateAsUpdate(replica, base), "malformed");
  });

  it("takes no suggestion in an approved section", async () => {
    const wg5 = fx().section("annual IGF meeting");
    const owner = await api("wg5.member");
    expect((await owner.post(`/api/documents/${fx().documentId}/sections/${wg5}/transitions`, { to: "in_review", note: "" })).status).toBe(200);
    const chair = await api("mag.chair");
    expect((await approveSection(chair, fx().documentId, wg5, { note: "Agreed." })).status).toBe(200);
    const ravi = await userId("wg2.member");
    const update = await editorUpdate(wg5, (doc) => new Transform(doc).insert(1, schema.text("Late idea. ", [insertion("late-1", ravi)])).doc);
    await expectRefused("wg2.member", wg5, update, "section_approved");
  });

  describe("deciding", () => {
    const path = (sectionId: string) => `/api/documents/${fx().documentId}/suggestions/${sectionId}/decide`;

    async function suggest(local: string, sectionId: string, id: string, words: string) {
      const author = await userId(local);
      const update = await editorUpdate(sectionId, (doc) => new Transform(doc).insert(1, schema.text(words, [insertion(id, author)])).doc);
      expect((await send(local, update)).refusals()).toEqual([]);
    }

    it("lets an owner accept and a chair reject, refuses others, and keeps the outcomes", async () => {
      const wg3 = fx().section("Intersessional work");
      await suggest("wg2.member", wg3, "acc-1", "Accept me. ");
      await suggest("observer", wg3, "rej-1", "Reject me. ");
      const agreed = agreedText(await stored(wg3));

      expect((await (await api("wg1.member")).post(path(wg3), { decision: "accept", ids: ["acc-1"] })).status).toBe(403);
      expect((await (await api("wg2.member")).post(path(wg3), { decision: "withdraw", ids: ["rej-1"] })).status).toBe(403);

      const accepted = await (await api("wg3.member")).post(path(wg3), { decision: "accept", ids: ["acc-1", "gone-1"] });
      expect(accepted.status).toBe(200);
      expect(accepted.body).toEqual({ sectionId: wg3, decision: "accept", decided: ["acc-1"], missing: ["gone-1"] });
      const rejected = await (await api("lp.chair")).post(path(wg3), { decision: "reject", ids: ["rej-1"], note: "Out of scope." });
      expect(rejected.status).toBe(200);

      const after = await stored(wg3);
      expect(suggestionRuns(after)).toEqual([]);
      expect(after.textContent.startsWith("Accept me. ")).toBe(true);
      expect(after.textContent).not.toContain("Reject me.");
      expect(after.textContent.slice("Accept me. ".length)).toBe(agreed.textContent);
      expect(suggestionsMap((await room()).doc).has("acc-1")).toBe(false);

      const again = await (await api("wg3.member")).post(path(wg3), { decision: "accept", ids: ["acc-1"] });
      expect(again.status).toBe(409);

      const outcomes = (await (await api("observer")).get(`/api/documents/${fx().documentId}/suggestions/outcomes`)).body.outcomes;
      expect(outcomes).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ suggestionId: "acc-1", kind: "insertion", insertedText: "Accept me. ", decision: "accept", author: expect.objectContaining({ name: "Ravi Menon" }), decidedBy: expect.objectContaining({ name: "Élise Dubois" }) }),
          expect.objectContaining({ suggestionId: "rej-1", decision: "reject", note: "Out of scope.", author: expect.objectContaining({ name: "Jonas Berg (NRI observer)" }) }),
        ]),
      );
    });

    it("lists open and decided suggestions in the comments matrix", async () => {
      const csv = (await (await api("observer")).get(`/api/documents/${fx().documentId}/comments-matrix?format=csv`)).body as string;
      const rows = csv.split("\r\n").filter((line) => line.includes('"Suggestion"'));
      expect(rows.some((row) => row.includes("Insert “Accept me.”") && row.includes('"Accepted"') && row.includes("Accepted by Élise Dubois"))).toBe(true);
      expect(rows.some((row) => row.includes("Insert “Reject me.”") && row.includes('"Rejected"') && row.includes("Out of scope."))).toBe(true);
      // Still open: Ravi's deletion in the funding section, cited by its paragraph number.
      const open = rows.find((row) => row.includes('"Open"') && row.includes("Delete “"));
      expect(open).toBeDefined();
      expect(open).toMatch(/^"\d+","Sustainable funding","Suggestion","Ravi Menon"/);
    });

    it("lets the author withdraw their own", async () => {
      const wg4 = fx().section("Institutional structure");
      await suggest("wg2.member", wg4, "mine-1", "Second thoughts. ");
      const response = await (await api("wg2.member")).post(path(wg4), { decision: "withdraw", ids: ["mine-1"] });
      expect(response.status).toBe(200);
      expect((await stored(wg4)).textContent).not.toContain("Second thoughts.");
    });

    it("answers bad input with a clear error and changes nothing", async () => {
      const wg4 = fx().section("Institutional structure");
      const before = (await stored(wg4)).toJSON();
      const client = await api("wg4.member");
      for (const body of [{ decision: "approve", ids: ["a"] }, { decision: "accept", ids: [] }, { decision: "accept", ids: [3] }, { decision: "accept", ids: ["<b>"] }, { decision: "accept", ids: Array.from({ length: 2001 }, (_, i) => `i${i}`) }]) {
        const response = await client.post(path(wg4), body);
        expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(400);
        expect(response.body.error.message).toEqual(expect.any(String));
      }
      const malformed = await client.request("POST", path(wg4), { body: "{not json", headers: { "content-type": "application/json" } });
      expect(malformed.status).toBe(400);
      expect((await client.post(`/api/documents/${fx().documentId}/suggestions/nope/decide`, { decision: "accept", ids: ["a"] })).status).toBe(404);
      expect((await stored(wg4)).toJSON()).toEqual(before);
    });
  });
});

describe("approving a section with open suggestions", () => {
  const { server, fx, room } = collabSuite();

  async function api(local: string) {
    const client = createClient(server().url);
    client.setCookie(await fx().cookie(local));
    return client;
  }

  it("tells the chair how many are open, and settles them as the chair chooses once the section is locked", async () => {
    const wg3 = fx().section("Intersessional work");
    const base = `/api/documents/${fx().documentId}/sections/${wg3}/transitions`;
    const me = (await (await api("observer")).get("/api/me")).body.user.id as string;
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate((await room()).doc));
    replica.clientID = 424_242;
    const sv = Y.encodeStateVector(replica);
    const fragment = replica.getXmlFragment(`section:${wg3}`);
    const doc = yXmlFragmentToProseMirrorRootNode(fragment, schema);
    const tr = new Transform(doc).insert(1, schema.text("Open one. ", [schema.marks.insertion!.create({ id: "open-1", author: me })]));
    tr.addMark(12, 20, schema.marks.deletion!.create({ id: "open-2", author: me }));
    prosemirrorToYXmlFragment(tr.doc, fragment);
    const socket = await connectRaw(server().url, fx().documentId, { cookie: await fx().cookie("observer") });
    socket.send(updateMessage(Y.encodeStateAsUpdate(replica, sv)));
    await eventually(async () => suggestionRuns(readSection((await room()).doc.getXmlFragment(`section:${wg3}`))).length === 2, "suggestions stored");
    socket.close();
    const agreed = agreedText(readSection((await room()).doc.getXmlFragment(`section:${wg3}`)));

    expect((await (await api("wg3.member")).post(base, { to: "in_review" })).status).toBe(200);
    const chair = await api("mag.chair");
    const told = await approveSection(chair, fx().documentId, wg3, { note: "Agreed." });
    expect(told.status).toBe(409);
    expect(told.body.error).toMatchObject({ code: "conflict", details: { openSuggestions: 2 } });
    expect(told.body.error.message).toMatch(/2 open suggestions/);

    const approved = await approveSection(chair, fx().documentId, wg3, { note: "Agreed.", openSuggestions: "reject" });
    expect(approved.status).toBe(200);
    const after = readSection((await room()).doc.getXmlFragment(`section:${wg3}`));
    expect(suggestionRuns(after)).toEqual([]);
    expect(after.eq(agreed)).toBe(true);
    const outcomes = (await chair.get(`/api/documents/${fx().documentId}/suggestions/outcomes`)).body.outcomes;
    expect(outcomes.map((o: { suggestionId: string; decision: string }) => [o.suggestionId, o.decision]).sort()).toEqual([["open-1", "reject"], ["open-2", "reject"]]);
  });
});
