import { createMiddleware } from "hono/factory";
import { AppError } from "../errors";

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Whether a state-changing request (or a WebSocket upgrade) may proceed. A browser marks every such request
 * with Sec-Fetch-Site or Origin; a request with neither comes from a non-browser client (curl, a script), which
 * cannot carry a victim's cookies, so it passes. The same rule as Go's CrossOriginProtection.
 */
export function originAllowed(
  origin: string | undefined,
  fetchSite: string | undefined,
  host: string | undefined,
  trustedOrigins: readonly string[],
): boolean {
  if (fetchSite === "same-origin" || fetchSite === "none") return true;
  if (origin === undefined) return fetchSite === undefined;
  if (trustedOrigins.includes(origin)) return true;
  if (!host || origin === "null") return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export const sameOrigin = (trustedOrigins: readonly string[] = []) =>
  createMiddleware(async (c, next) => {
    if (SAFE.has(c.req.method)) return next();
    if (originAllowed(c.req.header("origin"), c.req.header("sec-fetch-site"), c.req.header("host"), trustedOrigins)) return next();
    throw new AppError(403, "forbidden", "request.otherSite");
  });
