import { describe, expect, it } from "vitest";
import { marginLayout, type MarginEntry } from "./marginLayout";

const entry = (id: string, anchor: number | null, height = 100): MarginEntry => ({ id, anchor, height });

describe("margin layout", () => {
  it("puts each card at its words when they are far enough apart", () => {
    expect(marginLayout([entry("a", 10), entry("b", 300), entry("c", 600)], null, 8)).toEqual({ tops: { a: 10, b: 300, c: 600 }, height: 700 });
  });

  it("pushes cards down so they never overlap", () => {
    const { tops, height } = marginLayout([entry("a", 10), entry("b", 40), entry("c", 60, 50)], null, 8);
    expect(tops).toEqual({ a: 10, b: 118, c: 226 });
    expect(height).toBe(276);
  });

  it("aligns the active card with its words and pushes the ones before it up", () => {
    const { tops } = marginLayout([entry("a", 200), entry("b", 220), entry("c", 240)], "b", 8);
    expect(tops).toEqual({ a: 112, b: 220, c: 328 });
  });

  it("moves everything down when the cards before the active one run out of room at the top", () => {
    const { tops } = marginLayout([entry("a", 0), entry("b", 20), entry("c", 50)], "c", 10);
    expect(tops).toEqual({ a: 0, b: 110, c: 220 });
  });

  it("starts no card above the margin, and puts cards without words after the one before", () => {
    const { tops } = marginLayout([entry("a", -40), entry("gone", null, 30), entry("b", 500)], null, 8);
    expect(tops).toEqual({ a: 0, gone: 108, b: 500 });
    expect(marginLayout([entry("gone", null)], null, 8).tops).toEqual({ gone: 0 });
    expect(marginLayout([], "x", 8)).toEqual({ tops: {}, height: 0 });
  });
});
