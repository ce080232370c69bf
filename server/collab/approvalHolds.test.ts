import { describe, expect, it } from "vitest";
import { ApprovalHolds } from "./approvalHolds";
import type { SectionFacts } from "./sectionFacts";

const facts = (status: SectionFacts["status"]): SectionFacts => ({ title: "T", ownerGroupId: "g", ownerGroupName: "G", status });

describe("ApprovalHolds", () => {
  it("reads a held section as approved until every approval holding it is released, leaving the others", () => {
    const holds = new ApprovalHolds();
    const stored = new Map([["a", facts("in_review")], ["b", facts("draft")]]);
    expect(holds.applyTo(stored)).toBe(stored);
    holds.hold("a");
    holds.hold("a");
    const seen = holds.applyTo(stored);
    expect(seen.get("a")!.status).toBe("approved");
    expect(seen.get("b")!.status).toBe("draft");
    expect(stored.get("a")!.status).toBe("in_review");
    holds.release("a");
    expect(holds.applyTo(stored).get("a")!.status).toBe("approved");
    holds.release("a");
    expect(holds.applyTo(stored).get("a")!.status).toBe("in_review");
    // A section no longer in the outline is not brought back.
    holds.hold("gone");
    expect(holds.applyTo(stored).has("gone")).toBe(false);
  });
});
