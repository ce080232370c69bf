import { Hono } from "hono";
import type { IncomingMessage } from "node:http";
import type { Deps } from "../../deps";
import type { AppEnv } from "../env";
import { LoginSchema } from "../../../shared/api/auth";
import { jsonBody } from "../validate";
import { AppError } from "../errors";
import { text, type ServerMessageId, type ServerText } from "../../i18n/translate";
import { verifyPassword } from "../../auth/passwords";
import { clearSessionCookie, setSessionCookie } from "../middleware/session";
import { presentMe } from "../presenters";
import { requestClientAddress } from "../clientAddress";
import type { SignInLimit } from "../../auth/signInLimits";

/** "40 seconds", "3 minutes": the wait, rounded up, in words a person reads. */
function waitInWords(ms: number): ServerText {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 90) return text("auth.wait.seconds", { count: seconds });
  return text("auth.wait.minutes", { count: Math.ceil(seconds / 60) });
}

const TOO_MANY: Record<SignInLimit, ServerMessageId> = {
  pair: "auth.tooMany.pair",
  account: "auth.tooMany.account",
  network: "auth.tooMany.network",
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
        throw new AppError(429, "rate_limited", text(TOO_MANY[attempt.limit], { wait: waitInWords(attempt.retryAfterMs) }), { retryAfterSeconds: seconds });
      }
      const user = await deps.store.users.byEmail(email);
      const ok = await verifyPassword(user?.password_hash ?? deps.decoyHash, password);
      if (!user || !ok || user.active !== 1) {
        deps.log.info("login_failed", { address });
        throw new AppError(401, "invalid_credentials", "auth.wrongPassword");
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
