import { afterEach, describe, expect, it } from "vitest";
import { mkdtempSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as Y from "yjs";
import { startMain, type MainProcess } from "../helpers/process";
import { connectProvider, eventually, sectionText, type ProviderClient } from "../helpers/collab";
import { createClient } from "../helpers/http";
import { pidsHoldingFile, pidsListeningOn, processExists } from "../helpers/procTable";

const JOINT = "Joint MAG–LP response to the WSIS+20 Elements Paper";

/** True when `b` has every struct `a` has. */
function covers(b: Y.Doc, a: Y.Doc): boolean {
  const have = Y.decodeStateVector(Y.encodeStateVector(b));
  for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(a))) {
    if ((have.get(client) ?? 0) < clock) return false;
  }
  return true;
}

// The real process, killed for real: what any other client has received must be on disk.
// Each test starts the server process twice (seconds each on a busy machine): a longer limit, for hangs only.
describe("durability of the sync server", { timeout: 90_000 }, () => {
  const processes: MainProcess[] = [];
  const clients: ProviderClient[] = [];
  const dirs: string[] = [];
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    for (const p of processes.splice(0)) await p.stop("SIGKILL");
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  async function setup(extraEnv: Record<string, string> = {}) {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), "penholder-durability-")));
    dirs.push(dir);
    const database = join(dir, "app.db");
    const env = { DATABASE_URL: `sqlite:${database}`, ...extraEnv };
    const main = await startMain(env);
    processes.push(main);
    // The pid we signal is the server itself: the one process listening on its port and holding its database.
    expect(pidsListeningOn(main.port)).toEqual([main.pid]);
    expect(pidsHoldingFile(database)).toEqual([main.pid]);
    const cookies: Record<string, string> = {};
    for (const local of ["wg1.member", "wg1.second", "observer"]) {
      const client = createClient(main.url);
      await client.loginAs(local);
      cookies[local] = client.cookie!;
    }
    const documents = (await createClient(main.url).request("GET", "/api/documents", { headers: { cookie: cookies.observer! } })).body.documents;
    const joint = documents.find((d: { title: string }) => d.title === JOINT);
    const funding = joint.sections.find((s: { title: string }) => s.title === "Sustainable funding").id as string;
    return { env, database, main, cookies, documentId: joint.id as string, funding };
  }

  function startTyping(doc: Y.Doc, sectionId: string, label: string): () => void {
    const paragraph = new Y.XmlElement("paragraph");
    const text = new Y.XmlText();
    paragraph.insert(0, [text]);
    const fragment = doc.getXmlFragment(`section:${sectionId}`);
    fragment.insert(fragment.length, [paragraph]);
    let n = 0;
    const timer = setInterval(() => text.insert(text.length, `${label}${n++} `), 3);
    return () => clearInterval(timer);
  }

  it("keeps every update any client had received when the process is killed mid-typing", async () => {
    const { env, database, main, cookies, documentId, funding } = await setup();
    const a = connectProvider(main.url, cookies["wg1.member"]!, documentId);
    const b = connectProvider(main.url, cookies["wg1.second"]!, documentId);
    const reader = connectProvider(main.url, cookies.observer!, documentId);
    clients.push(a, b, reader);
    await Promise.all([a.synced, b.synced, reader.synced]);
    const stopA = startTyping(a.doc, funding, "a");
    const stopB = startTyping(b.doc, funding, "b");
    await eventually(() => (sectionText(reader.doc, funding).match(/a\d+ /g)?.length ?? 0) > 100, "typing reaches the reader", 15_000);

    await main.stop("SIGKILL");
    expect(main.child.signalCode).toBe("SIGKILL");
    // Killed for real: the process is gone, nothing listens on its port and nothing holds its database.
    expect(processExists(main.pid)).toBe(false);
    expect(pidsListeningOn(main.port)).toEqual([]);
    expect(pidsHoldingFile(database)).toEqual([]);
    stopA();
    stopB();
    // What the other clients hold now is what they had received before the kill (plus their own typing).
    const typists = [a.doc.clientID, b.doc.clientID];
    const received = [reader, a, b].map((c) => {
      const copy = new Y.Doc();
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(c.doc));
      return copy;
    });
    for (const c of clients.splice(0)) c.destroy();

    const restarted = await startMain(env);
    processes.push(restarted);
    const fresh = connectProvider(restarted.url, cookies.observer!, documentId);
    clients.push(fresh);
    await fresh.synced;
    // The reader only ever got what was stored, so the restarted server has all of it.
    expect(covers(fresh.doc, received[0]!)).toBe(true);
    expect(sectionText(fresh.doc, funding).startsWith(sectionText(received[0]!, funding).slice(0, 50))).toBe(true);
    // Each typist's updates that the reader saw are there too: the reader's view of them is a subset.
    const readerView = Y.decodeStateVector(Y.encodeStateVector(received[0]!));
    const freshView = Y.decodeStateVector(Y.encodeStateVector(fresh.doc));
    for (const clientID of typists) {
      expect(readerView.get(clientID)).toBeGreaterThan(0);
      expect(freshView.get(clientID)!).toBeGreaterThanOrEqual(readerView.get(clientID)!);
    }
  });

  it.each(["SIGTERM", "SIGINT"] as const)("restarts to the identical state after a graceful stop (%s)", async (signal) => {
    const { env, database, main, cookies, documentId, funding } = await setup({ LOG_LEVEL: "info" });
    const a = connectProvider(main.url, cookies["wg1.member"]!, documentId);
    const reader = connectProvider(main.url, cookies.observer!, documentId);
    clients.push(a, reader);
    await Promise.all([a.synced, reader.synced]);
    const stop = startTyping(a.doc, funding, "t");
    await new Promise((r) => setTimeout(r, 500));
    stop();
    await eventually(() => sectionText(reader.doc, funding) === sectionText(a.doc, funding), "reader catches up");
    const before = Y.encodeStateVector(a.doc);
    const textBefore = sectionText(a.doc, funding);

    await main.stop(signal);
    // The server's own handler ran (not the signal's default action), closed the store, and the process is gone.
    expect(main.output()).toContain(`"event":"shutting_down","signal":"${signal}"`);
    expect({ code: main.child.exitCode, signal: main.child.signalCode }).toEqual({ code: 0, signal: null });
    expect(processExists(main.pid)).toBe(false);
    expect(pidsHoldingFile(database)).toEqual([]);
    for (const c of clients.splice(0)) c.destroy();
    const restarted = await startMain(env);
    processes.push(restarted);
    const fresh = connectProvider(restarted.url, cookies.observer!, documentId);
    clients.push(fresh);
    await fresh.synced;
    expect(sectionText(fresh.doc, funding)).toBe(textBefore);
    expect(Buffer.from(Y.encodeStateVector(fresh.doc)).equals(Buffer.from(before))).toBe(true);
  });
});
