import { importDocx, type ImportedDocument } from "./docx";
import { ImportError } from "./errors";
import type { ServerText } from "../i18n/translate";

// One Word file to read, as plain data, so it can be read on the import worker (server/import/importer.ts).

export interface ImportJob {
  bytes: Uint8Array;
  filename?: string;
}

/**
 * The document, or why the file was refused: a refusal is an answer, not a failure of the worker. Warnings and
 * refusals cross as message ids with their arguments (plain data), so the route says them in the admin's language.
 */
export type ImportOutcome = { document: ImportedDocument } | { refused: { kind: ImportError["kind"]; text: ServerText } };

export function runImportJob({ bytes, filename }: ImportJob): ImportOutcome {
  try {
    return { document: importDocx(bytes, { filename }) };
  } catch (error) {
    if (error instanceof ImportError) return { refused: { kind: error.kind, text: error.text } };
    throw error;
  }
}
