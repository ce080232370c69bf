import { describe, expect, it } from "vitest";
import { decisionWords } from "./decideSuggestions";

describe("decision words", () => {
  it("say what was decided, and what someone else had decided first", () => {
    expect(decisionWords({ decision: "accept", decided: ["a"], missing: [] })).toBe("Suggestion accepted.");
    expect(decisionWords({ decision: "reject", decided: ["a", "b", "c"], missing: [] })).toBe("3 suggestions rejected.");
    expect(decisionWords({ decision: "withdraw", decided: ["a"], missing: [] })).toBe("Suggestion withdrawn.");
    expect(decisionWords({ decision: "accept", decided: ["a", "b"], missing: ["c"] })).toBe(
      "2 suggestions accepted. 1 was no longer open: someone else had decided on it or withdrawn it.",
    );
    expect(decisionWords({ decision: "reject", decided: ["a"], missing: ["b", "c"] })).toBe(
      "Suggestion rejected. 2 were no longer open: someone else had decided on them or withdrawn them.",
    );
  });
});
