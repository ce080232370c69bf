import { Hono, type Context } from "hono";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AuthedEnv } from "../env";
import { requireAuth, requireRight } from "../middleware/session";
import { params, query } from "../validate";
import { IdSchema } from "../../../shared/api/users";
import { canReadDocuments } from "../../../shared/rights";
import { AppError, notFound } from "../errors";
import { readStoredText, storeText, text, type ServerText } from "../../i18n/translate";
import { EXPORT_FORMATS, MATRIX_FORMATS, exportCommentsMatrix, exportDocument, type ExportFile, type ExportFormat } from "../../export/exports";
import { EXPORT_SUGGESTIONS, REDLINE_FORMAT, showsTrackedChanges, TRACKED_FORMATS } from "../../../shared/api/exports";

const DocumentParams = z.object({ id: IdSchema });
const Flag = z.enum(["1", "0"], { message: "Use 1 or 0." }).default("1").transform((value) => value === "1");

export const ExportQuerySchema = z
  .object({
    format: z.enum(EXPORT_FORMATS, { message: `Choose a format: ${EXPORT_FORMATS.join(", ")}.` }),
    version: IdSchema.optional(),
    toc: Flag,
    numbering: Flag,
    suggestions: z.enum(EXPORT_SUGGESTIONS, { message: `Choose how suggestions are shown: ${EXPORT_SUGGESTIONS.join(" or ")}.` }).default("agreed"),
    against: IdSchema.optional(),
    section: IdSchema.optional(),
  })
  // Said rather than quietly ignored: a PDF asked for tracked changes would look like one that has none.
  .refine((query) => query.suggestions === "agreed" || showsTrackedChanges(query.format), {
    path: ["suggestions"],
    message: `Tracked changes are in ${TRACKED_FORMATS.join(", ")} exports; a PDF shows the agreed text.`,
  })
  .refine((query) => query.against === undefined || query.format === REDLINE_FORMAT, {
    path: ["against"],
    message: "Changes against a version are shown in a Word file: use format=docx.",
  })
  .refine((query) => query.against === undefined || query.suggestions === "agreed", {
    path: ["suggestions"],
    message: "Changes against a version compare agreed texts; open suggestions are not shown in them.",
  });

export const CommentsMatrixQuerySchema = z.object({
  format: z.enum(MATRIX_FORMATS, { message: `Choose a format: ${MATRIX_FORMATS.join(", ")}.` }).default("csv"),
});

/** A render takes seconds: asking again sooner only meets the same answer. */
const RETRY_AFTER_SECONDS = 5;

/**
 * Makes the export unless this user has one in flight already (waiting for the worker or rendering): the worker
 * renders for everyone one at a time, so one person's sixty exports must not make everyone else's wait or fail.
 */
async function oneExportAtATime(deps: Deps, c: Context<AuthedEnv>, documentId: string, what: (title: string) => ServerText, work: () => Promise<ExportFile>) {
  const document = await deps.store.documents.byId(documentId);
  if (!document) throw notFound("document");
  const refuse = (busyWith: string) => {
    c.header("Retry-After", String(RETRY_AFTER_SECONDS));
    const job = readStoredText(busyWith, text("jobs.another"));
    return new AppError(429, "rate_limited", text("exports.busy", { job }), { retryAfterSeconds: RETRY_AFTER_SECONDS });
  };
  return download(c, await deps.perUser.exports.run(c.get("user").id, storeText(what(document.title)), refuse, work));
}

function download(c: Context, file: ExportFile) {
  return c.body(file.body as Uint8Array<ArrayBuffer>, 200, {
    "Content-Type": file.contentType,
    "Content-Disposition": `attachment; filename="${file.filename}"`,
    // The text of an unpublished paper: never kept by a shared cache.
    "Cache-Control": "private, no-store",
  });
}

/** Files rendered on the server from the document, mounted at /api/documents/:id/export. */
export const exportRoutes = (deps: Deps) =>
  new Hono<AuthedEnv>()
    .use(requireAuth)
    .use(requireRight(canReadDocuments))
    .get("/", params(DocumentParams), query(ExportQuerySchema), async (c) => {
      const { id } = c.req.valid("param");
      const { format, version, toc, numbering, suggestions, against, section } = c.req.valid("query");
      const changes = against ? "against" : suggestions === "tracked" ? "tracked" : "none";
      const what = (title: string) => text("exports.job.document", { title, format, changes });
      return oneExportAtATime(deps, c, id, what, () => exportDocument(deps, id, format, { versionId: version, toc, numbering, suggestions, againstId: against, sectionId: section }));
    });

/** The comments matrix of a document, mounted at /api/documents/:id/comments-matrix. */
export const commentsMatrixRoutes = (deps: Deps) =>
  new Hono<AuthedEnv>()
    .use(requireAuth)
    .use(requireRight(canReadDocuments))
    .get("/", params(DocumentParams), query(CommentsMatrixQuerySchema), async (c) => {
      const { id } = c.req.valid("param");
      const { format } = c.req.valid("query");
      return oneExportAtATime(deps, c, id, (title) => text("exports.job.matrix", { title }), () => exportCommentsMatrix(deps, id, format));
    });
