import { Hono } from "hono";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AuthedEnv } from "../env";
import { actorOf, requireAuth, requireRight } from "../middleware/session";
import { jsonBody, params } from "../validate";
import { notFound } from "../errors";
import { IdSchema } from "../../../shared/api/users";
import { DocumentCreateSchema, DocumentUpdateSchema, type DocumentDetail, type DocumentSummary } from "../../../shared/api/documents";
import { canCreateDocuments, canManageOutline, canReadDocuments, type Actor } from "../../../shared/rights";
import { presentSection, iso } from "../presenters";
import { createDocument } from "../../services/documents";
import { publishDocumentLanguage } from "../../services/outline";
import { loadDocumentState, sectionsContent } from "../../collab/documentState";
import type { Repos } from "../../store/store";
import type { DocumentRow } from "../../store/documents";

const DocumentParams = z.object({ id: IdSchema });

async function summarize(repos: Repos, documents: DocumentRow[], actor: Actor): Promise<DocumentSummary[]> {
  const sections = await repos.documents.sections(documents.map((d) => d.id));
  const groups = new Map((await repos.groups.list()).map((g) => [g.id, g]));
  return documents.map((document) => {
    const own = sections.filter((s) => s.document_id === document.id);
    return {
      id: document.id,
      title: document.title,
      description: document.description,
      language: document.language,
      updatedAt: iso(document.updated_at),
      sectionCount: own.length,
      approvedCount: own.filter((s) => s.status === "approved").length,
      sections: own.map((s) => presentSection(s, groups.get(s.owner_group_id)!, actor)),
    };
  });
}

export async function detail(deps: Deps, document: DocumentRow, actor: Actor): Promise<DocumentDetail> {
  const [summary] = await summarize(deps.store, [document], actor);
  // An open document is read from its room (once what it holds is stored); otherwise from storage.
  const room = deps.rooms.loaded(document.id);
  // Wait briefly for what it holds to be stored; never hang a read on a failing disk.
  if (room) await Promise.race([room.whenFlushed(), new Promise((resolve) => setTimeout(resolve, 2000))]);
  const state = room?.doc ?? (await loadDocumentState(deps.store, document.id));
  const content = sectionsContent(state, summary!.sections.map((s) => s.id));
  const result: DocumentDetail = {
    ...summary!,
    createdAt: iso(document.created_at),
    sections: summary!.sections.map((s) => ({ ...s, content: content.get(s.id)! })),
  };
  if (!room) state.destroy();
  return result;
}

export const documentRoutes = (deps: Deps) =>
  new Hono<AuthedEnv>()
    .use(requireAuth)
    .use(requireRight(canReadDocuments))
    .get("/", async (c) => {
      const documents = await summarize(deps.store, await deps.store.documents.list(), actorOf(c.get("user")));
      return c.json({ documents }, 200);
    })
    .post("/", requireRight(canCreateDocuments, "forbidden.createDocuments"), jsonBody(DocumentCreateSchema), async (c) => {
      const input = c.req.valid("json");
      const user = c.get("user");
      const now = deps.clock.now();
      const document = await deps.store.transaction(async (tx) => {
        const created = await createDocument(tx, now, user.id, {
          title: input.title,
          description: input.description,
          sections: input.sections.map((s) => ({ title: s.title, ownerGroup: s.ownerGroup, content: s.text })),
          language: input.language,
        });
        await tx.audit.record({ at: now, actorId: user.id, action: "document.create", target: created.id, detail: { documentId: created.id, title: created.title } });
        return created;
      });
      return c.json({ document: await detail(deps, document, actorOf(user)) }, 201);
    })
    .get("/:id", params(DocumentParams), async (c) => {
      const document = await deps.store.documents.byId(c.req.valid("param").id);
      if (!document) throw notFound("document");
      return c.json({ document: await detail(deps, document, actorOf(c.get("user"))) }, 200);
    })
    // A document's settings: those who manage its outline (the secretariat and chairs) set its language too.
    .patch(
      "/:id",
      params(DocumentParams),
      requireRight(canManageOutline, "forbidden.documentSettings"),
      jsonBody(DocumentUpdateSchema),
      async (c) => {
        const { id } = c.req.valid("param");
        const patch = c.req.valid("json");
        const user = c.get("user");
        const now = deps.clock.now();
        const document = await deps.store.transaction(async (tx) => {
          const before = await tx.documents.byId(id);
          if (!before) throw notFound("document");
          await tx.documents.update(id, { language: patch.language }, now);
          await tx.audit.record({
            at: now,
            actorId: user.id,
            action: "document.update",
            target: id,
            detail: { documentId: id, language: patch.language, fromLanguage: before.language },
          });
          return (await tx.documents.byId(id))!;
        });
        await publishDocumentLanguage(deps.rooms, id, document.language, user.id);
        return c.json({ document: await detail(deps, document, actorOf(user)) }, 200);
      },
    );
