import { describe, expect, it } from "vitest";
import { createExportCache } from "./exportCache";
import type { RenderedFile } from "./renderJob";

// The export cache: one render per key however many ask at once, within its budget of bytes, least recently used
// out first, and never a failure kept.

const file = (bytes: number, name = "paper.pdf"): RenderedFile => ({ body: new Uint8Array(bytes), filename: name });

describe("the export cache", () => {
  it("renders a file once for everyone who asks while it renders, and hands it out again afterwards", async () => {
    const cache = createExportCache({ maxBytes: 1000 });
    let renders = 0;
    let finish!: (value: RenderedFile) => void;
    const render = () => {
      renders++;
      return new Promise<RenderedFile>((resolve) => (finish = resolve));
    };
    const asked = [cache.get("a", render), cache.get("a", render), cache.get("a", render)];
    expect(cache.stats()).toEqual({ files: 0, bytes: 0, rendering: 1 });
    finish(file(100));
    const files = await Promise.all(asked);
    expect(new Set(files).size).toBe(1);
    expect(await cache.get("a", render)).toBe(files[0]);
    expect(renders).toBe(1);
    expect(cache.stats()).toEqual({ files: 1, bytes: 100, rendering: 0 });
  });

  it("keeps within its budget, the least recently used leaving first", async () => {
    const cache = createExportCache({ maxBytes: 1000 });
    for (const key of ["a", "b", "c"]) await cache.get(key, async () => file(250, key));
    await cache.get("a", async () => file(250, "not used"));
    // "b" is now the least recently used: the next file over the budget pushes it out.
    await cache.get("d", async () => file(250, "d"));
    await cache.get("e", async () => file(250, "e"));
    expect(cache.stats()).toEqual({ files: 4, bytes: 1000, rendering: 0 });
    let rendered: string[] = [];
    for (const key of ["a", "c", "d", "e", "b"]) await cache.get(key, async () => (rendered.push(key), file(250, key)));
    expect(rendered).toEqual(["b"]);
    expect(cache.stats().bytes).toBeLessThanOrEqual(1000);
    rendered = [];
    // A file over a quarter of the budget is handed out but not kept.
    await cache.get("big", async () => (rendered.push("big"), file(251)));
    await cache.get("big", async () => (rendered.push("big"), file(251)));
    expect(rendered).toEqual(["big", "big"]);
  });

  it("keeps no failure: everyone waiting hears it, and the next ask renders again", async () => {
    const cache = createExportCache({ maxBytes: 1000 });
    const failing = () => Promise.reject(new Error("The export could not be made."));
    const outcomes = await Promise.allSettled([cache.get("a", failing), cache.get("a", failing)]);
    expect(outcomes.map((o) => o.status)).toEqual(["rejected", "rejected"]);
    expect((await cache.get("a", async () => file(10))).body.length).toBe(10);
  });
});
