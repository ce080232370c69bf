import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { collabSuite } from "../helpers/collabSuite";
import { lockDatabase } from "../helpers/sqliteLock";
import { createClient } from "../helpers/http";
import * as decoding from "lib0/decoding";
import { MESSAGE_SYNC } from "../../shared/collab/protocol";
import { connectProvider, connectRaw, eventually, sectionText, typeParagraph, type ProviderClient } from "../helpers/collab";

// Storage is the gate: nothing reaches other clients before it is on disk. Another connection holding
// SQLite's write lock makes the server's flush wait (or fail), for real.
describe("flush windows: stored, then broadcast", () => {
  const { server, fx, connect, keep, closeAll } = collabSuite({ backend: "sqlite", collab: { flushWindowMs: 10, compactAfter: 30, idleUnloadMs: 100 } });

  it("holds the broadcast until the batch is stored", async () => {
    const funding = fx().section("Sustainable funding");
    const typist = await connect("wg1.member");
    const reader = await connect("observer");
    const lateCookie = await fx().cookie("wg2.member");
    const lock = lockDatabase(server());
    let late: ProviderClient | undefined;
    try {
      typeParagraph(typist.doc, funding, "Waiting for the disk.");
      await new Promise((r) => setTimeout(r, 400));
      expect(sectionText(reader.doc, funding)).not.toContain("Waiting for the disk.");
      // A newcomer is not told about it either.
      late = keep(connectProvider(server().url, lateCookie, fx().documentId));
      await new Promise((r) => setTimeout(r, 200));
      expect(sectionText(late.doc, funding)).not.toContain("Waiting for the disk.");
    } finally {
      lock.release();
    }
    await eventually(() => sectionText(reader.doc, funding).includes("Waiting for the disk."), "broadcast after the commit");
    await eventually(() => sectionText(late!.doc, funding).includes("Waiting for the disk."), "newcomer synced after the commit");
  });

  it("keeps changes in memory when storing fails, reports it on the health endpoint, and stores them on retry", async () => {
    const funding = fx().section("Sustainable funding");
    const typist = await connect("wg1.member");
    const reader = await connect("observer");
    const lock = lockDatabase(server());
    const health = createClient(server().url);
    try {
      typeParagraph(typist.doc, funding, "Survives a failing disk.");
      // better-sqlite3 waits busy_timeout for the lock, then the flush fails and is retried.
      await eventually(async () => (await health.get("/api/health")).status === 503, "health reports unsaved changes", 9000);
      const report = (await health.get("/api/health")).body;
      expect(report.unsavedDocuments).toEqual([expect.objectContaining({ documentId: fx().documentId })]);
      expect(sectionText(reader.doc, funding)).not.toContain("Survives a failing disk.");
    } finally {
      lock.release();
    }
    await eventually(() => sectionText(reader.doc, funding).includes("Survives a failing disk."), "stored on retry", 10_000);
    expect((await health.get("/api/health")).status).toBe(200);
  }, 30_000);

  it("sends updates that arrive together as one frame per connection", async () => {
    const funding = fx().section("Sustainable funding");
    const typist = await connect("wg1.member");
    const watcher = await connect("observer");
    const reader = await connectRaw(server().url, fx().documentId, { cookie: await fx().cookie("wg2.member") });
    try {
      await eventually(() => reader.frames.length > 0, "the reader is greeted");
      const paragraph = new Y.XmlElement("paragraph");
      typist.doc.getXmlFragment(`section:${funding}`).push([paragraph]);
      await eventually(() => watcher.doc.getXmlFragment(`section:${funding}`).length === typist.doc.getXmlFragment(`section:${funding}`).length, "paragraph relayed");
      const before = reader.frames.length;
      // Five transactions in one turn: five update messages on the wire, sent together.
      const text = new Y.XmlText();
      paragraph.insert(0, [text]);
      for (const word of ["one ", "round, ", "one ", "frame, ", "five edits"]) text.insert(text.length, word);
      await eventually(() => sectionText(watcher.doc, funding).includes("one round, one frame, five edits"), "edits relayed");
      await new Promise((r) => setTimeout(r, 100));
      const updates = reader.frames.slice(before).filter((frame) => {
        const decoder = decoding.createDecoder(frame);
        return decoding.readVarUint(decoder) === MESSAGE_SYNC && decoding.readVarUint(decoder) === 2;
      });
      expect(updates.length).toBeGreaterThan(0);
      expect(updates.length).toBeLessThanOrEqual(2);
    } finally {
      reader.close();
    }
  });

  it("compacts the log past its threshold, unloads idle documents, and loads them back intact", async () => {
    const funding = fx().section("Sustainable funding");
    const typist = await connect("wg1.member");
    const paragraph = new Y.XmlElement("paragraph");
    const text = new Y.XmlText();
    paragraph.insert(0, [text]);
    typist.doc.getXmlFragment(`section:${funding}`).push([paragraph]);
    for (let i = 0; i < 120; i++) {
      text.insert(text.length, `${i} `);
      await new Promise((r) => setTimeout(r, 12));
    }
    const expected = sectionText(typist.doc, funding);
    await eventually(async () => sectionText(server().deps.rooms.loaded(fx().documentId)!.doc, funding) === expected, "all typing stored");
    expect(await server().store.documents.updateCount(fx().documentId)).toBeLessThanOrEqual(31);

    closeAll();
    await eventually(() => server().deps.rooms.loaded(fx().documentId) === undefined, "room unloaded when idle");
    const back = await connect("observer");
    expect(sectionText(back.doc, funding)).toBe(expected);
  });
});
