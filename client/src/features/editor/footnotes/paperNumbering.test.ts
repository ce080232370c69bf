import { describe, expect, it } from "vitest";
import { createPaperNumbering, noteOffsets } from "./paperNumbering";

describe("footnote offsets through the paper", () => {
  it("sums the counts of the sections before each one, in the order given", () => {
    const counts = new Map([
      ["intro", 2],
      ["funding", 0],
      ["nri", 3],
      ["retired", 5],
    ]);
    expect([...noteOffsets(["intro", "funding", "nri", "end"], counts)]).toEqual([
      ["intro", 0],
      ["funding", 2],
      ["nri", 2],
      ["end", 5],
    ]);
    expect([...noteOffsets(["nri", "intro"], counts)]).toEqual([
      ["nri", 0],
      ["intro", 3],
    ]);
    expect(noteOffsets([], counts).size).toBe(0);
  });
});

describe("the paper's numbering", () => {
  function paper(order: string[]) {
    const numbering = createPaperNumbering();
    numbering.setOrder(order);
    const told: string[] = [];
    const sections = Object.fromEntries(order.map((id) => [id, numbering.section(id)]));
    const stops = order.map((id) => sections[id]!.subscribe(() => told.push(id)));
    return { numbering, sections, told, stops };
  }

  it("tells only the later sections when a section's count changes, and nobody when it stays", () => {
    const { sections, told } = paper(["a", "b", "c"]);
    sections.a!.setCount(2);
    expect(told).toEqual(["b", "c"]);
    expect([sections.a!.offset(), sections.b!.offset(), sections.c!.offset()]).toEqual([0, 2, 2]);
    told.length = 0;
    sections.b!.setCount(1);
    expect(told).toEqual(["c"]);
    expect(sections.c!.offset()).toBe(3);
    told.length = 0;
    sections.b!.setCount(1);
    sections.c!.setCount(7);
    expect(told).toEqual([]);
  });

  it("numbers again when the order changes; a section that leaves the outline counts for nothing", () => {
    const { numbering, sections, told } = paper(["a", "b", "c"]);
    sections.a!.setCount(2);
    sections.b!.setCount(1);
    told.length = 0;
    numbering.setOrder(["b", "a", "c"]);
    expect([sections.b!.offset(), sections.a!.offset(), sections.c!.offset()]).toEqual([0, 1, 3]);
    expect(told.sort()).toEqual(["a", "b"]);
    told.length = 0;
    numbering.setOrder(["b", "a", "c"]);
    expect(told).toEqual([]);
    numbering.setOrder(["a", "c"]);
    expect([sections.a!.offset(), sections.c!.offset(), sections.b!.offset()]).toEqual([0, 2, 0]);
    expect(told.sort()).toEqual(["a", "c"]);
  });

  it("counts a section that reports before the outline lists it, once it does", () => {
    const numbering = createPaperNumbering();
    const late = numbering.section("late");
    numbering.section("first").setCount(4);
    expect(late.offset()).toBe(0);
    numbering.setOrder(["first", "late"]);
    expect(late.offset()).toBe(4);
  });

  it("stops telling a reference that is gone", () => {
    const { sections, told, stops } = paper(["a", "b"]);
    stops[1]!();
    sections.a!.setCount(1);
    expect(told).toEqual([]);
    expect(sections.b!.offset()).toBe(1);
  });
});
