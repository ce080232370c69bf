import { describe, expect, it } from "vitest";
import { condenseOps } from "./condenseOps";

const words = (n: number, word = "w") => Array.from({ length: n }, (_, i) => `${word}${i}`).join(" ") + " ";

describe("condenseOps", () => {
  it("keeps short unchanged text whole", () => {
    const ops = [{ type: "equal" as const, text: "a b c " }, { type: "insert" as const, text: "new " }];
    expect(condenseOps(ops, 3)).toEqual(ops);
  });

  it("keeps the words next to a change and counts those left out", () => {
    const ops = [
      { type: "equal" as const, text: words(40) },
      { type: "delete" as const, text: "old " },
      { type: "equal" as const, text: words(40, "x") },
    ];
    const shown = condenseOps(ops, 3);
    expect(shown[0]).toEqual({ type: "skip", words: 37 });
    expect(shown[1]).toEqual({ type: "equal", text: "w37 w38 w39 " });
    expect(shown[2]).toEqual({ type: "delete", text: "old " });
    expect(shown[3]).toEqual({ type: "equal", text: "x0 x1 x2 " });
    expect(shown[4]).toEqual({ type: "skip", words: 37 });
  });
});
