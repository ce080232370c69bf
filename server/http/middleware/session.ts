import { createMiddleware } from "hono/factory";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { Context } from "hono";
import type { AppEnv, AuthedEnv } from "../env";
import { SESSION_COOKIE, type SessionManager } from "../../auth/sessions";
import { unauthenticated, forbidden } from "../errors";
import type { Actor } from "../../../shared/rights";
import type { ServerMessageId } from "../../i18n/translate";
import type { UserWithGroups } from "../../store/users";

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Secure everywhere except plain http to this machine, where browsers would drop a Secure cookie. */
export function cookieIsSecure(c: Context): boolean {
  const url = new URL(c.req.url);
  return !(url.protocol === "http:" && LOOPBACK.has(url.hostname));
}

export function setSessionCookie(c: Context, token: string, expiresAt: number): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "Lax",
    secure: cookieIsSecure(c),
    path: "/",
    expires: new Date(expiresAt),
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: "/", secure: cookieIsSecure(c), httpOnly: true, sameSite: "Lax" });
}

/** Reads the session cookie on every request; a bad or expired one is cleared, never an error by itself. */
export const loadSession = (sessions: SessionManager) =>
  createMiddleware<AppEnv>(async (c, next) => {
    c.set("user", null);
    c.set("session", null);
    const token = getCookie(c, SESSION_COOKIE);
    if (token) {
      const valid = await sessions.validate(token);
      if (valid) {
        c.set("user", valid.user);
        c.set("session", valid.session);
        if (valid.refreshed) setSessionCookie(c, token, valid.session.expires_at);
      } else {
        clearSessionCookie(c);
      }
    }
    await next();
  });

export const requireAuth = createMiddleware<AuthedEnv>(async (c, next) => {
  if (!c.get("user")) throw unauthenticated();
  await next();
});

export function actorOf(user: UserWithGroups): Actor {
  return { id: user.id, role: user.role, active: user.active === 1, groupIds: user.groups.map((g) => g.id) };
}

/** Refuses unless the signed-in user passes a rule from shared/rights. */
export const requireRight = (rule: (actor: Actor) => boolean, message?: ServerMessageId) =>
  createMiddleware<AuthedEnv>(async (c, next) => {
    if (!rule(actorOf(c.get("user")))) throw forbidden(message);
    await next();
  });
