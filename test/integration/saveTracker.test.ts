import { describe, expect, it } from "vitest";
import { collabSuite } from "../helpers/collabSuite";
import { lockDatabase } from "../helpers/sqliteLock";
import { createClient } from "../helpers/http";
import { eventually, typeParagraph } from "../helpers/collab";
import { liveSectionText } from "../helpers/anchors";
import { trackSaves } from "../../client/src/collab/saveTracker";
import { MESSAGE_SYNC, sectionRootName } from "../../shared/collab/protocol";

// The page's "Saved" comes from what the server confirms storing, over the real socket with the stock client: a
// change counts as saved only once sync messages from the server (which sends nothing it has not stored) have
// covered its structs and its deletions; never while the disk refuses it, and again after a reconnection.
describe("saved: what the server has stored of this device's changes", () => {
  const { server, fx, connect } = collabSuite({ backend: "sqlite", collab: { flushWindowMs: 10 } });

  it("stays unsaved while storing fails, and is saved once the server stored it", async () => {
    const funding = fx().section("Sustainable funding");
    const typist = await connect("wg1.member");
    const saves = trackSaves(typist.doc, typist.provider, () => {});
    const health = createClient(server().url);
    const lock = lockDatabase(server());
    try {
      typeParagraph(typist.doc, funding, "Held by a locked disk.");
      expect(saves.unsaved()).toBe(1);
      // The server has the change in memory and cannot store it: it says so on its health endpoint.
      await eventually(async () => (await health.get("/api/health")).status === 503, "the server reports unsaved changes", 9000);
      expect(saves.unsaved()).toBe(1);
    } finally {
      lock.release();
    }
    await eventually(() => saves.unsaved() === 0, "saved once stored", 10_000);
    expect(await liveSectionText(server(), fx().documentId, funding)).toContain("Held by a locked disk.");
    saves.destroy();
  }, 30_000);

  it("follows deletions too, and confirms changes made offline after reconnecting", async () => {
    const funding = fx().section("Sustainable funding");
    const typist = await connect("wg1.member");
    const saves = trackSaves(typist.doc, typist.provider, () => {});
    const text = typist.doc.getXmlFragment(sectionRootName(funding));
    // A deletion alone makes no new struct: only the server's delete set can confirm it.
    typist.doc.transact(() => text.delete(0, 1));
    expect(saves.unsaved()).toBe(1);
    await eventually(() => saves.unsaved() === 0, "the deletion confirmed");

    typist.provider.disconnect();
    typeParagraph(typist.doc, funding, "Written offline.");
    typist.doc.transact(() => text.delete(0, 1));
    expect(saves.unsaved()).toBe(2);
    typist.provider.connect();
    await eventually(() => saves.unsaved() === 0, "offline changes confirmed after reconnecting");
    expect(await liveSectionText(server(), fx().documentId, funding)).toContain("Written offline.");
    saves.destroy();
  });

  it("confirms a change whose echo was lost with the connection, by asking the server what it has stored", async () => {
    const funding = fx().section("Sustainable funding");
    const typist = await connect("wg1.member");
    const saves = trackSaves(typist.doc, typist.provider, () => {});
    // The server stores the change and sends it back; that message is lost (as when the connection drops first).
    const handle = typist.provider.messageHandlers[MESSAGE_SYNC]!;
    typist.provider.messageHandlers[MESSAGE_SYNC] = () => {};
    typeParagraph(typist.doc, funding, "Stored, but the answer was lost.");
    await eventually(async () => (await liveSectionText(server(), fx().documentId, funding)).includes("Stored, but the answer was lost."), "stored");
    typist.provider.disconnect();
    typist.provider.messageHandlers[MESSAGE_SYNC] = handle;
    expect(saves.unsaved()).toBe(1);
    typist.provider.connect();
    await eventually(() => saves.unsaved() === 0, "confirmed after reconnecting");
    saves.destroy();
  });
});
