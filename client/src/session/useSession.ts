import { use } from "react";
import type { Me } from "../../../shared/api/auth";
import type { Actor } from "../../../shared/rights";
import { SessionContext, type Session } from "./SessionContext";

export function useSession(): Session {
  const session = use(SessionContext);
  if (!session) throw new Error("useSession must be used inside <SessionProvider>.");
  return session;
}

/** The signed-in user; only for components rendered inside the signed-in part of the app. */
export function useCurrentUser(): Me {
  const { state } = useSession();
  if (state.status !== "signedIn") throw new Error("useCurrentUser needs a signed-in session.");
  return state.user;
}

/** The facts the shared rights functions need. A signed-in user is active: deactivated accounts cannot sign in. */
export function actorOf(user: Me): Actor {
  return { id: user.id, role: user.role, active: true, groupIds: user.groups.map((group) => group.id) };
}
