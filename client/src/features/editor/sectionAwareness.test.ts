import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { Awareness } from "y-protocols/awareness";
import { cursorField } from "../../../../shared/collab/protocol";
import { sectionAwareness } from "./sectionAwareness";

describe("a section's view of the awareness", () => {
  it("shows and writes this section's caret field as the field the caret plugin reads", () => {
    const awareness = new Awareness(new Y.Doc());
    awareness.setLocalState({ user: { name: "Amara" }, [cursorField("s2")]: { anchor: 5, head: 5 } });
    const s1 = sectionAwareness(awareness, "s1");
    const s2 = sectionAwareness(awareness, "s2");

    expect(s1.getLocalState()?.cursor).toBeNull();
    expect(s2.getLocalState()?.cursor).toEqual({ anchor: 5, head: 5 });
    expect(s2.getStates().get(awareness.clientID)?.user).toEqual({ name: "Amara" });

    s1.setLocalStateField("cursor", { anchor: 1, head: 2 });
    expect(awareness.getLocalState()).toMatchObject({ [cursorField("s1")]: { anchor: 1, head: 2 }, [cursorField("s2")]: { anchor: 5, head: 5 } });
    expect(awareness.getLocalState()).not.toHaveProperty("cursor");
    expect(s1.clientID).toBe(awareness.clientID);
    awareness.destroy();
  });
});
