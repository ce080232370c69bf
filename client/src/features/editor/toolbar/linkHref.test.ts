import { describe, expect, it } from "vitest";
import { linkHref } from "./linkHref";

describe("link addresses", () => {
  it("accepts web and mail addresses, adding the scheme people leave out", () => {
    expect(linkHref("https://intgovforum.org/en")).toBe("https://intgovforum.org/en");
    expect(linkHref("  intgovforum.org ")).toBe("https://intgovforum.org/");
    expect(linkHref("igf@un.org")).toBe("mailto:igf@un.org");
    expect(linkHref("mailto:igf@un.org")).toBe("mailto:igf@un.org");
  });

  it("refuses what is not a web or mail address", () => {
    for (const typed of ["", "   ", "javascript:alert(1)", "data:text/html,x", "not an address", "word"]) {
      expect(linkHref(typed), typed).toBeNull();
    }
  });
});
