import { Hono, type Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { bodyLimit } from "hono/body-limit";
import { secureHeaders } from "hono/secure-headers";
import type { Deps } from "./deps";
import type { AppEnv } from "./http/env";
import { AppError } from "./http/errors";
import { requestLocale } from "./http/language";
import { text, translate, type ServerText } from "./i18n/translate";
import { mountClient } from "./http/staticFiles";
import { loadSession } from "./http/middleware/session";
import { sameOrigin } from "./http/middleware/sameOrigin";
import { authRoutes } from "./http/routes/auth";
import { meRoutes } from "./http/routes/me";
import { documentRoutes } from "./http/routes/documents";
import { userRoutes } from "./http/routes/users";
import { groupRoutes } from "./http/routes/groups";
import { invitationRoutes } from "./http/routes/invitations";
import { outlineRoutes } from "./http/routes/outline";
import { threadRoutes } from "./http/routes/threads";
import { amendmentRoutes } from "./http/routes/amendments";
import { suggestionRoutes } from "./http/routes/suggestions";
import { inboxRoutes } from "./http/routes/inbox";
import { reviewRoutes } from "./http/routes/review";
import { activityRoutes } from "./http/routes/activity";
import { commentsMatrixRoutes, exportRoutes } from "./http/routes/exports";
import { versionRoutes } from "./http/routes/versions";
import { shareRoutes, submissionRoutes } from "./http/routes/submissions";
import { IMPORT_PATH, importRoutes } from "./http/routes/import";
import type { ApiErrorBody } from "../shared/api/errors";
import type { SiteInfo } from "../shared/api/site";

export const MAX_BODY_BYTES = 1024 * 1024;

export interface AppOptions {
  /** The built client (dist/client) to serve with a fallback to index.html; omitted in API-only tests. */
  clientDir?: string;
}

/** The one shape of every failure: the stable code, and the message in the request's language. */
function errorBody(c: Context<AppEnv>, code: ApiErrorBody["error"]["code"], said: ServerText, details?: unknown): ApiErrorBody {
  const message = translate(requestLocale(c), said);
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

function createApi(deps: Deps) {
  const apiBodyLimit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    // Answered before the rest of the body is read, so the connection cannot be reused for another request.
    onError: (c) => {
      c.header("Connection", "close");
      return c.json(errorBody(c, "payload_too_large", text("request.tooLarge", { kilobytes: String(MAX_BODY_BYTES / 1024) })), 413);
    },
  });
  return new Hono<AppEnv>()
    .basePath("/api")
    // A Word file to import may be larger: that one route checks the session first, then applies its own limit.
    .use((c, next) => (c.req.method === "POST" && c.req.path === IMPORT_PATH ? next() : apiBodyLimit(c, next)))
    .use(sameOrigin(deps.trustedOrigins))
    .use(loadSession(deps.sessions))
    .get("/health", async (c) => {
      const database = await deps.store.ping();
      const collab = deps.rooms.stats();
      // Redis away: every instance serves and stores, but each one's people see the others' typing only after it
      // is back (or at the next check of the log).
      const redis = deps.cluster.health();
      const serving = database && collab.storageErrors.length === 0;
      const healthy = serving && redis !== "down";
      return c.json(
        {
          status: healthy ? ("ok" as const) : ("degraded" as const),
          database: database ? ("ok" as const) : ("unreachable" as const),
          /** "off" for one process (no REDIS_URL). */
          redis,
          /** Which instance answered (its name on Redis, penholder-<instance>). */
          instance: deps.cluster.instanceId,
          openDocuments: collab.openDocuments,
          connections: collab.connections,
          // Documents whose latest changes are held in memory because storing them failed (retrying).
          unsavedDocuments: collab.storageErrors,
        },
        // A load balancer keeps sending people to an instance that serves and stores, Redis or not.
        serving ? 200 : 503,
      );
    })
    // Public: the accessibility statement reads it before anyone signs in.
    .get("/site", (c) => c.json(deps.site satisfies SiteInfo, 200))
    .route("/auth", authRoutes(deps))
    .route("/me", meRoutes(deps))
    .route("/documents/:id/sections", outlineRoutes(deps))
    .route("/documents/:id/threads", threadRoutes(deps))
    .route("/documents/:id/amendments", amendmentRoutes(deps))
    .route("/documents/:id/suggestions", suggestionRoutes(deps))
    .route("/documents/:id/versions", versionRoutes(deps))
    .route("/documents/:id/submissions", submissionRoutes(deps))
    .route("/documents/:id/export", exportRoutes(deps))
    .route("/documents/:id/comments-matrix", commentsMatrixRoutes(deps))
    .route("/documents/import", importRoutes(deps))
    .route("/documents", documentRoutes(deps))
    .route("/inbox", inboxRoutes(deps))
    .route("/share", shareRoutes(deps))
    .route("/review-queue", reviewRoutes(deps))
    .route("/", activityRoutes(deps))
    .route("/users", userRoutes(deps))
    .route("/groups", groupRoutes(deps))
    .route("/invitations", invitationRoutes(deps));
}

export type AppType = ReturnType<typeof createApi>;

export function createApp(deps: Deps, options: AppOptions = {}): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        connectSrc: ["'self'", "ws:", "wss:"],
        imgSrc: ["'self'", "data:"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
      },
    }),
  );
  app.route("/", createApi(deps));

  app.onError((error, c) => {
    if (error instanceof AppError) return c.json(errorBody(c, error.code, error.text, error.details), error.status);
    if (error instanceof HTTPException) {
      const status = error.status;
      const code = status === 413 ? "payload_too_large" : status === 401 ? "unauthenticated" : "bad_request";
      // Hono's own refusals (a body that is not JSON) are said in our words; others have no sentence for people.
      const said = /malformed json/i.test(error.message) ? text("request.badJson") : text("request.unreadable");
      return c.json(errorBody(c, code, said), status);
    }
    deps.log.error("unhandled_error", { method: c.req.method, path: c.req.path, error: error instanceof Error ? error.stack : String(error) });
    return c.json(errorBody(c, "internal", text("server.internal")), 500);
  });

  app.notFound((c) => {
    if (c.req.path === "/api" || c.req.path.startsWith("/api/")) {
      return c.json(errorBody(c, "not_found", text("api.noRoute", { method: c.req.method, path: c.req.path })), 404);
    }
    return c.json(errorBody(c, "not_found", text("api.notFound")), 404);
  });

  if (options.clientDir) mountClient(app, options.clientDir);
  return app;
}
