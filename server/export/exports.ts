import type { Deps } from "../deps";
import { buildModel, slugify, type ModelOptions } from "./model";
import { exportKey, loadExportInput, loadExportSource, type ExportSource } from "./source";
import { EXPORT_FORMATS, renderOptions, type ExportFormat } from "./renderJob";
import type { PeopleNames } from "./changes";
import { buildMatrix, renderMatrixCsv } from "./commentsMatrix";
import { renderMatrixDocx } from "./commentsMatrixDocx";

// The export service: load (live room or stored version), then build the render model once and render one
// format on the renderer (a worker thread: server/export/renderer.ts), unless the same file is in the export cache
// (server/export/exportCache.ts). Used by the HTTP routes, final submissions and the benchmark.

export { EXPORT_FORMATS, type ExportFormat };
export const MATRIX_FORMATS = ["docx", "csv"] as const;
export type MatrixFormat = (typeof MATRIX_FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat | MatrixFormat, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
  html: "text/html; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  csv: "text/csv; charset=utf-8",
};

export interface ExportFile {
  body: Uint8Array;
  contentType: string;
  /** ASCII: "<slug>-<date>.<ext>". */
  filename: string;
}

async function withSource<T>(deps: Pick<Deps, "store" | "rooms" | "clock">, documentId: string, versionId: string | undefined, work: (source: ExportSource) => Promise<T>): Promise<T> {
  const source = await loadExportSource(deps, documentId, versionId);
  try {
    return await work(source);
  } finally {
    source.doc.destroy();
  }
}

/**
 * Everyone's name by user id, for the suggestion authors a tracked export prints whom the document's own record
 * does not name. Read whole: which authors the text holds is known only once the worker reads it, and the people
 * of one deployment are a few hundred names.
 */
async function peopleNames(deps: Pick<Deps, "store">): Promise<PeopleNames> {
  return Object.fromEntries((await deps.store.users.list()).map((user) => [user.id, user.name]));
}

/** Renders (or re-uses) one export. Without `suggestions` it is the agreed text, as a final submission always is. */
export async function exportDocument(
  deps: Pick<Deps, "store" | "rooms" | "clock" | "renderer" | "exportCache">,
  documentId: string,
  format: ExportFormat,
  { versionId, ...asked }: ModelOptions & { versionId?: string },
): Promise<ExportFile> {
  const options = renderOptions(format, asked);
  const input = await loadExportInput(deps, documentId, versionId);
  const people = options.suggestions === "tracked" ? await peopleNames(deps) : {};
  const { textId: _key, readState, ...job } = input;
  // No Y.Doc on this thread: the worker builds its own from the state.
  const file = await deps.exportCache.get(exportKey(input, format, options, people), async () => deps.renderer.render({ ...job, state: await readState(), format, options, people }));
  return { ...file, contentType: CONTENT_TYPES[format] };
}

export async function exportCommentsMatrix(deps: Pick<Deps, "store" | "rooms" | "clock">, documentId: string, format: MatrixFormat): Promise<ExportFile> {
  return withSource(deps, documentId, undefined, async (source) => {
    const model = buildModel(source, { numbering: true, toc: false });
    const rows = await buildMatrix(deps.store, source, model);
    const body = format === "csv" ? new TextEncoder().encode(renderMatrixCsv(rows)) : await renderMatrixDocx(model, rows);
    return { body, contentType: CONTENT_TYPES[format], filename: `${slugify(model.title)}-comments-${model.isoDate}.${format}` };
  });
}
