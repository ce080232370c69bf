import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import * as encoding from "lib0/encoding";
import { randomBytes } from "node:crypto";
import { collabSuite } from "../helpers/collabSuite";
import { createClient } from "../helpers/http";
import { connectProvider, connectRaw, eventually, sectionText, typeParagraph, updateMessage } from "../helpers/collab";
import { MAX_FRAME_BYTES, MESSAGE_AWARENESS } from "../../shared/collab/protocol";
import { writeAwarenessUpdate } from "../../server/collab/messages";

// Updates built with yjs directly, sent over a plain socket: what a malicious or broken client could send.
describe("the update guard against crafted updates", () => {
  const { server, fx, room, keep } = collabSuite();

  /** A copy of the server's document under a clientID of our choosing. */
  async function replica(clientID?: number): Promise<Y.Doc> {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate((await room()).doc));
    // Set after loading: Yjs would pick a new clientID on seeing its own one in a remote update.
    if (clientID !== undefined) doc.clientID = clientID;
    return doc;
  }
  const changesSince = (doc: Y.Doc, base: Uint8Array) => Y.encodeStateAsUpdate(doc, base);

  async function socketAs(local: string) {
    const raw = await connectRaw(server().url, fx().documentId, { cookie: await fx().cookie(local) });
    keep(raw);
    return raw;
  }

  async function sendAndExpectRefusal(local: string, update: Uint8Array) {
    const socket = await socketAs(local);
    socket.send(updateMessage(update));
    await eventually(() => socket.refusals().length > 0 || socket.closed !== null, "a refusal");
    return socket;
  }

  const snapshotText = async () => {
    const doc = (await room()).doc;
    return JSON.stringify(
      [...doc.share.keys()].sort().map((k) => [k, k.startsWith("section:") ? doc.getXmlFragment(k).toString() : doc.getMap(k).toJSON()]),
    );
  };

  it("refuses deletes reaching into another group's section", async () => {
    const wg3 = fx().section("Intersessional work");
    const before = await snapshotText();
    const doc = await replica();
    const base = Y.encodeStateVector(doc);
    doc.getXmlFragment(`section:${wg3}`).delete(0, 1);
    const socket = await sendAndExpectRefusal("wg1.member", changesSince(doc, base));
    expect(socket.refusals()[0]).toMatchObject({ reason: "section_not_writable", sectionId: wg3 });
    expect(await snapshotText()).toBe(before);
  });

  it("refuses an update mixing an allowed and a forbidden change as a whole", async () => {
    const funding = fx().section("Sustainable funding");
    const wg3 = fx().section("Intersessional work");
    const before = await snapshotText();
    const doc = await replica();
    const base = Y.encodeStateVector(doc);
    doc.transact(() => {
      typeParagraph(doc, funding, "Allowed part.");
      typeParagraph(doc, wg3, "Forbidden part.");
    });
    const socket = await sendAndExpectRefusal("wg1.member", changesSince(doc, base));
    expect(socket.refusals()[0]!.reason).toBe("section_not_writable");
    expect(await snapshotText()).toBe(before);
    expect(sectionText((await room()).doc, funding)).not.toContain("Allowed part.");
  });

  it("refuses a new root type and an insert into a server root", async () => {
    const before = await snapshotText();
    for (const [make, reason] of [
      [(d: Y.Doc) => d.getText("brand-new-root").insert(0, "x"), "unknown_root"],
      [(d: Y.Doc) => d.getXmlFragment("section:not-a-section").insert(0, [new Y.XmlElement("paragraph")]), "unknown_root"],
      [(d: Y.Doc) => d.getMap("threads").set("t1", "forged thread"), "server_root"],
      [(d: Y.Doc) => d.getXmlFragment(`section:${fx().section("Sustainable funding")}`).insert(0, [new Y.XmlElement("script")]), "malformed"],
    ] as const) {
      const doc = await replica();
      const base = Y.encodeStateVector(doc);
      make(doc);
      const socket = await sendAndExpectRefusal("secretariat", changesSince(doc, base));
      expect(socket.refusals()[0]!.reason).toBe(reason);
    }
    expect(await snapshotText()).toBe(before);
    expect((await room()).doc.share.has("brand-new-root")).toBe(false);
  });

  it("refuses a clientID another connection writes with, and one that belongs to another user", async () => {
    const funding = fx().section("Sustainable funding");
    const victim = connectProvider(server().url, await fx().cookie("wg1.member"), fx().documentId);
    keep(victim);
    await victim.synced;
    typeParagraph(victim.doc, funding, "Written by the victim.");
    await eventually(async () => sectionText((await room()).doc, funding).includes("Written by the victim."), "victim's edit stored");

    // wg1.second may write this section, but not as wg1.member's clientID.
    const forged = await replica(victim.doc.clientID);
    const base = Y.encodeStateVector(forged);
    typeParagraph(forged, funding, "Forged as the victim.");
    const socket = await sendAndExpectRefusal("wg1.second", changesSince(forged, base));
    expect(socket.refusals()[0]!.reason).toBe("foreign_client_id");

    // Even after the victim has gone, the clientID stays theirs.
    victim.provider.disconnect();
    await eventually(async () => (await room()).participants.size <= 1, "victim disconnected");
    const again = await sendAndExpectRefusal("wg1.second", changesSince(forged, base));
    expect(again.refusals()[0]!.reason).toBe("foreign_client_id");
    expect(sectionText((await room()).doc, funding)).not.toContain("Forged as the victim.");
  });

  it("ignores awareness sent under someone else's clientID", async () => {
    const victim = connectProvider(server().url, await fx().cookie("wg2.member"), fx().documentId);
    keep(victim);
    await victim.synced;
    victim.provider.awareness.setLocalStateField("note", "genuine");
    await eventually(async () => (await room()).awareness.getStates().get(victim.doc.clientID)?.note === "genuine", "victim awareness");

    const socket = await socketAs("observer");
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(encoder, writeAwarenessUpdate([{ clientId: victim.doc.clientID, clock: 9999, state: JSON.stringify({ note: "forged" }) }]));
    socket.send(encoding.toUint8Array(encoder));
    await new Promise((r) => setTimeout(r, 200));
    expect((await room()).awareness.getStates().get(victim.doc.clientID)?.note).toBe("genuine");
  });

  it("refuses pending structs: an update whose dependencies the server never got", async () => {
    const funding = fx().section("Sustainable funding");
    const doc = await replica();
    const base = Y.encodeStateVector(doc);
    typeParagraph(doc, funding, "First.");
    const afterFirst = Y.encodeStateVector(doc);
    const paragraph = doc.getXmlFragment(`section:${funding}`).get(doc.getXmlFragment(`section:${funding}`).length - 1) as Y.XmlElement;
    (paragraph.get(0) as Y.XmlText).insert(6, " Second.");
    const secondOnly = Y.encodeStateAsUpdate(doc, afterFirst);
    const socket = await sendAndExpectRefusal("wg1.member", secondOnly);
    expect(socket.refusals()[0]!.reason).toBe("pending_structs");
    const current = await room();
    expect(current.doc.store.pendingStructs).toBeNull();
    expect(current.doc.store.pendingDs).toBeNull();

    // The whole change, in order, is fine.
    socket.send(updateMessage(Y.encodeStateAsUpdate(doc, base)));
    await eventually(async () => sectionText((await room()).doc, funding).includes("First. Second."), "full change applied");
  });

  it("refuses truncated and random bytes, closes on garbage frames and oversized frames, and stays up", async () => {
    const funding = fx().section("Sustainable funding");
    const doc = await replica();
    const base = Y.encodeStateVector(doc);
    typeParagraph(doc, funding, "Truncated paragraph.");
    const valid = changesSince(doc, base);

    const truncated = await sendAndExpectRefusal("wg1.member", valid.slice(0, Math.floor(valid.length / 2)));
    expect(truncated.refusals()[0]!.reason).toBe("malformed");
    for (let i = 0; i < 20; i++) {
      const socket = await sendAndExpectRefusal("wg1.member", new Uint8Array(randomBytes(1 + i * 37)));
      expect(["malformed", "pending_structs", "unknown_root", "foreign_client_id", "section_not_writable"]).toContain(socket.refusals()[0]?.reason ?? "malformed");
    }

    const garbage = await socketAs("wg1.member");
    garbage.send(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2, 3]));
    await eventually(() => garbage.closed !== null, "garbage frame closes");
    expect(garbage.closed!.code).toBe(4400);

    const text = await socketAs("wg1.member");
    text.ws.send("hello");
    await eventually(() => text.closed !== null, "text frame closes");
    expect(text.closed!.code).toBe(4400);

    const huge = await socketAs("wg1.member");
    huge.send(updateMessage(new Uint8Array(MAX_FRAME_BYTES + 1024)));
    await eventually(() => huge.closed !== null, "oversized frame closes");
    expect(huge.closed!.code).toBe(1009);

    const oversizedUpdate = await sendAndExpectRefusal("wg1.member", new Uint8Array(3 * 1024 * 1024));
    expect(oversizedUpdate.refusals()[0]!.reason).toBe("update_too_large");

    // Still serving, and the document is intact for a normal client.
    const health = await createClient(server().url).get("/api/health");
    expect(health.status).toBe(200);
    const reader = connectProvider(server().url, await fx().cookie("observer"), fx().documentId);
    keep(reader);
    await reader.synced;
    expect(sectionText(reader.doc, funding)).toBe(sectionText((await room()).doc, funding));
    expect(sectionText(reader.doc, funding)).not.toContain("Truncated paragraph.");
  });
});
