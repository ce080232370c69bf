import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import * as Y from "yjs";
import * as encoding from "lib0/encoding";
import { collabSuite } from "../helpers/collabSuite";
import { collabUrl, connectProvider, connectRaw, eventually, sectionText, typeParagraph, updateMessage } from "../helpers/collab";
import { editOf } from "../helpers/craft";
import { CLOSE, MESSAGE_AWARENESS } from "../../shared/collab/protocol";
import { writeAwarenessUpdate } from "../../server/collab/messages";
import { DEFAULT_LIMITS, type CollabLimits } from "../../server/collab/limits";

// One account must not slow everyone: each budget of the live connection, hit over a real socket with limits
// made small enough to reach in a test, and what the person hears when they hit it.

const LIMITS: CollabLimits = {
  ...DEFAULT_LIMITS,
  room: { ...DEFAULT_LIMITS.room, documentQuotaBytes: 400_000 },
  connectionRate: { messagesPerSecond: 50, messageBurst: 50, bytesPerSecond: 64 * 1024, byteBurst: 256 * 1024, workMsPerSecond: 1000, workBurstMs: 5000 },
  userRate: { messagesPerSecond: 80, messageBurst: 80, bytesPerSecond: 128 * 1024, byteBurst: 512 * 1024, workMsPerSecond: 1000, workBurstMs: 5000 },
  maxThrottleMs: 1_000,
  maxRefusalsPerMinute: 5,
  maxConnectionsPerSession: 3,
  maxConnectionsPerUser: 4,
  connectsPerUserPerMinute: 100,
};

function awarenessMessage(entries: Array<{ clientId: number; clock: number; state: string }>): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, writeAwarenessUpdate(entries));
  return encoding.toUint8Array(encoder);
}

describe("budgets of the live connection", () => {
  const { server, fx, room, keep, connect } = collabSuite({ collab: { flushWindowMs: 5, limits: LIMITS } });

  const raw = async (local: string) => keep(await connectRaw(server().url, fx().documentId, { cookie: await fx().cookie(local) }));
  const state = async () => Y.encodeStateAsUpdate((await room()).doc);

  it("slows a flood of one-character updates, then closes it with a reason, while others keep editing", async () => {
    const nri = fx().section("National, Regional");
    const funding = fx().section("Sustainable funding");
    const flooder = await raw("wg2.member");
    // Each keystroke a separate update of the same client, built in advance: 3000 in one burst.
    const doc = new Y.Doc();
    Y.applyUpdate(doc, await state());
    doc.clientID = 424242;
    const updates: Uint8Array[] = [];
    doc.on("update", (u: Uint8Array) => updates.push(u));
    typeParagraph(doc, nri, "");
    const text = (doc.getXmlFragment(`section:${nri}`).get(doc.getXmlFragment(`section:${nri}`).length - 1) as Y.XmlElement).get(0) as Y.XmlText;
    for (let i = 0; i < 3000; i++) text.insert(text.length, "x");
    for (const u of updates) flooder.send(updateMessage(u));
    // Meanwhile a member of another group edits their own section and is heard.
    const colleague = await connect("wg1.member");
    const reader = await connect("observer");
    typeParagraph(colleague.doc, funding, "Not slowed down.");
    await eventually(() => sectionText(reader.doc, funding).includes("Not slowed down."), "the colleague's edit reaches a reader", 10_000);
    // The flooder is cut off with the reason, after the budget let part of it through.
    await eventually(() => flooder.closed !== null, "the flooder closed", 15_000);
    expect(flooder.closed).toEqual({ code: CLOSE.tooFast.code, reason: CLOSE.tooFast.reason });
    const stored = Y.getState((await room()).doc.store, 424242);
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(3000);
    // A reconnect sends the rest in one sync message, and all of it is accepted.
    const again = await raw("wg2.member");
    again.send(updateMessage(Y.encodeStateAsUpdate(doc, Y.encodeStateVector((await room()).doc))));
    await eventually(async () => Y.getState((await room()).doc.store, 424242) === Y.getState(doc.store, 424242), "the rest accepted");
    expect(again.refusals()).toEqual([]);
  });

  it("refuses a presence flood whole, drops others' entries, and never claims a clientID for a removal", async () => {
    const observer = await raw("observer");
    const nulls = Array.from({ length: 20_000 }, (_, i) => ({ clientId: 1_000_000 + i, clock: 1, state: "null" }));
    observer.send(awarenessMessage(nulls));
    await eventually(() => observer.closed !== null, "closed");
    expect(observer.closed!.code).toBe(CLOSE.malformed.code);
    expect((await room()).awareness.meta.size).toBeLessThan(100);

    // A member whose clientID has not written yet; a colleague's client announces its removal (as a stock client
    // does when it times a peer out): the removal is dropped, and the member can still write with it.
    const member = await connect("wg2.member");
    const nri = fx().section("National, Regional");
    member.provider.awareness.setLocalStateField("note", "here");
    await eventually(async () => (await room()).awareness.getStates().has(member.doc.clientID), "member's presence");
    const colleague = await raw("wg1.member");
    colleague.send(awarenessMessage([{ clientId: member.doc.clientID, clock: 999, state: "null" }]));
    await new Promise((r) => setTimeout(r, 100));
    expect((await room()).awareness.getStates().has(member.doc.clientID)).toBe(true);
    typeParagraph(member.doc, nri, "Written after the forged removal.");
    await eventually(async () => sectionText((await room()).doc, nri).includes("Written after the forged removal."), "the member's edit");
    expect(member.refusals).toEqual([]);

    // More than four presence states on one connection: the extra ones are not relayed.
    const many = await raw("wg3.member");
    many.send(awarenessMessage(Array.from({ length: 8 }, (_, i) => ({ clientId: 777_000 + i, clock: 1, state: JSON.stringify({ i }) }))));
    await eventually(async () => (await room()).awareness.getStates().has(777_000), "the first states");
    const held = [...(await room()).awareness.getStates().keys()].filter((id) => id >= 777_000 && id < 777_100);
    expect(held.length).toBe(LIMITS.room.presence.maxStatesPerConnection);
    // A state too large closes the connection.
    many.send(awarenessMessage([{ clientId: 777_000, clock: 2, state: JSON.stringify({ pad: "x".repeat(20_000) }) }]));
    await eventually(() => many.closed !== null, "closed for a large state");
    expect(many.closed!.code).toBe(CLOSE.malformed.code);
  });

  it("caps connections per browser session and per person, with a message", async () => {
    const cookie = await fx().cookie("wg3.member");
    const opened: Array<Awaited<ReturnType<typeof connectRaw>>> = [];
    for (let i = 0; i < LIMITS.maxConnectionsPerSession; i++) opened.push(keep(await connectRaw(server().url, fx().documentId, { cookie })));
    const refused = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const ws = new WebSocket(`${collabUrl(server().url)}/${fx().documentId}`, { headers: { cookie } });
      ws.once("open", () => reject(new Error("a connection past the limit was accepted")));
      ws.once("unexpected-response", (_req, res) => {
        let body = "";
        res.on("data", (chunk: Buffer) => (body += chunk.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      });
      ws.once("error", () => undefined);
    });
    expect(refused.status).toBe(429);
    expect(JSON.parse(refused.body).error).toMatchObject({ code: "rate_limited" });
    expect(JSON.parse(refused.body).error.message).toMatch(/Close some tabs/);
    // Closing one lets the next one in.
    opened[0]!.close();
    await eventually(async () => (await room()).participants.size < 100 && opened[0]!.closed !== null, "one closed");
    await eventually(async () => {
      try {
        keep(await connectRaw(server().url, fx().documentId, { cookie }));
        return true;
      } catch {
        return false;
      }
    }, "a connection accepted again");
  });

  it("refuses what would pass the document's size quota, saying so, and closes after repeated refusals", async () => {
    const nri = fx().section("National, Regional");
    const client = connectProvider(server().url, await fx().cookie("wg2.member"), fx().documentId);
    keep(client);
    await client.synced;
    const before = (await server().store.documents.updates(fx().documentId)).length;
    // Large pastes until the quota is reached (the budget paces them; the quota refuses the one that passes it).
    for (let i = 0; i < 8 && client.refusals.length === 0; i++) {
      typeParagraph(client.doc, nri, `${i} ${"long pasted material ".repeat(4000)}`);
      await eventually(async () => client.refusals.length > 0 || sectionText((await room()).doc, nri).includes(`${i} long pasted`), `paste ${i}`, 10_000);
    }
    expect(client.refusals[0]).toMatchObject({ reason: "document_full", sectionId: nri });
    expect(client.refusals[0]!.message).toMatch(/size limit/);
    expect((await server().store.documents.updates(fx().documentId)).length).toBeGreaterThan(before);

    // A raw client that keeps sending refused updates is closed after the allowance.
    const stubborn = await raw("observer");
    const base = await state();
    for (let i = 0; i <= LIMITS.maxRefusalsPerMinute; i++) stubborn.send(updateMessage(editOf(base, 5000 + i, (doc) => typeParagraph(doc, nri, "no"))));
    await eventually(() => stubborn.closed !== null, "closed after refusals");
    expect(stubborn.closed!.code).toBe(CLOSE.tooFast.code);
    expect(stubborn.refusals().length).toBe(LIMITS.maxRefusalsPerMinute + 1);
  });
});

// Bytes are not cost: a two-byte sync request makes the server encode the whole document. What a message cost
// the event loop is charged to its sender, and the next ones wait for it.
describe("the work budget", () => {
  const WORK: CollabLimits = {
    ...LIMITS,
    connectionRate: { ...LIMITS.connectionRate, messagesPerSecond: 100_000, messageBurst: 100_000, byteBurst: 10 * 1024 * 1024, workMsPerSecond: 1, workBurstMs: 20 },
    userRate: { ...LIMITS.userRate, messagesPerSecond: 100_000, messageBurst: 100_000, byteBurst: 10 * 1024 * 1024, workMsPerSecond: 1, workBurstMs: 20 },
  };
  const { server, fx, keep } = collabSuite({ collab: { flushWindowMs: 5, limits: WORK } });

  it("slows, then closes, a connection whose small messages cost the server much", async () => {
    const socket = keep(await connectRaw(server().url, fx().documentId, { cookie: await fx().cookie("observer") }));
    const syncRequest = new Uint8Array([0, 0, 1, 0]); // sync step 1 with an empty state vector: "send me everything"
    for (let i = 0; i < 2000 && socket.closed === null; i++) {
      socket.send(syncRequest);
      if (i % 50 === 0) await new Promise((r) => setTimeout(r, 5));
    }
    await eventually(() => socket.closed !== null, "closed for the work it cost", 15_000);
    expect(socket.closed!.code).toBe(CLOSE.tooFast.code);
    // Far fewer answers than requests: most waited, then the connection was cut.
    const answers = socket.frames.filter((f) => f[0] === 0 && f[1] === 1).length;
    expect(answers).toBeLessThan(1000);
    expect(answers).toBeGreaterThan(0);
  });
});
