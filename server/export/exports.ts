import type { Deps } from "../deps";
import { buildModel, slugify, type ModelOptions, type RenderModel } from "./model";
import { loadExportSource, type ExportSource } from "./source";
import { renderDocx } from "./docx";
import { renderPdf } from "./pdf";
import { renderHtml } from "./html";
import { renderMarkdown } from "./markdown";
import { buildMatrix, renderMatrixCsv } from "./commentsMatrix";
import { renderMatrixDocx } from "./commentsMatrixDocx";

// The export service: load (live room or stored version), build the render model once, render one format.
// Used by the HTTP routes and the benchmark alike.

export const EXPORT_FORMATS = ["docx", "pdf", "html", "md"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
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

export async function renderFormat(model: RenderModel, format: ExportFormat): Promise<Uint8Array> {
  switch (format) {
    case "docx":
      return renderDocx(model);
    case "pdf":
      return renderPdf(model);
    case "html":
      return new TextEncoder().encode(renderHtml(model));
    case "md":
      return new TextEncoder().encode(renderMarkdown(model));
  }
}

async function withSource<T>(deps: Pick<Deps, "store" | "rooms" | "clock">, documentId: string, versionId: string | undefined, work: (source: ExportSource) => Promise<T>): Promise<T> {
  const source = await loadExportSource(deps, documentId, versionId);
  try {
    return await work(source);
  } finally {
    source.doc.destroy();
  }
}

export async function exportDocument(
  deps: Pick<Deps, "store" | "rooms" | "clock">,
  documentId: string,
  format: ExportFormat,
  options: ModelOptions & { versionId?: string },
): Promise<ExportFile> {
  return withSource(deps, documentId, options.versionId, async (source) => {
    const model = buildModel(source, options);
    return {
      body: await renderFormat(model, format),
      contentType: CONTENT_TYPES[format],
      filename: `${slugify(model.title)}-${model.isoDate}.${format}`,
    };
  });
}

export async function exportCommentsMatrix(deps: Pick<Deps, "store" | "rooms" | "clock">, documentId: string, format: MatrixFormat): Promise<ExportFile> {
  return withSource(deps, documentId, undefined, async (source) => {
    const model = buildModel(source, { numbering: true, toc: false });
    const rows = await buildMatrix(deps.store, source, model);
    const body = format === "csv" ? new TextEncoder().encode(renderMatrixCsv(rows)) : await renderMatrixDocx(model, rows);
    return { body, contentType: CONTENT_TYPES[format], filename: `${slugify(model.title)}-comments-${model.isoDate}.${format}` };
  });
}
