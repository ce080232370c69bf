import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { createMiddleware } from "hono/factory";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AuthedEnv } from "../env";
import { actorOf, requireAuth, requireRight } from "../middleware/session";
import { query } from "../validate";
import { AppError } from "../errors";
import { SlugSchema } from "../../../shared/api/groups";
import type { ApiErrorBody } from "../../../shared/api/errors";
import { canCreateDocuments } from "../../../shared/rights";
import { schema } from "../../../shared/editor/schema";
import { createDocument } from "../../services/documents";
import { IMPORT_LIMITS, importDocx, type ImportedDocument } from "../../import/docx";
import { ImportError } from "../../import/errors";
import type { Repos } from "../../store/store";
import { detail } from "./documents";

/** Where the import answers; the app's 1 MB body limit leaves this one path to the route's own, larger limit. */
export const IMPORT_PATH = "/api/documents/import";
export const DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export const ImportQuerySchema = z.object({
  /** Overrides the title the file gives (its Title paragraph, first Heading 1, or file name). */
  title: z.string().trim().min(1).max(200).optional(),
  /** The group that owns every section until the admin assigns owners. */
  ownerGroup: SlugSchema.optional(),
  /** The file's name, for the title when the file has none and for the description. */
  filename: z.string().trim().min(1).max(255).optional(),
});
export type ImportQuery = z.infer<typeof ImportQuerySchema>;

// The MAG Working Group on Strategy holds the pen on joint papers until the secretariat assigns the sections.
const PREFERRED_OWNER = "strategy";

async function ownerGroupFor(repos: Repos, requested: string | undefined): Promise<string> {
  if (requested !== undefined) {
    if (!(await repos.groups.bySlug(requested))) throw new AppError(400, "validation_failed", `There is no group "${requested}".`);
    return requested;
  }
  if (await repos.groups.bySlug(PREFERRED_OWNER)) return PREFERRED_OWNER;
  const [first] = (await repos.groups.list()).map((group) => group.slug).sort();
  if (!first) throw new AppError(409, "conflict", "There are no groups yet. Create one first: every section needs an owner group.");
  return first;
}

const requireDocx = createMiddleware<AuthedEnv>(async (c, next) => {
  const type = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== DOCX_CONTENT_TYPE) {
    throw new AppError(415, "unsupported_media_type", `Send the .docx file itself as the request body, with Content-Type: ${DOCX_CONTENT_TYPE}.`);
  }
  await next();
});

/**
 * A refusal sent before the upload was read (not signed in, not an admin, wrong type, too large) closes the
 * connection: the rest of the upload may still be on its way and must not be read as the next request.
 */
const closeUnlessRead = createMiddleware(async (c, next) => {
  await next();
  if (c.req.raw.body && !c.req.raw.bodyUsed) c.res.headers.set("Connection", "close");
});

const uploadLimit = bodyLimit({
  maxSize: IMPORT_LIMITS.maxFileBytes,
  onError: (c) => {
    c.header("Connection", "close");
    const body: ApiErrorBody = {
      error: { code: "payload_too_large", message: `The file is larger than ${IMPORT_LIMITS.maxFileBytes / (1024 * 1024)} MB. Remove large pictures from it, or import it in parts.` },
    };
    return c.json(body, 413);
  },
});

/** Starts a document from a Word file: POST /api/documents/import with the .docx as the body. */
export const importRoutes = (deps: Deps) =>
  new Hono<AuthedEnv>()
    .use(closeUnlessRead)
    .post(
      "/",
      requireAuth,
      requireRight(canCreateDocuments, "Only the secretariat creates documents."),
      requireDocx,
      query(ImportQuerySchema),
      uploadLimit,
      async (c) => {
        const options = c.req.valid("query");
        const user = c.get("user");
        const ownerGroup = await ownerGroupFor(deps.store, options.ownerGroup);
        const bytes = new Uint8Array(await c.req.arrayBuffer());
        let imported: ImportedDocument;
        try {
          imported = importDocx(bytes, { filename: options.filename });
        } catch (error) {
          if (error instanceof ImportError) {
            throw error.kind === "too_large" ? new AppError(413, "payload_too_large", error.message) : new AppError(400, "bad_request", error.message);
          }
          // A file that trips the converter is still the file's problem for the admin; the details go to the log.
          deps.log.warn("docx_import_failed", { error: error instanceof Error ? error.stack : String(error), bytes: bytes.length });
          throw new AppError(400, "bad_request", "The file could not be read as a Word document. Open it in Word, save it again as .docx and retry.");
        }
        const now = deps.clock.now();
        const document = await deps.store.transaction(async (tx) => {
          const created = await createDocument(tx, now, user.id, {
            title: options.title ?? imported.title,
            description: options.filename ? `Imported from ${options.filename}` : "Imported from a Word document",
            sections: imported.sections.map((section) => ({
              title: section.title,
              ownerGroup,
              content: section.content ? { doc: schema.nodeFromJSON(section.content) } : [],
            })),
          });
          await tx.audit.record({
            at: now,
            actorId: user.id,
            action: "document.import",
            target: created.id,
            detail: { documentId: created.id, title: created.title, sections: imported.sections.length, warnings: imported.warnings.length },
          });
          return created;
        });
        return c.json(
          {
            document: await detail(deps, document, actorOf(user)),
            import: { sections: imported.sections.length, warnings: imported.warnings },
          },
          201,
        );
      },
    );
