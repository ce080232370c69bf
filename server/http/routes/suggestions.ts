import { Hono } from "hono";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AuthedEnv } from "../env";
import { requireAuth, requireRight } from "../middleware/session";
import { jsonBody, params } from "../validate";
import { notFound } from "../errors";
import { IdSchema } from "../../../shared/api/users";
import { SectionIdParam, SuggestionDecideSchema } from "../../../shared/api/suggestions";
import { canComment } from "../../../shared/rights";
import { decideSuggestions, presentOutcomes } from "../../services/suggestions";

const DocumentParams = z.object({ id: IdSchema });

/** Decisions on suggestions, mounted at /api/documents/:id/suggestions. The suggestions themselves are typed in the editor. */
export const suggestionRoutes = (deps: Deps) =>
  new Hono<AuthedEnv>()
    .use(requireAuth)
    .use(requireRight(canComment))
    .get("/outcomes", params(DocumentParams), async (c) => {
      const { id } = c.req.valid("param");
      if (!(await deps.store.documents.byId(id))) throw notFound("document");
      return c.json({ outcomes: await presentOutcomes(deps.store, await deps.store.suggestionOutcomes.forDocument(id)) }, 200);
    })
    .post("/:sectionId/decide", params(SectionIdParam), jsonBody(SuggestionDecideSchema), async (c) => {
      const { id, sectionId } = c.req.valid("param");
      if (!(await deps.store.documents.section(id, sectionId))) throw notFound("section");
      const result = await decideSuggestions(deps, c.get("user"), id, sectionId, c.req.valid("json"));
      return c.json(result, 200);
    });
