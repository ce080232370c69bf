import { Hono, type Context } from "hono";
import { z } from "zod";
import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";
import type { Deps } from "../../deps";
import type { AppEnv, AuthedEnv } from "../env";
import { actorOf, requireAuth, requireRight } from "../middleware/session";
import { jsonBody, params } from "../validate";
import { AppError, notFound } from "../errors";
import { IdSchema } from "../../../shared/api/users";
import {
  ShareLinkCreateSchema,
  SubmissionCreateSchema,
  SUBMISSION_FORMATS,
  type ChangeSummary,
  type ContributorGroup,
  type ShareLinkView,
  type SharedSubmissionView,
  type SubmissionFileView,
  type SubmissionView,
} from "../../../shared/api/submissions";
import { canReadDocuments, canShareSubmission as canShare, canSubmitPaper as canSubmit } from "../../../shared/rights";
import { submitDocument } from "../../services/submissions";
import { newId } from "../../store/ids";
import type { ShareLinkRow, SubmissionFileSummary, SubmissionRow } from "../../store/submissions";
import type { Repos } from "../../store/store";
import { translatorFor, type Translator } from "../../i18n/translate";
import { GONE_VERSION, labelOf } from "../../services/versionLabels";
import { requestLocale } from "../language";

const DocumentParams = z.object({ id: IdSchema });
const SubmissionParams = z.object({ id: IdSchema, submissionId: IdSchema });
const FileParams = z.object({ id: IdSchema, submissionId: IdSchema, format: z.enum(SUBMISSION_FORMATS) });
const LinkParams = z.object({ id: IdSchema, submissionId: IdSchema, linkId: IdSchema });
const TokenParams = z.object({ token: z.string().min(20).max(128).regex(/^[a-z0-9]+$/, "Not a valid share link.") });
const SharedFileParams = TokenParams.extend({ format: z.enum(SUBMISSION_FORMATS) });

const tokenHash = (token: string) => encodeHexLowerCase(sha256(new TextEncoder().encode(token)));

function presentFiles(files: SubmissionFileSummary[], urlOf: (format: string) => string): SubmissionFileView[] {
  return files.map((f) => ({ format: f.format as SubmissionFileView["format"], filename: f.filename, size: f.size, sha256: f.sha256, url: urlOf(f.format) }));
}

const presentLink = (link: ShareLinkRow): ShareLinkView => ({
  id: link.id,
  label: link.label,
  createdAt: new Date(link.created_at).toISOString(),
  revokedAt: link.revoked_at === null ? null : new Date(link.revoked_at).toISOString(),
});

async function present(repos: Repos, documentId: string, rows: SubmissionRow[], withLinks: boolean, say: Translator): Promise<SubmissionView[]> {
  const ids = rows.map((r) => r.id);
  const [files, links] = await Promise.all([repos.submissions.files(ids), withLinks ? repos.submissions.shareLinks(ids) : Promise.resolve([])]);
  const submitters = await repos.users.people(rows.map((r) => r.submitted_by));
  const bases = new Map<string, string>();
  for (const id of new Set(rows.flatMap((r) => (r.base_version_id ? [r.base_version_id] : [])))) {
    const base = await repos.versions.byId(documentId, id);
    bases.set(id, base ? labelOf(base, say) : say(GONE_VERSION));
  }
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    versionId: r.version_id,
    baseVersion: r.base_version_id ? { id: r.base_version_id, label: bases.get(r.base_version_id)! } : null,
    submittedBy: { id: r.submitted_by, name: submitters.get(r.submitted_by)?.name ?? "Former member" },
    submittedAt: new Date(r.submitted_at).toISOString(),
    note: r.note,
    files: presentFiles(files.filter((f) => f.submission_id === r.id), (format) => `/api/documents/${documentId}/submissions/${r.id}/files/${format}`),
    contributors: JSON.parse(r.contributors) as ContributorGroup[],
    changeSummary: r.change_summary ? (JSON.parse(r.change_summary) as ChangeSummary) : null,
    shareLinks: links.filter((l) => l.submission_id === r.id).map(presentLink),
  }));
}

function sendFile(c: Context, file: { content: Uint8Array; content_type: string; filename: string; sha256: string }) {
  c.header("Content-Disposition", `attachment; filename="${file.filename}"`);
  c.header("X-Content-SHA256", file.sha256);
  c.header("Cache-Control", "private, no-store");
  return c.body(file.content as Uint8Array<ArrayBuffer>, 200, { "Content-Type": file.content_type });
}

/** Final submissions of a document, mounted at /api/documents/:id/submissions. */
export const submissionRoutes = (deps: Deps) => {
  async function submissionOf(documentId: string, submissionId: string) {
    const row = await deps.store.submissions.byId(submissionId);
    if (!row || row.document_id !== documentId) throw notFound("submission");
    return row;
  }

  return new Hono<AuthedEnv>()
    .use(requireAuth)
    .use(requireRight(canReadDocuments))
    .get("/", params(DocumentParams), async (c) => {
      const { id } = c.req.valid("param");
      if (!(await deps.store.documents.byId(id))) throw notFound("document");
      const rows = await deps.store.submissions.forDocument(id);
      return c.json({ submissions: await present(deps.store, id, rows, canShare(actorOf(c.get("user"))), translatorFor(requestLocale(c))) }, 200);
    })
    .post("/", params(DocumentParams), requireRight(canSubmit, "forbidden.submit"), jsonBody(SubmissionCreateSchema), async (c) => {
      const { id } = c.req.valid("param");
      if (!(await deps.store.documents.byId(id))) throw notFound("document");
      const submission = await submitDocument(deps, c.get("user"), id, c.req.valid("json"));
      const [view] = await present(deps.store, id, [submission], true, translatorFor(requestLocale(c)));
      return c.json({ submission: view! }, 201);
    })
    .get("/:submissionId/files/:format", params(FileParams), async (c) => {
      const { id, submissionId, format } = c.req.valid("param");
      await submissionOf(id, submissionId);
      const file = await deps.store.submissions.file(submissionId, format);
      if (!file) throw notFound("file");
      return sendFile(c, file);
    })
    .post("/:submissionId/share-links", params(SubmissionParams), requireRight(canShare, "forbidden.share"), jsonBody(ShareLinkCreateSchema), async (c) => {
      const { id, submissionId } = c.req.valid("param");
      await submissionOf(id, submissionId);
      const bytes = new Uint8Array(24);
      crypto.getRandomValues(bytes);
      const token = encodeBase32LowerCaseNoPadding(bytes);
      const now = deps.clock.now();
      const link: ShareLinkRow = { id: newId(), submission_id: submissionId, token_hash: tokenHash(token), label: c.req.valid("json").label, created_by: c.get("user").id, created_at: now, revoked_at: null };
      await deps.store.submissions.insertShareLink(link);
      await deps.store.audit.record({ at: now, actorId: c.get("user").id, action: "share_link.create", target: link.id, detail: { documentId: id, submissionId, label: link.label } });
      const origin = deps.trustedOrigins[0] ?? new URL(c.req.url).origin;
      return c.json({ link: { ...presentLink(link), url: `${origin}/share/${token}` } }, 201);
    })
    .delete("/:submissionId/share-links/:linkId", params(LinkParams), requireRight(canShare, "forbidden.revokeShare"), async (c) => {
      const { id, submissionId, linkId } = c.req.valid("param");
      await submissionOf(id, submissionId);
      // The link must belong to the submission of the path: the audit entry names that submission.
      const link = (await deps.store.submissions.shareLinks([submissionId])).find((l) => l.id === linkId);
      if (!link) throw notFound("shareLink");
      const now = deps.clock.now();
      if (link.revoked_at !== null || !(await deps.store.submissions.revokeShareLink(linkId, now))) {
        throw new AppError(409, "conflict", "shareLinks.alreadyRevoked");
      }
      await deps.store.audit.record({ at: now, actorId: c.get("user").id, action: "share_link.revoke", target: linkId, detail: { documentId: id, submissionId, label: link.label } });
      return c.json({ ok: true as const }, 200);
    });
};

/** What a share link opens, without an account: mounted at /api/share. */
export const shareRoutes = (deps: Deps) => {
  async function linkOf(token: string) {
    const link = await deps.store.submissions.shareLinkByHash(tokenHash(token));
    if (!link || link.revoked_at !== null) {
      throw new AppError(404, "not_found", "shareLinks.dead");
    }
    const submission = (await deps.store.submissions.byId(link.submission_id))!;
    return { link, submission };
  }

  return new Hono<AppEnv>()
    .get("/:token", params(TokenParams), async (c) => {
      const { token } = c.req.valid("param");
      const { submission } = await linkOf(token);
      const document = await deps.store.documents.byId(submission.document_id);
      const files = await deps.store.submissions.files([submission.id]);
      const view: SharedSubmissionView = {
        documentTitle: document?.title ?? "",
        number: submission.number,
        submittedAt: new Date(submission.submitted_at).toISOString(),
        files: presentFiles(files, (format) => `/api/share/${token}/files/${format}`),
        contributors: JSON.parse(submission.contributors) as ContributorGroup[],
        changeSummary: submission.change_summary ? (JSON.parse(submission.change_summary) as ChangeSummary) : null,
      };
      return c.json({ submission: view }, 200);
    })
    .get("/:token/files/:format", params(SharedFileParams), async (c) => {
      const { token, format } = c.req.valid("param");
      const { submission } = await linkOf(token);
      const file = await deps.store.submissions.file(submission.id, format);
      if (!file) throw notFound("file");
      return sendFile(c, file);
    });
};
