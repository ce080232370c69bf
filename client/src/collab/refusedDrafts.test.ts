import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { sectionRootName } from "../../../shared/collab/protocol";
import { writeBlocks } from "../../../shared/editor/content";
import { draftsFromRefusal, draftsKey, loadDrafts, saveDrafts, settleDrafts } from "./refusedDrafts";

/** Storage as the browser has it, in memory. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

function docWith(texts: Record<string, string[]>): Y.Doc {
  const doc = new Y.Doc();
  for (const [id, paragraphs] of Object.entries(texts)) {
    writeBlocks(doc.getXmlFragment(sectionRootName(id)), paragraphs.map((text) => ({ type: "paragraph", text })));
  }
  return doc;
}

/** A paragraph added at the end of a section, as an editor adds one: new structs of this doc's clientID. */
function appendParagraph(doc: Y.Doc, sectionId: string, text: string): void {
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [new Y.XmlText(text)]);
  doc.getXmlFragment(sectionRootName(sectionId)).push([paragraph]);
}

/** A browser's copy of the server's document, as it has it after syncing. */
function copyOf(server: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(server));
  return copy;
}

const SECTIONS = [
  { id: "a", title: "Funding", editable: true },
  { id: "b", title: "NRIs", editable: true },
  { id: "c", title: "Mandate", editable: false },
];
const REFUSAL = { reason: "section_approved", sectionId: "a", message: "Approved and locked." } as const;
const UNATTRIBUTED = { reason: "foreign_client_id", sectionId: null, message: "Could not be attributed to you." } as const;

describe("refused drafts", () => {
  it("keeps the named section's text and every section this person may edit, unconfirmed until the server's document is known", () => {
    const doc = docWith({ a: ["First.", "Typed, refused."], b: ["Offline work."], c: ["Not mine."] });
    const drafts = draftsFromRefusal(REFUSAL, doc, SECTIONS, new Date("2026-11-25T10:00:00Z"));
    expect(drafts.map((d) => [d.sectionId, d.text, d.unconfirmed])).toEqual([
      ["a", "First.\n\nTyped, refused.", true],
      ["b", "Offline work.", true],
    ]);
    expect(drafts[0]).toMatchObject({ sectionTitle: "Funding", reason: "section_approved", message: "Approved and locked.", at: "2026-11-25T10:00:00.000Z" });
  });

  it("keeps what the server lacks, merged with its current text; a section only a colleague changed is no loss", () => {
    const server = docWith({ a: ["Agreed."], b: ["NRIs."] });
    const member = copyOf(server);
    appendParagraph(member, "a", "Written offline.");
    // The colleague goes on writing in both sections; the member's refused doc never sees it.
    const colleague = copyOf(server);
    appendParagraph(colleague, "a", "The colleague's later line.");
    appendParagraph(colleague, "b", "The colleague's line in b.");
    Y.applyUpdate(server, Y.encodeStateAsUpdate(colleague));

    const drafts = draftsFromRefusal(UNATTRIBUTED, member, SECTIONS, new Date());
    expect(drafts.map((d) => d.sectionId)).toEqual(["a", "b"]);
    const settled = settleDrafts(drafts, copyOf(server), Y.encodeStateAsUpdate(member));
    expect(settled.missing).toBe(true);
    expect(settled.drafts.map((d) => [d.sectionId, d.unconfirmed])).toEqual([["a", false]]);
    // What to copy or propose: the server's section now, with the refused line in it, so nobody's later words go.
    expect(settled.drafts[0]!.text.split("\n\n").sort()).toEqual(["Agreed.", "The colleague's later line.", "Written offline."]);
  });

  it("says nothing is missing when the server has every refused change after all", () => {
    const server = docWith({ a: ["Agreed."], b: ["NRIs."] });
    const member = copyOf(server);
    appendParagraph(member, "a", "Reached the server another way.");
    // The same changes arrived through another connection of the same person (another tab, the same device copy).
    Y.applyUpdate(server, Y.encodeStateAsUpdate(member));

    const drafts = draftsFromRefusal(REFUSAL, member, SECTIONS, new Date());
    expect(settleDrafts(drafts, copyOf(server), Y.encodeStateAsUpdate(member))).toEqual({ drafts: [], missing: false });
  });

  it("counts formatting as a change: a refused bold is kept though the words are the same", () => {
    const server = docWith({ a: ["Agreed text."] });
    const member = copyOf(server);
    const text = member.getXmlFragment(sectionRootName("a")).get(0) as Y.XmlElement;
    (text.get(0) as Y.XmlText).format(0, 6, { bold: true });
    const settled = settleDrafts(draftsFromRefusal(REFUSAL, member, SECTIONS, new Date()), copyOf(server), Y.encodeStateAsUpdate(member));
    expect(settled.missing).toBe(true);
    expect(settled.drafts.map((d) => [d.sectionId, d.text])).toEqual([["a", "Agreed text."]]);
  });

  it("survives a reload through storage, and ignores what does not read", () => {
    const storage = memoryStorage();
    const drafts = draftsFromRefusal(REFUSAL, docWith({ a: ["Refused."] }), SECTIONS, new Date());
    saveDrafts(storage, "doc1", drafts);
    expect(loadDrafts(storage, "doc1")).toEqual(drafts);
    expect(loadDrafts(storage, "doc2")).toEqual([]);
    storage.setItem(draftsKey("doc3"), "{broken");
    expect(loadDrafts(storage, "doc3")).toEqual([]);
    storage.setItem(draftsKey("doc4"), JSON.stringify([{ id: 1 }, ...drafts]));
    expect(loadDrafts(storage, "doc4")).toEqual(drafts);
    saveDrafts(storage, "doc1", []);
    expect(storage.getItem(draftsKey("doc1"))).toBeNull();
  });
});
