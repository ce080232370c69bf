import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import type { Me } from "../../../shared/api/auth";
import { api, unwrap } from "../api/client";
import { ApiError, toApiError } from "../api/apiError";

/** Where the app stands on who is signed in. */
export type SessionState =
  | { status: "loading" }
  | { status: "signedOut" }
  | { status: "signedIn"; user: Me }
  | { status: "error"; error: ApiError };

export interface Session {
  state: SessionState;
  /** After sign-in or invitation acceptance: the server has set the cookie and answered with the user. */
  signedIn(user: Me): void;
  signOut(): Promise<void>;
  /** Asks the server again (after an error, or when a call reports the session has ended). */
  refresh(): void;
}

export const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setState({ status: "loading" });
    unwrap(api.api.me.$get())
      .then(({ user }) => current && setState({ status: "signedIn", user }))
      .catch((error: unknown) => {
        if (!current) return;
        const apiError = toApiError(error);
        setState(apiError.status === 401 ? { status: "signedOut" } : { status: "error", error: apiError });
      });
    return () => {
      current = false;
    };
  }, [attempt]);

  const signedIn = useCallback((user: Me) => setState({ status: "signedIn", user }), []);
  const refresh = useCallback(() => setAttempt((n) => n + 1), []);
  const signOut = useCallback(async () => {
    await unwrap(api.api.auth.logout.$post());
    setState({ status: "signedOut" });
  }, []);

  const session = useMemo<Session>(() => ({ state, signedIn, signOut, refresh }), [state, signedIn, signOut, refresh]);
  return <SessionContext value={session}>{children}</SessionContext>;
}
