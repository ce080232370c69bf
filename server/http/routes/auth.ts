import { Hono, type Context } from "hono";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Deps } from "../../deps";
import type { AppEnv } from "../env";
import { LoginSchema } from "../../../shared/api/auth";
import { jsonBody } from "../validate";
import { AppError } from "../errors";
import { verifyPassword } from "../../auth/passwords";
import { clearSessionCookie, setSessionCookie } from "../middleware/session";
import { presentMe } from "../presenters";

function clientAddress(c: Context): string {
  // Outside the Node server (app.request in a unit test) there is no socket to ask.
  const env = c.env as { incoming?: unknown } | undefined;
  return env?.incoming ? (getConnInfo(c).remote.address ?? "unknown") : "unknown";
}

function tooMany(retryAfterMs: number): AppError {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return new AppError(
    429,
    "rate_limited",
    `Too many sign-in attempts. Wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again, or ask the secretariat to reset your password.`,
    { retryAfterSeconds: Math.ceil(retryAfterMs / 1000) },
  );
}

export const authRoutes = (deps: Deps) =>
  new Hono<AppEnv>()
    .post("/login", jsonBody(LoginSchema), async (c) => {
      const { email, password } = c.req.valid("json");
      const { perAccount, perAddress } = deps.loginLimits;
      const address = clientAddress(c);
      const wait = Math.max(perAccount.retryAfter(email), perAddress.retryAfter(address));
      if (wait > 0) {
        c.header("Retry-After", String(Math.ceil(wait / 1000)));
        throw tooMany(wait);
      }
      const user = await deps.store.users.byEmail(email);
      const ok = await verifyPassword(user?.password_hash ?? deps.decoyHash, password);
      if (!user || !ok || user.active !== 1) {
        perAccount.fail(email);
        perAddress.fail(address);
        deps.log.info("login_failed", { address });
        throw new AppError(401, "invalid_credentials", "Email or password is not right.");
      }
      perAccount.reset(email);
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
