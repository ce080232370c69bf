import { sha256 } from "@oslojs/crypto/sha2";
import { constantTimeEqual } from "@oslojs/crypto/subtle";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase, decodeHex } from "@oslojs/encoding";
import type { Store } from "../store/store";
import type { SessionRow } from "../store/sessions";
import type { UserWithGroups } from "../store/users";
import type { Clock } from "../clock";

// Sessions after the Lucia guide: the token is `<id>.<secret>`; the database keeps the id and only the SHA-256
// of the secret, compared in constant time. Expiry slides: a session used in the second half of its life is
// extended, so active people stay signed in and an abandoned session dies.

export const SESSION_COOKIE = "penholder_session";
export const SESSION_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;

export interface ValidSession {
  session: SessionRow;
  user: UserWithGroups;
  /** True when the expiry moved and the cookie should be sent again. */
  refreshed: boolean;
}

function randomString(): string {
  const bytes = new Uint8Array(24);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

function hashSecret(secret: string): Uint8Array {
  return sha256(new TextEncoder().encode(secret));
}

export function createSessionManager(store: Store, clock: Clock) {
  return {
    async create(userId: string): Promise<{ token: string; session: SessionRow }> {
      const id = randomString();
      const secret = randomString();
      const now = clock.now();
      const session: SessionRow = {
        id,
        user_id: userId,
        secret_hash: encodeHexLowerCase(hashSecret(secret)),
        created_at: now,
        expires_at: now + SESSION_LIFETIME_MS,
      };
      await store.sessions.insert(session);
      return { token: `${id}.${secret}`, session };
    },

    async validate(token: string): Promise<ValidSession | null> {
      const parts = token.split(".");
      if (parts.length !== 2) return null;
      const [id, secret] = parts as [string, string];
      if (id.length === 0 || id.length > 64 || secret.length === 0 || secret.length > 64) return null;
      const session = await store.sessions.byId(id);
      if (!session) return null;
      const stored = decodeHex(session.secret_hash);
      if (!constantTimeEqual(hashSecret(secret), stored)) return null;
      const now = clock.now();
      if (now >= session.expires_at) {
        await store.sessions.delete(id);
        return null;
      }
      const user = await store.users.byId(session.user_id);
      if (!user || user.active !== 1) {
        await store.sessions.delete(id);
        return null;
      }
      let refreshed = false;
      if (now >= session.expires_at - SESSION_LIFETIME_MS / 2) {
        session.expires_at = now + SESSION_LIFETIME_MS;
        await store.sessions.extend(id, session.expires_at);
        refreshed = true;
      }
      return { session, user, refreshed };
    },

    invalidate: (id: string) => store.sessions.delete(id),
    invalidateAllFor: (userId: string) => store.sessions.deleteForUser(userId),
  };
}

export type SessionManager = ReturnType<typeof createSessionManager>;
