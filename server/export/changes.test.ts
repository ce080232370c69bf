// @vitest-environment node
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { schema } from "../../shared/editor/schema";
import { suggestionsMap } from "../../shared/collab/review";
import type { SuggestionInfo } from "../../shared/api/suggestions";
import { createTrackedChanges } from "./changes";

// Who a tracked export names for each suggestion, and when: the document's own record first, then the people the
// store knows, then "Unknown author"; times in whole seconds, as Word writes them.

const info = (id: string, name: string, createdAt: string): SuggestionInfo => ({ id, sectionId: "s", author: { id: "u-ana", name }, groups: [], createdAt });
const mark = (kind: "insertion" | "deletion", id: string, author: string) => schema.marks[kind]!.create({ id, author });

describe("tracked change authors", () => {
  it("prefers the recorded name, then the store's, then says the author is unknown", () => {
    const doc = new Y.Doc();
    suggestionsMap(doc).set("a1", info("a1", "Ana Lima", "2026-03-03T10:00:00.123Z"));
    suggestionsMap(doc).set("b1", info("b1", "   ", "not a time"));
    const { changes } = createTrackedChanges(doc, { "u-ana": "Ana (renamed)", "u-ben": "Ben\u0007 Okoro" }, "Auteur inconnu");
    expect(changes.of(mark("insertion", "a1", "u-ana"))).toEqual({ kind: "insertion", id: "a1", author: "Ana Lima", date: "2026-03-03T10:00:00Z" });
    // A blank recorded name and a time that is not one: the store's name (control characters dropped), no date.
    expect(changes.of(mark("deletion", "b1", "u-ben"))).toEqual({ kind: "deletion", id: "b1", author: "Ben Okoro", date: null });
    expect(changes.of(mark("deletion", "c1", "u-gone"))).toEqual({ kind: "deletion", id: "c1", author: "Auteur inconnu", date: null });
    // Not read from the object's prototype.
    expect(changes.of(mark("insertion", "d1", "constructor")).author).toBe("Auteur inconnu");
  });
});
