import { describe, expect, it } from "vitest";
import { wordDiff } from "./wordDiff";

describe("word-level differences", () => {
  it("strikes and inserts only the words that changed, not the whole phrase", () => {
    expect(wordDiff("the quick brown fox", "the slow brown fox")).toEqual([
      { type: "equal", text: "the " },
      { type: "delete", text: "quick" },
      { type: "insert", text: "slow" },
      { type: "equal", text: " brown fox" },
    ]);
  });

  it("gives both texts back: before from the equal and deleted parts, after from the equal and inserted ones", () => {
    const before = "Funding should be predictable, multi-year and diversified.";
    const after = "Funding must be predictable and diversified, with multi-year pledges.";
    const ops = wordDiff(before, after);
    expect(ops.filter((o) => o.type !== "insert").map((o) => o.text).join("")).toBe(before);
    expect(ops.filter((o) => o.type !== "delete").map((o) => o.text).join("")).toBe(after);
  });
});
