import { describe, expect, it } from "vitest";
import { attributeValueProblem } from "./shapeRules";

// Attribute values a reader loops over or keeps: a table cell spanning a billion columns would make every
// reader's table code allocate a billion cells.
describe("attribute values", () => {
  it("takes what the editor writes", () => {
    for (const [key, value] of [["colspan", 2], ["rowspan", 1], ["level", 3], ["start", 1], ["colwidth", [120, null]], ["align", "left"], ["language", null], ["text", "A note."]] as const) {
      expect(attributeValueProblem(key, value)).toBeNull();
    }
  });

  it("refuses spans, levels and numbers out of range, long texts and objects", () => {
    for (const [key, value] of [
      ["colspan", 1e9],
      ["colspan", 0],
      ["rowspan", 1.5],
      ["level", 7],
      ["start", -1],
      ["colwidth", Array(100).fill(10)],
      ["colwidth", [1e9]],
      ["x", Number.POSITIVE_INFINITY],
      ["text", "x".repeat(10_001)],
      ["x", { nested: true }],
    ] as const) {
      expect(attributeValueProblem(key, value), `${key}=${String(value).slice(0, 20)}`).not.toBeNull();
    }
  });
});
