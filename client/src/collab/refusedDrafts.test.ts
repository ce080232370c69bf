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

const SECTIONS = [
  { id: "a", title: "Funding", editable: true },
  { id: "b", title: "NRIs", editable: true },
  { id: "c", title: "Mandate", editable: false },
];
const REFUSAL = { reason: "section_approved", sectionId: "a", message: "Approved and locked." } as const;

describe("refused drafts", () => {
  it("keeps the named section's text and, unconfirmed, every section this person may edit", () => {
    const doc = docWith({ a: ["First.", "Typed, refused."], b: ["Offline work."], c: ["Not mine."] });
    const drafts = draftsFromRefusal(REFUSAL, doc, SECTIONS, new Date("2026-11-25T10:00:00Z"));
    expect(drafts.map((d) => [d.sectionId, d.text, d.unconfirmed])).toEqual([
      ["a", "First.\n\nTyped, refused.", false],
      ["b", "Offline work.", true],
    ]);
    expect(drafts[0]).toMatchObject({ sectionTitle: "Funding", reason: "section_approved", message: "Approved and locked.", at: "2026-11-25T10:00:00.000Z" });
  });

  it("drops unconfirmed drafts the server has anyway, once the fresh document synced", () => {
    const drafts = draftsFromRefusal(REFUSAL, docWith({ a: ["Refused."], b: ["Same on the server."] }), SECTIONS, new Date());
    const fresh = docWith({ a: ["Server text."], b: ["Same on the server."] });
    expect(settleDrafts(drafts, fresh).map((d) => d.sectionId)).toEqual(["a"]);
    const differs = docWith({ a: ["Server text."], b: ["Older text."] });
    expect(settleDrafts(drafts, differs).map((d) => [d.sectionId, d.unconfirmed])).toEqual([
      ["a", false],
      ["b", false],
    ]);
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
