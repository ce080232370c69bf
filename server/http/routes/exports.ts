import { Hono, type Context } from "hono";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AuthedEnv } from "../env";
import { requireAuth, requireRight } from "../middleware/session";
import { params, query } from "../validate";
import { IdSchema } from "../../../shared/api/users";
import { canReadDocuments } from "../../../shared/rights";
import { EXPORT_FORMATS, MATRIX_FORMATS, exportCommentsMatrix, exportDocument, type ExportFile } from "../../export/exports";

const DocumentParams = z.object({ id: IdSchema });
const Flag = z.enum(["1", "0"], { message: "Use 1 or 0." }).default("1").transform((value) => value === "1");

export const ExportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS, { message: `Choose a format: ${EXPORT_FORMATS.join(", ")}.` }),
  version: IdSchema.optional(),
  toc: Flag,
  numbering: Flag,
});

export const CommentsMatrixQuerySchema = z.object({
  format: z.enum(MATRIX_FORMATS, { message: `Choose a format: ${MATRIX_FORMATS.join(", ")}.` }).default("csv"),
});

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
      const { format, version, toc, numbering } = c.req.valid("query");
      return download(c, await exportDocument(deps, id, format, { versionId: version, toc, numbering }));
    });

/** The comments matrix of a document, mounted at /api/documents/:id/comments-matrix. */
export const commentsMatrixRoutes = (deps: Deps) =>
  new Hono<AuthedEnv>()
    .use(requireAuth)
    .use(requireRight(canReadDocuments))
    .get("/", params(DocumentParams), query(CommentsMatrixQuerySchema), async (c) => {
      const { id } = c.req.valid("param");
      return download(c, await exportCommentsMatrix(deps, id, c.req.valid("query").format));
    });
