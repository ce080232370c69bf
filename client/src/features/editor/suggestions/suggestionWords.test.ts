import { describe, expect, it } from "vitest";
import { suggestionHue, suggestionLabel } from "./suggestionWords";

describe("suggestion words", () => {
  it("gives one person one hue, and different people (mostly) different ones", () => {
    expect(suggestionHue("u-1")).toBe(suggestionHue("u-1"));
    const hues = new Set(["a", "b", "c", "d", "e", "f"].map((id) => suggestionHue(`user-${id}`)));
    expect(hues.size).toBeGreaterThan(4);
    for (const hue of hues) expect(hue).toBeGreaterThanOrEqual(0);
  });

  it("names the author, their groups and the time, or says it is yours", () => {
    const info = { id: "s", sectionId: "x", author: { id: "u", name: "Ravi Menon" }, groups: ["WG2"], createdAt: "2026-12-05T09:12:00Z" };
    expect(suggestionLabel("insertion", info, false)).toMatch(/^Suggested insertion by Ravi Menon \(WG2\), /);
    expect(suggestionLabel("deletion", info, true)).toMatch(/^Suggested deletion by you, /);
    expect(suggestionLabel("deletion", undefined, false)).toBe("Suggested deletion");
  });
});
