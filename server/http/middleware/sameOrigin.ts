import { createMiddleware } from "hono/factory";
import { AppError } from "../errors";

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses state-changing requests that a browser sends from another site. A browser marks every request with
 * Sec-Fetch-Site or Origin; a request with neither comes from a non-browser client (curl, a script), which
 * cannot carry a victim's cookies, so it passes. The same rule as Go's CrossOriginProtection.
 */
export const sameOrigin = (trustedOrigins: readonly string[] = []) =>
  createMiddleware(async (c, next) => {
    if (SAFE.has(c.req.method)) return next();
    const fetchSite = c.req.header("sec-fetch-site");
    if (fetchSite === "same-origin" || fetchSite === "none") return next();
    const origin = c.req.header("origin");
    if (origin === undefined && fetchSite === undefined) return next();
    if (origin !== undefined && (origin === new URL(c.req.url).origin || originMatchesHost(origin, c.req.header("host")) || trustedOrigins.includes(origin))) {
      return next();
    }
    throw new AppError(403, "forbidden", "This request came from another site and was refused.");
  });

function originMatchesHost(origin: string, host: string | undefined): boolean {
  if (!host || origin === "null") return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
