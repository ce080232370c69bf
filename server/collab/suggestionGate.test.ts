import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { prosemirrorToYXmlFragment } from "@tiptap/y-tiptap";
import { schema } from "../../shared/editor/schema";
import { MAX_NEW_SUGGESTIONS, SuggestionGate } from "./suggestionGate";

const ROOT = "section:s";

function liveDoc(): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = 1;
  prosemirrorToYXmlFragment(schema.node("doc", null, [schema.node("paragraph", null, [schema.text("Agreed words here.")])]), doc.getXmlFragment(ROOT));
  return doc;
}

/** An update from a replica that inserts `count` one-letter suggestions, each its own id. */
function manySuggestions(live: Y.Doc, count: number, author = "me", prefix = "n"): Uint8Array {
  const replica = new Y.Doc();
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(live));
  replica.clientID = 500;
  const sv = Y.encodeStateVector(replica);
  const text = (replica.getXmlFragment(ROOT).get(0) as Y.XmlElement).get(0) as Y.XmlText;
  replica.transact(() => {
    for (let i = 0; i < count; i++) text.insert(0, "x", { insertion: { id: `${prefix}${i}`, author } });
  });
  return Y.encodeStateAsUpdate(replica, sv);
}

describe("the suggestion gate", () => {
  it("reports the new suggestions an update makes, up to a bound, and refuses past it", () => {
    const live = liveDoc();
    const gate = new SuggestionGate(live);
    const three = manySuggestions(live, 3);
    const ok = gate.check(three, [{ root: ROOT, mode: "suggest", marks: true }], "me");
    expect(ok.refusal).toBeNull();
    expect(new Set(ok.added.get(ROOT))).toEqual(new Set(["n0", "n1", "n2"]));
    // Accepted: the room applies it to the live doc (the shadow already holds it).
    Y.applyUpdate(live, three);

    const flood = gate.check(manySuggestions(live, MAX_NEW_SUGGESTIONS + 1, "me", "f"), [{ root: ROOT, mode: "suggest", marks: true }], "me");
    expect(flood.refusal).toMatchObject({ reason: "update_too_large", root: ROOT });
    gate.close();
  });

  it("judges the next update against the live text after a refusal (the shadow is rebuilt)", () => {
    const live = liveDoc();
    const gate = new SuggestionGate(live);
    const forged = manySuggestions(live, 1, "someone-else");
    expect(gate.check(forged, [{ root: ROOT, mode: "suggest", marks: true }], "me").refusal).toMatchObject({ reason: "suggestion_not_yours" });
    // Had the refused update stayed in the shadow, this one (the same words, honestly signed, from another
    // client) would be judged against a text that already held a forged suggestion.
    const honest = manySuggestions(live, 1, "me");
    expect(gate.check(honest, [{ root: ROOT, mode: "suggest", marks: true }], "me").refusal).toBeNull();
    gate.close();
  });
});
