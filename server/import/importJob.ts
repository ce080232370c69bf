import { importDocx, type ImportedDocument } from "./docx";
import { ImportError } from "./errors";

// One Word file to read, as plain data, so it can be read on the import worker (server/import/importer.ts).

export interface ImportJob {
  bytes: Uint8Array;
  filename?: string;
}

/** The document, or why the file was refused: a refusal is an answer, not a failure of the worker. */
export type ImportOutcome = { document: ImportedDocument } | { refused: { kind: ImportError["kind"]; message: string } };

export function runImportJob({ bytes, filename }: ImportJob): ImportOutcome {
  try {
    return { document: importDocx(bytes, { filename }) };
  } catch (error) {
    if (error instanceof ImportError) return { refused: { kind: error.kind, message: error.message } };
    throw error;
  }
}
