import { describe, expect, it } from "vitest";
import { shortcut } from "./shortcuts";

describe("shortcuts", () => {
  it("spells Tiptap's key bindings for people and for aria-keyshortcuts", () => {
    // The tests run on Linux: Ctrl, not Cmd.
    expect(shortcut("Mod-b")).toEqual({ label: "Ctrl+B", aria: "Control+B" });
    expect(shortcut("Mod-Shift-8")).toEqual({ label: "Ctrl+Shift+8", aria: "Control+Shift+8" });
    expect(shortcut("Mod-Alt-2")).toEqual({ label: "Ctrl+Alt+2", aria: "Control+Alt+2" });
  });
});
