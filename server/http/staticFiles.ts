import type { Hono, MiddlewareHandler } from "hono";
import { compress } from "hono/compress";
import { serveStatic } from "@hono/node-server/serve-static";
import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import type { AppEnv } from "./env";

// The built client (dist/client): files compressed at build time (scripts/precompress.ts), cached for a year when
// their name carries a content hash and revalidated otherwise, with index.html for every client route.

/** `/assets/<name>-<hash>.<ext>`: Vite names its output after the content, so a deploy never changes such a file. */
const HASHED_ASSET = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8,}(?:\.[A-Za-z0-9]+)+$/;
export const IMMUTABLE = "public, max-age=31536000, immutable";
/** Stored, but asked again each time: the next deploy's index.html (naming the next hashes) is seen at once. */
export const REVALIDATE = "no-cache";
/** The compressed copies are variants of a file, not resources of their own. */
const VARIANT = /\.(?:br|gz)$/;
const ACCEPT_ENCODING_IN_VARY = /(?:^|,)\s*accept-encoding\s*(?:,|$)/i;

/** The API and the collaboration socket keep their own headers: nothing here touches them. */
function isServerPath(path: string): boolean {
  return path === "/api" || path.startsWith("/api/") || path === "/collab" || path.startsWith("/collab/");
}

function clientOnly(middleware: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> {
  return (c, next) => (isServerPath(c.req.path) ? next() : middleware(c, next));
}

/** Cache-Control by what the file is, and Vary on every answer, since any of them may have compressed variants. */
const cachingHeaders: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  const hashed = HASHED_ASSET.test(c.req.path) && (c.res.status === 200 || c.res.status === 206);
  c.header("Cache-Control", hashed ? IMMUTABLE : REVALIDATE);
  const vary = c.res.headers.get("Vary");
  if (vary !== "*" && !(vary && ACCEPT_ENCODING_IN_VARY.test(vary))) {
    c.header("Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
  }
};

/**
 * Serves the built client after the API. serveStatic's `precompressed` sends `<file>.br` or `<file>.gz` when the
 * request's Accept-Encoding names `br` (preferred) or `gzip`, with Content-Encoding and the original Content-Type.
 * It reads Accept-Encoding as a plain list, so a request with weights (`gzip;q=1.0`) gets the plain file; Hono's
 * compress then compresses it on the fly, as it does any text file the build left uncompressed.
 */
export function mountClient(app: Hono<AppEnv>, clientDir: string): void {
  const indexPath = join(clientDir, "index.html");
  if (!existsSync(indexPath)) {
    throw new Error(`The client is not built: ${indexPath} is missing. Run "npm run build" first.`);
  }
  // serveStatic takes a root relative to the working directory.
  const root = relative(process.cwd(), clientDir) || ".";
  const files = serveStatic<AppEnv>({ root, precompressed: true });
  const indexPage = serveStatic<AppEnv>({ root, path: "index.html", precompressed: true });

  app.use("*", clientOnly(cachingHeaders));
  app.use("*", clientOnly(compress()));
  app.use("*", clientOnly(async (c, next) => (VARIANT.test(c.req.path) ? c.notFound() : next())));
  app.use("*", clientOnly(files));
  // A missing chunk (an old page after a deploy) is an error, not the app's page sent as JavaScript.
  app.get("/assets/*", (c) => c.notFound());
  // Any other page is a client route: the app decides what to show.
  const clientRoute: MiddlewareHandler<AppEnv> = async (c, next) =>
    isServerPath(c.req.path) ? c.notFound() : indexPage(c, next);
  app.get("*", clientRoute);
}
