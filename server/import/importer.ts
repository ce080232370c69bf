import type { Logger } from "../log";
import { createWorkerQueue, type JobFailure } from "../jobs/workerQueue";
import type { ImportedDocument } from "./docx";
import { ImportError, tooLarge, unreadable } from "./errors";
import type { ImportJob, ImportOutcome } from "./importJob";
import { text } from "../i18n/translate";

// Word files are read on a worker thread: a large or hostile file is seconds of CPU (300 000 paragraphs took
// 55 s on the event loop), and on the event loop that serves the live documents every keystroke of everyone
// connected would wait for it. One worker reads one file at a time; a file that takes too long, or needs more
// memory than the worker may have, ends the worker and is refused as too large.

export interface Importer {
  /** The file as a title and sections; throws ImportError saying why not. */
  read(job: ImportJob): Promise<ImportedDocument>;
  close(): Promise<void>;
}

export interface ImporterOptions {
  log: Logger;
  timeoutMs?: number;
  /** The worker's heap. A file within the import limits needs far less (docs/SECURITY.md). */
  maxMemoryMb?: number;
  maxQueued?: number;
}

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_MEMORY_MB = 512;
const DEFAULT_MAX_QUEUED = 8;

function importFailure(kind: JobFailure, { timeoutMs, maxMemoryMb }: { timeoutMs: number; maxMemoryMb: number }): ImportError {
  switch (kind) {
    case "busy":
      return new ImportError("busy", text("import.worker.busy"));
    case "failed":
      // The details went to the log; for the admin it is still the file's problem.
      return unreadable(text("import.worker.failed"));
    case "timed_out":
      return tooLarge(text("import.worker.timedOut", { seconds: timeoutMs / 1000 }));
    case "out_of_memory":
      return tooLarge(text("import.worker.outOfMemory", { megabytes: maxMemoryMb }));
    default:
      return new ImportError("stopped", text("import.worker.stopped"));
  }
}

export function createImporter({ log, timeoutMs = DEFAULT_TIMEOUT_MS, maxMemoryMb = DEFAULT_MAX_MEMORY_MB, maxQueued = DEFAULT_MAX_QUEUED }: ImporterOptions): Importer {
  const queue = createWorkerQueue<ImportJob, ImportOutcome>({
    name: "import",
    module: new URL("./importWorker.ts", import.meta.url),
    log,
    timeoutMs,
    maxQueued,
    resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb },
    failure: (kind) => importFailure(kind, { timeoutMs, maxMemoryMb }),
  });
  return {
    async read(job) {
      const outcome = await queue.run(job);
      if ("refused" in outcome) throw new ImportError(outcome.refused.kind, outcome.refused.text);
      return outcome.document;
    },
    close: () => queue.close(),
  };
}
