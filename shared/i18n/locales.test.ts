import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./locales";

describe("the reader's languages", () => {
  it("takes the first language that is one of the six, by its primary subtag", () => {
    expect(negotiateLocale(["de-CH", "fr-CA", "en"])).toBe("fr");
    expect(negotiateLocale(["zh-TW"])).toBe("zh");
    expect(negotiateLocale(["AR-eg"])).toBe("ar");
    expect(negotiateLocale(["es_419"])).toBe("es");
    expect(negotiateLocale(["de", "ja"])).toBeNull();
    expect(negotiateLocale([])).toBeNull();
  });
});
