import { describe, expect, it } from "vitest";
import { shortQuote } from "./quote";

describe("short quotes", () => {
  it("keeps short quotes whole and cuts long ones at a word", () => {
    expect(shortQuote("Best Practice Forums")).toBe("Best Practice Forums");
    expect(shortQuote("one two three four five", 15)).toBe("one two three…");
  });
});
