import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from "y-protocols/awareness";
import { cursorField } from "../../../shared/collab/protocol";
import { readPresence } from "./presence";

/** Another client's awareness state arriving in ours, as the provider applies it. */
function join(into: Awareness, state: Record<string, unknown>): void {
  const other = new Awareness(new Y.Doc());
  other.setLocalState(state);
  applyAwarenessUpdate(into, encodeAwarenessUpdate(other, [other.clientID]), "remote");
  other.destroy();
}

describe("presence", () => {
  it("lists each person once, yourself first, with the sections their carets are in", () => {
    const awareness = new Awareness(new Y.Doc());
    awareness.setLocalState({ user: { id: "me", name: "Amara", color: "#1f5fa8" } });
    join(awareness, { user: { id: "u2", name: "Lucía", color: "#a3342c" }, [cursorField("s1")]: { anchor: 1, head: 1 }, [cursorField("s2")]: null });
    join(awareness, { user: { id: "u2", name: "Lucía", color: "#a3342c" }, [cursorField("s3")]: { anchor: 1, head: 1 } });
    join(awareness, { user: { id: "u3", name: "Bo", color: "#2b6e3f" } });
    join(awareness, { cursor: { anchor: 1, head: 1 } });

    expect(readPresence(awareness, "me")).toEqual([
      { user: { id: "me", name: "Amara", color: "#1f5fa8" }, self: true, sectionIds: [] },
      { user: { id: "u3", name: "Bo", color: "#2b6e3f" }, self: false, sectionIds: [] },
      { user: { id: "u2", name: "Lucía", color: "#a3342c" }, self: false, sectionIds: ["s1", "s3"] },
    ]);
    awareness.destroy();
  });
});
