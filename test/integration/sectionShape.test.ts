import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { collabSuite } from "../helpers/collabSuite";
import { connectProvider, connectRaw, eventually, typeParagraph, updateMessage } from "../helpers/collab";
import { settleSection } from "../../shared/editor/content";

// A member may write only their own sections, but what they write is read by everyone's editor. An update of a
// shape y-tiptap cannot read (a bare text in a section, a number among its paragraphs, an embed in a text) would
// make every reader's editor throw or delete it, and readers' deletes are refused: refused at the server instead.
// Well-shaped structures the schema reads differently (a paragraph in a paragraph, a footnote without its text) are
// accepted and settled by the server in the same round, so no reader's editor has anything to write.
describe("the shape of section text", () => {
  const { server, fx, room, keep } = collabSuite();

  const fragmentJson = async (sectionId: string) => (await room()).doc.getXmlFragment(`section:${sectionId}`).toJSON();

  /** A copy of the server's document, and a way to send what changed in it since, as wg1.member. */
  async function crafted(change: (section: Y.XmlFragment) => void) {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate((await room()).doc));
    const base = Y.encodeStateVector(doc);
    change(doc.getXmlFragment(`section:${fx().section("Sustainable funding")}`));
    const socket = await connectRaw(server().url, fx().documentId, { cookie: await fx().cookie("wg1.member") });
    keep(socket);
    socket.send(updateMessage(Y.encodeStateAsUpdate(doc, base)));
    return socket;
  }

  /** What a reader's editor would write on reading this section now: nothing, or the bytes of its write. */
  function readerWouldWrite(doc: Y.Doc, sectionId: string): Uint8Array | null {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    let written: Uint8Array | null = null;
    copy.on("update", (update: Uint8Array) => (written = update));
    settleSection(copy.getXmlFragment(`section:${sectionId}`));
    return written;
  }

  it.each([
    ["a bare text in the section", (section: Y.XmlFragment) => section.insert(0, [new Y.XmlText("loose")])],
    [
      "a plain value among a paragraph's children",
      (section: Y.XmlFragment) => {
        const paragraph = new Y.XmlElement("paragraph");
        section.insert(0, [paragraph]);
        (paragraph as unknown as Y.Array<unknown>).insert(0, [42]);
      },
    ],
    [
      "an embed in a text",
      (section: Y.XmlFragment) => {
        const paragraph = new Y.XmlElement("paragraph");
        const text = new Y.XmlText("a");
        paragraph.insert(0, [text]);
        section.insert(0, [paragraph]);
        text.insertEmbed(1, { image: "x" });
      },
    ],
    [
      "formatting that is no mark of the schema",
      (section: Y.XmlFragment) => {
        const paragraph = new Y.XmlElement("paragraph");
        const text = new Y.XmlText();
        paragraph.insert(0, [text]);
        section.insert(0, [paragraph]);
        text.insert(0, "styled", { blink: true });
      },
    ],
    [
      "an attribute holding a shared type",
      (section: Y.XmlFragment) => {
        const paragraph = new Y.XmlElement("paragraph");
        section.insert(0, [paragraph]);
        paragraph.setAttribute("level", new Y.XmlText("2") as unknown as string);
      },
    ],
    [
      "formatting in a code block, which allows none",
      (section: Y.XmlFragment) => {
        const block = new Y.XmlElement("codeBlock");
        const text = new Y.XmlText();
        block.insert(0, [text]);
        section.insert(0, [block]);
        text.insert(0, "const x = 1;", { bold: {} });
      },
    ],
    [
      "a mark name with a suffix y-tiptap would not strip",
      (section: Y.XmlFragment) => {
        const paragraph = new Y.XmlElement("paragraph");
        const text = new Y.XmlText();
        paragraph.insert(0, [text]);
        section.insert(0, [paragraph]);
        text.insert(0, "styled", { "bold--x": {} });
      },
    ],
    [
      "quotes nested a hundred deep",
      (section: Y.XmlFragment) => {
        let outer = new Y.XmlElement("blockquote");
        section.insert(0, [outer]);
        for (let i = 0; i < 100; i++) {
          const inner = new Y.XmlElement("blockquote");
          outer.insert(0, [inner]);
          outer = inner;
        }
      },
    ],
  ])("refuses %s, stores nothing, and tells the sender", async (_name, change) => {
    const funding = fx().section("Sustainable funding");
    const before = await fragmentJson(funding);
    const rowsBefore = await server().store.documents.updateCount(fx().documentId);
    const socket = await crafted(change);
    await eventually(() => socket.refusals().length > 0, "a refusal");
    expect(socket.refusals()[0]).toMatchObject({ reason: "malformed", sectionId: funding });
    expect(await fragmentJson(funding)).toBe(before);
    expect(await server().store.documents.updateCount(fx().documentId)).toBe(rowsBefore);
  });

  it("settles what the schema reads differently in the same round, so readers' editors write nothing", async () => {
    const funding = fx().section("Sustainable funding");
    const reader = connectProvider(server().url, await fx().cookie("wg2.member"), fx().documentId);
    keep(reader);
    await reader.synced;
    const socket = await crafted((section) => {
      const note = new Y.XmlElement("footnote"); // no text attribute
      const nested = new Y.XmlElement("paragraph");
      const inner = new Y.XmlElement("paragraph");
      inner.insert(0, [new Y.XmlText("nested")]);
      nested.insert(0, [inner]);
      const odd = new Y.XmlElement("paragraph");
      odd.setAttribute("onclick", "alert(1)");
      odd.insert(0, [new Y.XmlText("Kept, without its stray attribute. "), note]);
      section.insert(section.length, [nested, odd]);
    });
    await eventually(() => reader.doc.getXmlFragment(`section:${funding}`).toString().includes("Kept, without"), "the change relayed");
    await eventually(async () => (await room()).hasUnsavedChanges === false, "stored");
    expect(socket.refusals()).toEqual([]);

    const relayed = reader.doc.getXmlFragment(`section:${funding}`).toString();
    expect(relayed).not.toContain("nested");
    expect(relayed).not.toContain("onclick");
    expect(relayed).toContain('<footnote text=""></footnote>');
    expect(readerWouldWrite(reader.doc, funding)).toBeNull();
    expect(readerWouldWrite((await room()).doc, funding)).toBeNull();
  });

  it("accepts a long paste in one update: ten thousand paragraphs", async () => {
    const socket = await crafted((section) => {
      section.insert(
        section.length,
        Array.from({ length: 10_000 }, (_, i) => {
          const paragraph = new Y.XmlElement("paragraph");
          paragraph.insert(0, [new Y.XmlText(`Pasted paragraph ${i + 1}.`)]);
          return paragraph;
        }),
      );
    });
    await eventually(async () => (await fragmentJson(fx().section("Sustainable funding"))).includes("Pasted paragraph 10000."), "pasted", 20_000);
    expect(socket.refusals()).toEqual([]);
    await eventually(async () => (await room()).hasUnsavedChanges === false, "stored", 20_000);
    // Put the section back for the tests after this one.
    await server().deps.rooms.serverChange(fx().documentId, (doc) => {
      const section = doc.getXmlFragment(`section:${fx().section("Sustainable funding")}`);
      section.delete(section.length - 10_000, 10_000);
    }, null);
  }, 60_000);

  it("accepts typing into an empty paragraph someone else removed meanwhile (Yjs drops it), refusing nothing", async () => {
    const funding = fx().section("Sustainable funding");
    const typist = keep(connectProvider(server().url, await fx().cookie("wg1.member"), fx().documentId));
    await typist.synced;
    const section = typist.doc.getXmlFragment(`section:${funding}`);
    const before = section.length;
    section.insert(before, [new Y.XmlElement("paragraph")]);
    await eventually(async () => (await room()).doc.getXmlFragment(`section:${funding}`).length === before + 1, "empty paragraph stored");
    // A second writer's copy from before the removal types into that empty paragraph: its text names the
    // paragraph as its parent, which by then is gone.
    const late = new Y.Doc();
    Y.applyUpdate(late, Y.encodeStateAsUpdate((await room()).doc));
    const base = Y.encodeStateVector(late);
    const lateSection = late.getXmlFragment(`section:${funding}`);
    (lateSection.get(before) as Y.XmlElement).insert(0, [new Y.XmlText("Still typing")]);
    section.delete(before, 1);
    await eventually(async () => (await room()).doc.getXmlFragment(`section:${funding}`).length === before, "removal stored");
    const socket = keep(await connectRaw(server().url, fx().documentId, { cookie: await fx().cookie("wg1.member") }));
    socket.send(updateMessage(Y.encodeStateAsUpdate(late, base)));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(socket.refusals()).toEqual([]);
    expect(await fragmentJson(funding)).not.toContain("Still typing");
  });

  it("leaves well-formed edits alone: nothing for the server to write", async () => {
    const funding = fx().section("Sustainable funding");
    const typist = connectProvider(server().url, await fx().cookie("wg1.member"), fx().documentId);
    keep(typist);
    await typist.synced;
    const rowsBefore = await server().store.documents.updateCount(fx().documentId);
    typeParagraph(typist.doc, funding, "A new paragraph, as the editor writes it.");
    await eventually(async () => (await fragmentJson(funding)).includes("as the editor writes it"), "stored");
    await (await room()).whenFlushed();
    // One row: the member's. A settling write by the server would be a second.
    expect(await server().store.documents.updateCount(fx().documentId)).toBe(rowsBefore + 1);
  });
});
