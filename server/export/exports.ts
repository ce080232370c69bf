import type { Deps } from "../deps";
import { buildModel, slugify, type ModelOptions } from "./model";
import { exportedLabel, exportKey, loadExportInput, loadExportSource, type ExportSource } from "./source";
import { EXPORT_FORMATS, renderOptions, type ExportFormat, type RedlineBaseState } from "./renderJob";
import type { OutlineEntry } from "../../shared/api/review";
import { notFound } from "../http/errors";
import type { PeopleNames } from "./changes";
import { buildMatrix, renderMatrixCsv } from "./commentsMatrix";
import { renderMatrixDocx } from "./commentsMatrixDocx";
import { matrixWords } from "./matrixWords";
import type { DocumentLanguage } from "../../shared/languages";

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

export interface ExportChoice extends ModelOptions {
  /** A stored version instead of the live text. */
  versionId?: string;
  /** A redline: the text drawn as tracked changes against this version (DOCX). */
  againstId?: string;
  /** One section only (in a redline, also a section removed since the base). */
  sectionId?: string;
}

/** Renders (or re-uses) one export. Without `suggestions` it is the agreed text, as a final submission always is. */
export async function exportDocument(
  deps: Pick<Deps, "store" | "rooms" | "clock" | "renderer" | "exportCache">,
  documentId: string,
  format: ExportFormat,
  { versionId, againstId, sectionId, ...asked }: ExportChoice,
): Promise<ExportFile> {
  const options = renderOptions(format, asked);
  const loaded = await loadExportInput(deps, documentId, versionId);
  const base = againstId ? await loadRedlineBase(deps, documentId, againstId, loaded.document.language) : undefined;
  const only = <T extends { id: string }>(outline: T[]) => (sectionId ? outline.filter((entry) => entry.id === sectionId) : outline);
  const input = { ...loaded, outline: only(loaded.outline) };
  if (base) base.outline = only(base.outline);
  if (sectionId && input.outline.length === 0 && (base?.outline.length ?? 0) === 0) throw notFound("section");
  const people = options.suggestions === "tracked" && !base ? await peopleNames(deps) : {};
  const { textId: _key, readState, ...job } = input;
  // No Y.Doc on this thread: the worker builds its own from the state.
  const key = exportKey(input, format, options, people, base?.version.id ?? null);
  const file = await deps.exportCache.get(key, async () => deps.renderer.render({ ...job, state: await readState(), format, options, people, base }));
  return { ...file, contentType: CONTENT_TYPES[format] };
}

/** A redline's base: a stored version of the same document (any other id is not found), named in the file's language. */
async function loadRedlineBase(deps: Pick<Deps, "store">, documentId: string, versionId: string, language: DocumentLanguage): Promise<RedlineBaseState> {
  const version = await deps.store.versions.byId(documentId, versionId);
  if (!version) throw notFound("compareVersion");
  return { state: version.state, outline: JSON.parse(version.outline) as OutlineEntry[], version: { id: version.id, label: exportedLabel(version, language) }, at: version.created_at };
}

export async function exportCommentsMatrix(deps: Pick<Deps, "store" | "rooms" | "clock">, documentId: string, format: MatrixFormat): Promise<ExportFile> {
  return withSource(deps, documentId, undefined, async (source) => {
    const model = buildModel(source, { numbering: true, toc: false });
    const rows = await buildMatrix(deps.store, source, model);
    const words = matrixWords(model.language);
    const body = format === "csv" ? new TextEncoder().encode(renderMatrixCsv(rows, words)) : await renderMatrixDocx(model, rows, words);
    return { body, contentType: CONTENT_TYPES[format], filename: `${slugify(model.title)}-comments-${model.isoDate}.${format}` };
  });
}
