import * as Y from "yjs";
import type { DocumentRow } from "../store/documents";
import type { OutlineEntry } from "../../shared/api/review";
import { buildModel, slugify, type ModelOptions } from "./model";
import { renderDocx } from "./docx";
import { renderPdf } from "./pdf";
import { renderHtml } from "./html";
import { renderMarkdown } from "./markdown";
import type { PeopleNames } from "./changes";
import { showsTrackedChanges } from "../../shared/api/exports";

// One export as plain data (the document's state as a Yjs update, its row and outline), so it can be rendered
// away from the event loop that serves the live documents (server/export/renderer.ts) or, the same way, in it.

export const EXPORT_FORMATS = ["docx", "pdf", "html", "md"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface RenderJob {
  format: ExportFormat;
  options: ModelOptions;
  /** The text to render: `Y.encodeStateAsUpdate` of a copy of the live doc, or a stored version's state. */
  state: Uint8Array;
  document: DocumentRow;
  outline: OutlineEntry[];
  at: number;
  version: { id: string; label: string } | null;
  /** Names of suggestion authors by user id, for those the document's own record does not name (tracked only). */
  people?: PeopleNames;
  /** A redline's base version: its state and outline; the text above is drawn as tracked changes against it. */
  base?: RedlineBaseState;
}

export interface RedlineBaseState {
  state: Uint8Array;
  outline: OutlineEntry[];
  version: { id: string; label: string };
  at: number;
}

/** The options a format is rendered with: a PDF shows the agreed text whatever is asked (docs/EXPORTS.md). */
export const renderOptions = (format: ExportFormat, options: ModelOptions): ModelOptions =>
  options.suggestions === "tracked" && !showsTrackedChanges(format) ? { ...options, suggestions: "agreed" } : options;

export interface RenderedFile {
  body: Uint8Array;
  /** ASCII: "<slug>-<date>.<ext>". */
  filename: string;
}

async function renderFormat(model: ReturnType<typeof buildModel>, format: ExportFormat): Promise<Uint8Array> {
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

export async function runRenderJob(job: RenderJob): Promise<RenderedFile> {
  const doc = new Y.Doc({ gc: true });
  const baseDoc = job.base ? new Y.Doc({ gc: true }) : null;
  try {
    Y.applyUpdate(doc, job.state);
    if (baseDoc && job.base) Y.applyUpdate(baseDoc, job.base.state);
    const source = { document: job.document, outline: job.outline, doc, at: job.at, version: job.version };
    const base = baseDoc && job.base ? { doc: baseDoc, outline: job.base.outline, version: job.base.version, at: job.base.at } : undefined;
    const model = buildModel(source, renderOptions(job.format, job.options), job.people, base);
    const name = `${slugify(model.title)}-${model.isoDate}${base ? "-redline" : ""}.${job.format}`;
    return { body: await renderFormat(model, job.format), filename: name };
  } finally {
    doc.destroy();
    baseDoc?.destroy();
  }
}
