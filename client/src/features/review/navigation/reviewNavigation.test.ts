import { describe, expect, it } from "vitest";
import { navigationStep, stepIndex } from "./reviewNavigation";

const key = (key: string, mods: Partial<Record<"altKey" | "shiftKey" | "ctrlKey" | "metaKey", boolean>>) => ({ key, altKey: false, shiftKey: false, ctrlKey: false, metaKey: false, ...mods });

describe("review navigation", () => {
  it("takes Alt+Shift and Cmd+Option arrows, nothing else", () => {
    expect(navigationStep(key("ArrowDown", { altKey: true, shiftKey: true }))).toBe(1);
    expect(navigationStep(key("ArrowUp", { altKey: true, shiftKey: true }))).toBe(-1);
    expect(navigationStep(key("ArrowDown", { altKey: true, metaKey: true }))).toBe(1);
    expect(navigationStep(key("ArrowDown", { altKey: true }))).toBe(0);
    expect(navigationStep(key("ArrowDown", { shiftKey: true }))).toBe(0);
    expect(navigationStep(key("ArrowDown", { altKey: true, shiftKey: true, ctrlKey: true }))).toBe(0);
    expect(navigationStep(key("ArrowDown", { altKey: true, shiftKey: true, metaKey: true }))).toBe(0);
    expect(navigationStep(key("ArrowLeft", { altKey: true, shiftKey: true }))).toBe(0);
  });

  it("steps from where the reader is, and stops at the ends", () => {
    // One item lies before the reader: next is the second, previous the first.
    expect(stepIndex(3, 1, 1)).toBe(1);
    expect(stepIndex(3, -1, 1)).toBe(0);
    expect(stepIndex(3, -1, 0)).toBeNull();
    expect(stepIndex(3, 1, 3)).toBeNull();
    expect(stepIndex(0, 1, 0)).toBeNull();
  });
});
