import { Hono } from "hono";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AuthedEnv } from "../env";
import { requireAuth, requireRight } from "../middleware/session";
import { jsonBody, params, query } from "../validate";
import { notFound } from "../errors";
import { IdSchema } from "../../../shared/api/users";
import { DiffQuerySchema, RestoreSchema, VersionCreateSchema, type VersionDiff, type VersionView } from "../../../shared/api/versions";
import type { OutlineEntry } from "../../../shared/api/review";
import { canNameVersion, canReadDocuments } from "../../../shared/rights";
import { createVersion } from "../../services/versions";
import { diffSnapshots, snapshotOf, type TextSnapshot } from "../../services/diff";
import { outlineOf } from "../../services/outline";
import { restoreVersion } from "../../services/restore";
import { translatorFor, type Translator } from "../../i18n/translate";
import { CURRENT_TEXT, labelOf } from "../../services/versionLabels";
import { requestLocale } from "../language";
import type { VersionSummaryRow } from "../../store/review";
import type { Repos } from "../../store/store";

const DocumentParams = z.object({ id: IdSchema });
const VersionParams = z.object({ id: IdSchema, versionId: IdSchema });

/** Versions as the reader sees them: the server's names in the reader's language, people's as they typed them. */
async function present(repos: Repos, rows: VersionSummaryRow[], say: Translator): Promise<VersionView[]> {
  const authors = await repos.users.people(rows.map((r) => r.author_id ?? ""));
  return rows.map((r) => ({
    id: r.id,
    label: labelOf(r, say),
    kind: r.kind,
    author: r.author_id ? { id: r.author_id, name: authors.get(r.author_id)?.name ?? "Former member" } : null,
    createdAt: new Date(r.created_at).toISOString(),
  }));
}

/** Versions of a document, mounted at /api/documents/:id/versions. */
export const versionRoutes = (deps: Deps) => {
  async function versionOf(documentId: string, versionId: string) {
    const version = await deps.store.versions.byId(documentId, versionId);
    if (!version) throw notFound("version");
    return version;
  }
  async function currentSnapshot(documentId: string): Promise<TextSnapshot> {
    const outline = await outlineOf(deps.store, documentId);
    return deps.rooms.withRoom(documentId, async (room) => {
      await room.whenFlushed();
      return snapshotOf(room.doc, outline);
    });
  }

  return new Hono<AuthedEnv>()
    .use(requireAuth)
    .use(requireRight(canReadDocuments))
    .get("/", params(DocumentParams), async (c) => {
      const { id } = c.req.valid("param");
      if (!(await deps.store.documents.byId(id))) throw notFound("document");
      return c.json({ versions: await present(deps.store, await deps.store.versions.list(id), translatorFor(requestLocale(c))) }, 200);
    })
    .post("/", params(DocumentParams), requireRight(canNameVersion, "forbidden.saveVersion"), jsonBody(VersionCreateSchema), async (c) => {
      const { id } = c.req.valid("param");
      const { label } = c.req.valid("json");
      const user = c.get("user");
      if (!(await deps.store.documents.byId(id))) throw notFound("document");
      const version = await createVersion(deps, id, { label, kind: "manual", authorId: user.id });
      await deps.store.audit.record({ at: deps.clock.now(), actorId: user.id, action: "version.create", target: version.id, detail: { documentId: id, label } });
      const [view] = await present(deps.store, [version], translatorFor(requestLocale(c)));
      return c.json({ version: view! }, 201);
    })
    .get("/:versionId/diff", params(VersionParams), query(DiffQuerySchema), async (c) => {
      const { id, versionId } = c.req.valid("param");
      const { against } = c.req.valid("query");
      const say = translatorFor(requestLocale(c));
      const from = await versionOf(id, versionId);
      const older = snapshotOf(from.state, JSON.parse(from.outline) as OutlineEntry[]);
      let newer: TextSnapshot;
      let to: VersionDiff["to"];
      if (against === "current") {
        newer = await currentSnapshot(id);
        to = { id: "current", label: say(CURRENT_TEXT), createdAt: new Date(deps.clock.now()).toISOString() };
      } else {
        const other = await versionOf(id, against);
        newer = snapshotOf(other.state, JSON.parse(other.outline) as OutlineEntry[]);
        to = { id: other.id, label: labelOf(other, say), createdAt: new Date(other.created_at).toISOString() };
      }
      const sections = diffSnapshots(older, newer);
      const diff: VersionDiff = {
        from: { id: from.id, label: labelOf(from, say), createdAt: new Date(from.created_at).toISOString() },
        to,
        sections,
        summary: {
          changedSections: sections.filter((s) => s.change !== "unchanged").length,
          insertedWords: sections.reduce((n, s) => n + s.insertedWords, 0),
          deletedWords: sections.reduce((n, s) => n + s.deletedWords, 0),
        },
      };
      return c.json({ diff }, 200);
    })
    .post("/:versionId/restore", params(VersionParams), jsonBody(RestoreSchema), async (c) => {
      const { id, versionId } = c.req.valid("param");
      const { sectionId } = c.req.valid("json");
      const result = await restoreVersion(deps, c.get("user"), id, await versionOf(id, versionId), sectionId, translatorFor(requestLocale(c)));
      return c.json({ result }, 200);
    });
};
