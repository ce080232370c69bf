import { Hono } from "hono";
import type { IncomingMessage } from "node:http";
import type { Deps } from "../../deps";
import type { AppEnv } from "../env";
import { LoginSchema } from "../../../shared/api/auth";
import { jsonBody } from "../validate";
import { AppError } from "../errors";
import { verifyPassword } from "../../auth/passwords";
import { clearSessionCookie, setSessionCookie } from "../middleware/session";
import { presentMe } from "../presenters";
import { requestClientAddress } from "../clientAddress";
import type { SignInLimit } from "../../auth/signInLimits";

/** "40 seconds", "3 minutes": the wait, rounded up, in words a person reads. */
function waitInWords(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 90) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  return `${Math.ceil(seconds / 60)} minutes`;
}

const TOO_MANY: Record<SignInLimit, (wait: string) => string> = {
  pair: (wait) =>
    `Too many wrong passwords for this account from your connection. Wait ${wait} and try again; if you have forgotten your password, ask the secretariat to reset it.`,
  account: (wait) =>
    `This account has had many wrong passwords from elsewhere, so sign-ins to it from new places are slowed down. Wait ${wait} and try again, or sign in from a network you have used before.`,
  network: (wait) => `Too many failed sign-ins from your network. Wait ${wait} and try again.`,
};

export const authRoutes = (deps: Deps) =>
  new Hono<AppEnv>()
    .post("/login", jsonBody(LoginSchema), async (c) => {
      const { email, password } = c.req.valid("json");
      // Outside the Node server (app.request in a unit test) there is no request socket: the address is unknown.
      const address = requestClientAddress((c.env as { incoming?: IncomingMessage } | undefined)?.incoming, deps.trustedProxies);
      const attempt = await deps.signInLimits.attempt(email, address);
      if (!attempt.allowed) {
        const seconds = Math.ceil(attempt.retryAfterMs / 1000);
        c.header("Retry-After", String(seconds));
        throw new AppError(429, "rate_limited", TOO_MANY[attempt.limit](waitInWords(attempt.retryAfterMs)), { retryAfterSeconds: seconds });
      }
      const user = await deps.store.users.byEmail(email);
      const ok = await verifyPassword(user?.password_hash ?? deps.decoyHash, password);
      if (!user || !ok || user.active !== 1) {
        deps.log.info("login_failed", { address });
        throw new AppError(401, "invalid_credentials", "Email or password is not right.");
      }
      await attempt.succeeded();
      const { token, session } = await deps.sessions.create(user.id);
      setSessionCookie(c, token, session.expires_at);
      await deps.store.audit.record({ at: deps.clock.now(), actorId: user.id, action: "auth.login", target: user.id });
      return c.json({ user: presentMe(user) }, 200);
    })
    .post("/logout", async (c) => {
      const session = c.get("session");
      if (session) {
        await deps.sessions.invalidate(session.id);
        deps.sync.disconnectSession(session.id);
      }
      clearSessionCookie(c);
      return c.json({ ok: true as const }, 200);
    });
