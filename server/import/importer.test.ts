// @vitest-environment node
import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "../log";
import { createImporter, type Importer, type ImporterOptions } from "./importer";
import { importDocx } from "./docx";
import { ImportError } from "./errors";
import { handmadeDocx } from "../../test/fixtures/import/handmade";
import { longParagraph, manyElements } from "../../test/fixtures/import/oversized";

// The importer reads Word files on a worker thread. What it reads there must be what the converter reads anywhere,
// and every way a file can fail there must reach the admin as the converter's own message, or one saying what
// happened, with the worker ready for the next file.

describe("the Word importer", () => {
  const log = createLogger({ silent: true });
  const open: Importer[] = [];
  const importer = (options: Omit<ImporterOptions, "log"> = {}) => {
    const created = createImporter({ log, ...options });
    open.push(created);
    return created;
  };
  afterEach(async () => {
    for (const i of open.splice(0)) await i.close();
  });
  const refusal = (pending: Promise<unknown>) => pending.then(() => null, (error: unknown) => error);

  it("reads on the worker exactly what the converter reads on the event loop", async () => {
    const bytes = handmadeDocx();
    expect(await importer().read({ bytes, filename: "Handmade.docx" })).toEqual(importDocx(bytes, { filename: "Handmade.docx" }));
  });

  it("passes on the converter's refusals as they are, and reads the next file", async () => {
    const worker = importer();
    const long = await refusal(worker.read({ bytes: await longParagraph(20_001) }));
    expect(long).toBeInstanceOf(ImportError);
    expect(long).toMatchObject({ kind: "too_large", message: expect.stringMatching(/^A paragraph in the file holds 20,001 characters \(it starts “The Forum’s mandate x+…”\); a paragraph may hold at most 20,000\./) });
    const notDocx = await refusal(worker.read({ bytes: new Uint8Array([1, 2, 3]) }));
    // The message id comes back too, for the route to say it in the admin's language.
    expect(notDocx).toMatchObject({ kind: "unreadable", text: { id: "import.notDocx.notZip" }, message: expect.stringMatching(/not a Word document/) });
    expect((await worker.read({ bytes: handmadeDocx() })).sections.length).toBeGreaterThan(0);
  });

  it("stops a file that needs more memory than the worker may have, says so, and reads the next one", async () => {
    const worker = importer({ maxMemoryMb: 64 });
    // Within every limit of the file (a million elements in one part), but their tree takes a few hundred MB.
    const failure = await refusal(worker.read({ bytes: await manyElements(999_990) }));
    expect(failure).toBeInstanceOf(ImportError);
    expect(failure).toMatchObject({ kind: "too_large", message: "Reading the file needed more than 64 MB of memory, so it was stopped. It is too large or too complex to import at once: import it in parts." });
    expect((await worker.read({ bytes: handmadeDocx() })).sections.length).toBeGreaterThan(0);
  });

  it("fails the files in flight when it closes, saying so", async () => {
    const worker = importer();
    const inFlight = refusal(worker.read({ bytes: handmadeDocx() }));
    const waiting = refusal(worker.read({ bytes: handmadeDocx() }));
    await worker.close();
    for (const outcome of [await inFlight, await waiting]) expect(outcome).toMatchObject({ kind: "stopped", message: expect.stringMatching(/^The import stopped before it finished\. Try again/) });
  });
});
