import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { createMiddleware } from "hono/factory";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AuthedEnv } from "../env";
import { actorOf, requireAuth, requireRight } from "../middleware/session";
import { query } from "../validate";
import { AppError } from "../errors";
import { readStoredText, storeText, text, translate, translatorFor } from "../../i18n/translate";
import { requestLocale } from "../language";
import { SlugSchema } from "../../../shared/api/groups";
import type { ApiErrorBody, ErrorCode } from "../../../shared/api/errors";
import { canCreateDocuments } from "../../../shared/rights";
import { schema } from "../../../shared/editor/schema";
import { createDocument } from "../../services/documents";
import { IMPORT_LIMITS, type ImportedDocument } from "../../import/docx";
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
    if (!(await repos.groups.bySlug(requested))) throw new AppError(400, "validation_failed", text("groups.noSuch", { slug: requested }));
    return requested;
  }
  if (await repos.groups.bySlug(PREFERRED_OWNER)) return PREFERRED_OWNER;
  const [first] = (await repos.groups.list()).map((group) => group.slug).sort();
  if (!first) throw new AppError(409, "conflict", "import.noGroups");
  return first;
}

const requireDocx = createMiddleware<AuthedEnv>(async (c, next) => {
  const type = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== DOCX_CONTENT_TYPE) {
    throw new AppError(415, "unsupported_media_type", text("import.sendDocx", { contentType: DOCX_CONTENT_TYPE }));
  }
  await next();
});

/**
 * A refusal sent before the upload was read (not signed in, not an admin, wrong type, too large, another import
 * in flight) closes the connection: the rest of the upload may still be on its way and must not be read as the next
 * request. The answer is written before the close, and clients read it although they were still sending (Chromium:
 * test/browser/importRefusals.test.ts; fetch: importFiles.test.ts).
 */
const closeUnlessRead = createMiddleware(async (c, next) => {
  await next();
  if (c.req.raw.body && !c.req.raw.bodyUsed) c.res.headers.set("Connection", "close");
});

/** Reading a large file takes seconds: asking again sooner only meets the same answer. */
const RETRY_AFTER_SECONDS = 10;

/**
 * One import in flight per user, from the first byte of the upload to the document made: the worker reads one
 * file at a time for everyone. Refused before the upload is read, so a second upload costs nothing.
 */
const oneImportAtATime = (deps: Deps) =>
  createMiddleware<AuthedEnv>(async (c, next) => {
    const filename = c.req.query("filename");
    const refuse = (busyWith: string) => {
      c.header("Retry-After", String(RETRY_AFTER_SECONDS));
      const job = readStoredText(busyWith, text("jobs.another"));
      return new AppError(429, "rate_limited", text("import.busy", { job }), { retryAfterSeconds: RETRY_AFTER_SECONDS });
    };
    const what = filename ? text("import.job.named", { name: filename }) : text("import.job.unnamed");
    await deps.perUser.imports.run(c.get("user").id, storeText(what), refuse, () => next());
  });

const IMPORT_ERRORS: Record<ImportError["kind"], [status: 400 | 413 | 500 | 503, code: ErrorCode]> = {
  too_large: [413, "payload_too_large"],
  unreadable: [400, "bad_request"],
  busy: [503, "unavailable"],
  stopped: [500, "internal"],
};

const uploadLimit = bodyLimit({
  maxSize: IMPORT_LIMITS.maxFileBytes,
  onError: (c) => {
    c.header("Connection", "close");
    const said = text("import.fileTooLarge", { megabytes: String(IMPORT_LIMITS.maxFileBytes / (1024 * 1024)) });
    const body: ApiErrorBody = { error: { code: "payload_too_large", message: translate(requestLocale(c), said) } };
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
      requireRight(canCreateDocuments, "forbidden.createDocuments"),
      requireDocx,
      query(ImportQuerySchema),
      oneImportAtATime(deps),
      uploadLimit,
      async (c) => {
        const options = c.req.valid("query");
        const user = c.get("user");
        const say = translatorFor(requestLocale(c));
        const ownerGroup = await ownerGroupFor(deps.store, options.ownerGroup);
        const bytes = new Uint8Array(await c.req.arrayBuffer());
        let imported: ImportedDocument;
        try {
          imported = await deps.importer.read({ bytes, filename: options.filename });
        } catch (error) {
          if (!(error instanceof ImportError)) throw error;
          const [status, code] = IMPORT_ERRORS[error.kind];
          throw new AppError(status, code, error.text);
        }
        const now = deps.clock.now();
        const document = await deps.store.transaction(async (tx) => {
          const created = await createDocument(tx, now, user.id, {
            title: options.title ?? imported.title,
            description: say(options.filename ? text("import.description.named", { filename: options.filename }) : text("import.description.unnamed")),
            sections: imported.sections.map((section) => ({
              title: section.title,
              ownerGroup,
              content: section.content ? { doc: schema.nodeFromJSON(section.content) } : [],
              language: section.language,
            })),
            language: imported.language,
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
            import: { sections: imported.sections.length, warnings: imported.warnings.map(say) },
          },
          201,
        );
      },
    );
