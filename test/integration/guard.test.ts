import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import * as encoding from "lib0/encoding";
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
  /** Hand-made update bytes: each number as Yjs writes integers (lib0 varUint). */
  const varUints = (...numbers: number[]) => {
    const encoder = encoding.createEncoder();
    for (const n of numbers) encoding.writeVarUint(encoder, n);
    return encoding.toUint8Array(encoder);
  };

  async function socketAs(local: string) {
    const raw = await connectRaw(server().url, fx().documentId, { cookie: await fx().cookie(local) });
    keep(raw);
    return raw;
  }

  /** Sends the update on a fresh socket; returns the socket once exactly one refusal has come back on it. */
  async function sendAndExpectRefusal(local: string, update: Uint8Array) {
    const socket = await socketAs(local);
    socket.send(updateMessage(update));
    await eventually(() => socket.refusals().length > 0 || socket.closed !== null, "a refusal");
    // A socket closed without a refusal is not a refusal: the user would not learn what happened.
    expect(socket.refusals(), `refusals (socket closed: ${JSON.stringify(socket.closed)})`).toHaveLength(1);
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
    const awarenessFrame = (clientId: number, note: string) => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
      encoding.writeVarUint8Array(encoder, writeAwarenessUpdate([{ clientId, clock: 9999, state: JSON.stringify({ note }) }]));
      return encoding.toUint8Array(encoder);
    };
    socket.send(awarenessFrame(victim.doc.clientID, "forged"));
    // The server reads one socket's frames in order: once the observer's own state is in, the forged one was read.
    const ownClientId = victim.doc.clientID + 1;
    socket.send(awarenessFrame(ownClientId, "the observer's own"));
    await eventually(async () => (await room()).awareness.getStates().get(ownClientId)?.note === "the observer's own", "observer awareness");
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

  it("refuses undecodable and dangling updates, closes on garbage frames and oversized frames, and stays up", async () => {
    const funding = fx().section("Sustainable funding");
    const doc = await replica();
    const base = Y.encodeStateVector(doc);
    typeParagraph(doc, funding, "Truncated paragraph.");
    const valid = changesSince(doc, base);

    // Update bytes (Yjs's v1 encoding) that cannot be read, each for its own reason; then one that reads fine but
    // deletes structs nobody has sent (a missing dependency, not garbage).
    for (const [what, update, reason] of [
      ["a valid update cut in half", valid.slice(0, Math.floor(valid.length / 2)), "malformed"],
      ["no bytes at all", new Uint8Array([]), "malformed"],
      ["one client announced, nothing after it", new Uint8Array([1]), "malformed"],
      ["a number that never ends", new Uint8Array(12).fill(0xff), "malformed"],
      // 1 client with 1 struct: client 5, clock 0, info 11 (no kind of content has number 11), parent key "x".
      ["a struct of an unknown kind of content", varUints(1, 1, 5, 0, 11, 1, 1, "x".charCodeAt(0), 0), "malformed"],
      // No structs; a delete set of 1 client, 424242, with 1 range: clock 0, length 3. Nobody has sent those.
      ["a delete of unknown structs", varUints(0, 1, 424242, 1, 0, 3), "pending_structs"],
    ] as const) {
      const socket = await sendAndExpectRefusal("wg1.member", update);
      expect({ what, reason: socket.refusals()[0]!.reason }).toEqual({ what, reason });
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
