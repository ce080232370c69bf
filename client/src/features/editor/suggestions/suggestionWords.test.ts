import { describe, expect, it } from "vitest";
import { suggestionHue, suggestionLabels } from "./suggestionWords";
import { ENGLISH, loadCatalogue } from "../../../i18n/catalogues";
import { createTranslate } from "../../../i18n/translator";
import { createFormats } from "../../../ui/formatDate";

describe("suggestion words", () => {
  it("gives one person one hue, and different people (mostly) different ones", () => {
    expect(suggestionHue("u-1")).toBe(suggestionHue("u-1"));
    const hues = new Set(["a", "b", "c", "d", "e", "f"].map((id) => suggestionHue(`user-${id}`)));
    expect(hues.size).toBeGreaterThan(4);
    for (const hue of hues) expect(hue).toBeGreaterThanOrEqual(0);
  });

  const info = { id: "s", sectionId: "x", author: { id: "u", name: "Ravi Menon" }, groups: ["WG2"], createdAt: "2026-12-05T09:12:00Z" };

  it("names the author, their groups and the time, or says it is yours", () => {
    const suggestionLabel = suggestionLabels(createTranslate("en", ENGLISH), createFormats("en"));
    expect(suggestionLabel("insertion", info, false)).toMatch(/^Suggested insertion by Ravi Menon \(WG2\), 5 Dec 2026/);
    expect(suggestionLabel("deletion", info, true)).toMatch(/^Suggested deletion by you, /);
    expect(suggestionLabel("deletion", undefined, false)).toBe("Suggested deletion");
  });

  it("puts the name first in Russian, so no verb has to guess a gender", async () => {
    const suggestionLabel = suggestionLabels(createTranslate("ru", await loadCatalogue("ru")), createFormats("ru"));
    expect(suggestionLabel("insertion", { ...info, groups: ["WG1", "WG2"] }, false)).toMatch(/^Ravi Menon \(WG1 и WG2\): предлагаемая вставка, 5 дек/);
  });
});
