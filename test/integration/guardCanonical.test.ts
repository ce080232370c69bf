import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { collabSuite } from "../helpers/collabSuite";
import { createClient } from "../helpers/http";
import { connectRaw, eventually, sectionText, typeParagraph, updateMessage } from "../helpers/collab";
import { editOf, encodeGroups, gcStruct, groupsOf, skipStruct, type Struct } from "../helpers/craft";

// The reproductions of the hardening issue, byte for byte: updates whose struct groups Yjs reads differently from
// a guard that reads Y.decodeUpdate's flat list, and updates that pass a per-struct check but cannot integrate
// whole. Each is sent over a real socket by a signed-in person who may not make the change; nothing may change,
// nothing may be stored, and the document must stay readable.
describe("the guard checks exactly what Yjs applies", () => {
  const { server, fx, room, keep } = collabSuite();

  const state = async () => Y.encodeStateAsUpdate((await room()).doc);
  const storedRows = async () => (await server().store.documents.updates(fx().documentId)).length;
  const rootsOf = async () => {
    const doc = (await room()).doc;
    return JSON.stringify([...doc.share.keys()].sort().map((k) => [k, k.startsWith("section:") ? doc.getXmlFragment(k).toString() : doc.getMap(k).toJSON()]));
  };

  async function send(local: string, update: Uint8Array) {
    const socket = await connectRaw(server().url, fx().documentId, { cookie: await fx().cookie(local) });
    keep(socket);
    socket.send(updateMessage(update));
    await eventually(() => socket.refusals().length > 0 || socket.closed !== null, "a refusal");
    return socket;
  }

  /** Sends the update as `local`, expects the refusal `reason`, and checks nothing changed anywhere. */
  async function expectRefused(local: string, update: Uint8Array, reason: string) {
    const before = { roots: await rootsOf(), rows: await storedRows() };
    const socket = await send(local, update);
    expect(socket.refusals()[0]?.reason).toBe(reason);
    await (await room()).whenFlushed();
    expect(await rootsOf()).toBe(before.roots);
    expect(await storedRows()).toBe(before.rows);
    return socket;
  }

  /** One update in which client `client` first has a GC as long as its items, then the items: Yjs keeps the last. */
  const disguised = (update: Uint8Array): Uint8Array => {
    const { groups, deletes } = groupsOf(update);
    const [items] = groups;
    const length = items!.structs.reduce((n, s) => n + s.length, 0);
    return encodeGroups([{ client: items!.client, clock: items!.clock, structs: [gcStruct(items!.client, items!.clock, length)] }, items!], deletes);
  };

  async function approve(sectionId: string) {
    await server().store.documents.updateSection(sectionId, { status: "approved" });
    await server().deps.rooms.refreshSections(fx().documentId);
  }

  it("refuses a client's second struct group (a GC first, items after): observer into an approved section and the meta root", async () => {
    const intro = fx().section("Introduction");
    await approve(intro);
    const base = await state();
    await expectRefused("observer", disguised(editOf(base, 4242, (doc) => typeParagraph(doc, intro, "Observer was here."))), "malformed");
    await expectRefused("observer", disguised(editOf(base, 4243, (doc) => doc.getMap("meta").set("title", "forged"))), "malformed");
    expect(sectionText((await room()).doc, intro)).not.toContain("Observer was here.");
  });

  it("refuses the same disguise from a member writing into another group's section, and the shape bypasses", async () => {
    const funding = fx().section("Sustainable funding");
    const nri = fx().section("National, Regional");
    const base = await state();
    await expectRefused("wg2.member", disguised(editOf(base, 5151, (doc) => typeParagraph(doc, funding, "WG2 in WG1's section."))), "malformed");
    // In their own section: a bare text, and quotes 3000 deep, which the shape rules refuse when sent plainly.
    await expectRefused("wg2.member", disguised(editOf(base, 5152, (doc) => doc.getXmlFragment(`section:${nri}`).insert(0, [new Y.XmlText("bare")]))), "malformed");
    const deep = editOf(base, 5153, (doc) => {
      // Level by level, each inserted into one already in the doc (a prelim tree this deep overflows the stack).
      let outer = new Y.XmlElement("blockquote");
      doc.getXmlFragment(`section:${nri}`).insert(0, [outer]);
      for (let i = 0; i < 3000; i++) {
        const inner = new Y.XmlElement("blockquote");
        outer.insert(0, [inner]);
        outer = inner;
      }
    });
    await expectRefused("wg2.member", disguised(deep), "malformed");
    // The document still reads and exports.
    const admin = createClient(server().url);
    await admin.loginAs("secretariat");
    expect((await admin.get(`/api/documents/${fx().documentId}`)).status).toBe(200);
    expect((await admin.get(`/api/documents/${fx().documentId}/export?format=md`)).status).toBe(200);
  });

  it("refuses repeated and empty groups, Skips before new structs, absurd lengths and empty delete ranges", async () => {
    const nri = fx().section("National, Regional");
    const base = await state();
    const own = editOf(base, 6161, (doc) => typeParagraph(doc, nri, "Own text."));
    const { groups } = groupsOf(own);
    const group = groups[0]!;
    // The same group twice, and an empty group for the same client after it.
    await expectRefused("wg2.member", encodeGroups([group, group]), "malformed");
    await expectRefused("wg2.member", encodeGroups([group, { client: group.client, clock: 0, structs: [] }]), "malformed");
    // A Skip in front of new structs leaves a gap Yjs would keep pending.
    const shifted = { client: group.client, clock: 0, structs: [skipStruct(group.client, 0, 3) as Struct, ...group.structs] };
    await expectRefused("wg2.member", encodeGroups([shifted]), "pending_structs");
    // A GC of length 2^50 from a new client.
    await expectRefused("wg2.member", encodeGroups([{ client: 6262, clock: 0, structs: [gcStruct(6262, 0, 2 ** 50)] }]), "malformed");
    // A delete range of length 0 (Yjs splits an item there, in any section).
    const funding = (await room()).doc.getXmlFragment(`section:${fx().section("Sustainable funding")}`);
    const someone = (funding.get(0) as Y.XmlElement)._item!.id;
    await expectRefused("wg2.member", encodeGroups([], [[someone.client, [[someone.clock, 0]]]]), "malformed");
  });

  /** The id of the first paragraph's text in a section, on the server. */
  const firstText = async (sectionId: string): Promise<Y.ID> => {
    const paragraph = (await room()).doc.getXmlFragment(`section:${sectionId}`).get(0) as Y.XmlElement;
    return (paragraph.get(0) as Y.XmlText)._item!.id;
  };

  it("accepts a GC over its own client's range (typed and deleted offline), then text after it", async () => {
    const nri = fx().section("National, Regional");
    const socket = await connectRaw(server().url, fx().documentId, { cookie: await fx().cookie("wg2.member") });
    keep(socket);
    const before = await storedRows();
    socket.send(updateMessage(encodeGroups([{ client: 7171, clock: 0, structs: [gcStruct(7171, 0, 40)] }])));
    await eventually(async () => Y.getState((await room()).doc.store, 7171) === 40, "the GC applied");
    socket.send(updateMessage(editOf(await state(), 7171, (doc) => typeParagraph(doc, nri, "After the gap."))));
    await eventually(async () => sectionText((await room()).doc, nri).includes("After the gap."), "the text after it");
    await (await room()).whenFlushed();
    expect(socket.refusals()).toEqual([]);
    expect(await storedRows()).toBeGreaterThan(before);
  });

  it("cuts a struct that starts inside what the server has where Yjs cuts it: its parent is its left neighbour's", async () => {
    const intro = fx().section("annual IGF meeting");
    const conclusion = fx().section("Accessibility and inclusion");
    const member = await connectRaw(server().url, fx().documentId, { cookie: await fx().cookie("wg5.member") });
    keep(member);
    // wg5.member writes with clientID 8181 in "The annual IGF meeting", which is then approved.
    member.send(updateMessage(editOf(await state(), 8181, (doc) => typeParagraph(doc, intro, "abc"))));
    await eventually(async () => sectionText((await room()).doc, intro).includes("abc"), "the first text");
    await approve(intro);
    // Then a struct of the same client starting one clock before the server's end, with an explicit parent in the
    // other WG5 section (theirs, writable). Yjs cuts it at that clock and links the rest next to "abc", in the
    // approved section, whatever parent it names.
    const known = Y.getState((await room()).doc.store, 8181);
    const cut = new Y.Item(Y.createID(8181, known - 1), null, null, null, null, await firstText(conclusion), null, new Y.ContentString("QQQQ"));
    await expectRefused("wg5.member", encodeGroups([{ client: 8181, clock: known - 1, structs: [cut] }]), "section_approved");
    expect(sectionText((await room()).doc, intro)).not.toContain("QQQ");
  });

  it("refuses an update that cannot integrate whole, and shows nobody the part that could (issue item 2)", async () => {
    const nri = fx().section("National, Regional");
    const base = await state();
    // Client 9999 (higher, integrated first): valid text in the sender's own section.
    const valid = groupsOf(editOf(base, 9999, (doc) => typeParagraph(doc, nri, "Valid part."))).groups[0]!;
    // Client 1111 (lower): an item whose rightOrigin is a later clock of its own client (Yjs throws there).
    const first = new Y.Item(Y.createID(1111, 0), null, null, null, Y.createID(1111, 1), null, null, new Y.ContentString("a"));
    const second = new Y.Item(Y.createID(1111, 1), null, null, null, null, await firstText(nri), null, new Y.ContentString("b"));
    await expectRefused("wg2.member", encodeGroups([valid, { client: 1111, clock: 0, structs: [first, second] }]), "malformed");
    // A newcomer's sync does not carry the valid part either.
    const reader = await connectRaw(server().url, fx().documentId, { cookie: await fx().cookie("observer") });
    keep(reader);
    const synced = Y.getState((await room()).doc.store, 9999);
    expect(synced).toBe(0);
  });

  it("refuses a dependency cycle through two clients (Yjs would keep both pending)", async () => {
    const nri = fx().section("National, Regional");
    const text = await firstText(nri);
    const a0 = new Y.Item(Y.createID(3030, 0), null, Y.createID(4040, 1), null, null, null, null, new Y.ContentString("x"));
    const a1 = new Y.Item(Y.createID(3030, 1), null, Y.createID(3030, 0), null, null, null, null, new Y.ContentString("y"));
    const b0 = new Y.Item(Y.createID(4040, 0), null, Y.createID(3030, 1), null, null, null, null, new Y.ContentString("z"));
    const b1 = new Y.Item(Y.createID(4040, 1), null, null, null, null, text, null, new Y.ContentString("w"));
    await expectRefused(
      "wg2.member",
      encodeGroups([
        { client: 3030, clock: 0, structs: [a0, a1] },
        { client: 4040, clock: 0, structs: [b0, b1] },
      ]),
      "pending_structs",
    );
  });
});

// The last line of defence: if applying an accepted update ever failed half-way, the room must not keep (or
// show anyone) the half it applied. A failure is injected into Yjs's apply, the one way to get there.
describe("a failed apply leaves nothing behind", () => {
  const FAIL = "FAIL-AFTER-APPLY";
  const { server, fx, room, connect } = collabSuite({
    collab: {
      flushWindowMs: 5,
      applyUpdate: (doc, update, origin) => {
        Y.applyUpdate(doc, update, origin);
        const text = JSON.stringify(doc.toJSON());
        if (text.includes(FAIL)) throw new Error("injected: applied, then failed");
      },
    },
  });

  it("stores what was accepted before, closes the connections, and reloads the document from storage", async () => {
    const nri = fx().section("National, Regional");
    const writer = await connect("wg2.member");
    typeParagraph(writer.doc, nri, "Accepted before.");
    await eventually(async () => sectionText((await room()).doc, nri).includes("Accepted before."), "the first paragraph");
    const broken = await room();
    typeParagraph(writer.doc, nri, FAIL);
    await eventually(() => broken.broken, "the room marked broken");
    // Every connection was closed; the stock client reconnects to a fresh room loaded from storage.
    const fresh = await room();
    expect(fresh).not.toBe(broken);
    expect(sectionText(fresh.doc, nri)).toContain("Accepted before.");
    expect(sectionText(fresh.doc, nri)).not.toContain(FAIL);
    const stored = await server().store.documents.updates(fx().documentId);
    expect(stored.some((row) => Buffer.from(row.data).includes(FAIL))).toBe(false);
    // The writer's reconnect resends the paragraph; applying it fails again, and the room breaks again, never
    // keeping it: a reader that joins sees only what is stored.
    const reader = await connect("observer");
    expect(sectionText(reader.doc, nri)).toContain("Accepted before.");
    expect(sectionText(reader.doc, nri)).not.toContain(FAIL);
  });
});
