// @vitest-environment node
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { writeBlocks } from "../../shared/editor/content";
import { sectionRootName } from "../../shared/collab/protocol";
import { createLogger } from "../log";
import { AppError } from "../http/errors";
import { createRenderer, type Renderer } from "./renderer";
import type { ExportFormat, RenderJob } from "./renderJob";

// The renderer runs exports on a worker thread. Its failures must reach the person exporting as a clear error,
// and leave the renderer working for the next export.

function job(format: ExportFormat, paragraphs = 3): RenderJob {
  const doc = new Y.Doc();
  writeBlocks(
    doc.getXmlFragment(sectionRootName("s1")),
    Array.from({ length: paragraphs }, (_, i) => ({ type: "paragraph" as const, text: `Paragraph ${i + 1} of the joint response.` })),
  );
  return {
    format,
    options: { numbering: true, toc: false },
    state: Y.encodeStateAsUpdate(doc),
    document: { id: "d1", title: "The IGF We Need", description: "", language: "en" as const, created_by: null, created_at: 0, updated_at: 0 },
    outline: [
      {
        id: "s1",
        title: "Introduction",
        position: 0,
        ownerGroup: { id: "g1", slug: "wg1", name: "WG1 Funding strategy" },
        status: "draft",
        dueDate: null,
        lastTransition: null,
      },
    ],
    at: Date.UTC(2026, 10, 26),
    version: null,
  };
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe("the export renderer", () => {
  const log = createLogger({ silent: true });
  const open: Renderer[] = [];
  const renderer = (inThread = false, maxQueued?: number) => {
    const created = createRenderer({ log, inThread, maxQueued });
    open.push(created);
    return created;
  };
  afterEach(async () => {
    for (const r of open.splice(0)) await r.close();
  });

  it("renders on the worker exactly what the event loop would", async () => {
    const worker = renderer();
    for (const format of ["md", "html"] as const) {
      const [off, on] = await Promise.all([worker.render(job(format)), renderer(true).render(job(format))]);
      expect(text(off.body)).toBe(text(on.body));
      expect(off.filename).toBe("the-igf-we-need-2026-11-26." + format);
    }
    const pdf = await worker.render(job("pdf", 40));
    expect(text(pdf.body.slice(0, 5))).toBe("%PDF-");
  });

  it("answers a job that cannot be rendered with a clear error, and goes on rendering", async () => {
    const worker = renderer();
    const broken = { ...job("md"), state: new Uint8Array([0xff, 0xfe, 0x01, 0x02, 0x03]) };
    const failure = await worker.render(broken).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).message).toMatch(/could not be made\. Try again/);
    expect(text((await worker.render(job("md"))).body)).toContain("Paragraph 3 of the joint response.");
  });

  it("renders one export at a time, in the order they came, and turns away what would wait too long", async () => {
    const worker = renderer(false, 2);
    const finished: string[] = [];
    const track = (name: string, pending: Promise<unknown>) => pending.then(() => finished.push(name));
    const long = track("long pdf", worker.render(job("pdf", 300)));
    const short = track("short md", worker.render(job("md")));
    const shortToo = track("short html", worker.render(job("html")));
    const refused = await worker.render(job("md")).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ status: 503, code: "unavailable" });
    await Promise.all([long, short, shortToo]);
    expect(finished).toEqual(["long pdf", "short md", "short html"]);
  });

  it("fails the exports in flight when it closes, saying so", async () => {
    const worker = renderer();
    const inFlight = worker.render(job("pdf", 400)).catch((error: unknown) => error);
    const waiting = worker.render(job("md")).catch((error: unknown) => error);
    await worker.close();
    for (const outcome of [await inFlight, await waiting]) {
      expect(outcome).toBeInstanceOf(AppError);
      expect((outcome as AppError).message).toMatch(/stopped before it finished\. Try again/);
    }
    expect(await worker.render(job("md")).catch((error: unknown) => error)).toBeInstanceOf(AppError);
  });
});
