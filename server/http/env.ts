import type { SessionRow } from "../store/sessions";
import type { UserWithGroups } from "../store/users";

/** What middleware puts on the context for handlers. */
export interface AppEnv {
  Variables: {
    user: UserWithGroups | null;
    session: SessionRow | null;
  };
}

/** The same env after requireAuth: a user is certain. */
export interface AuthedEnv {
  Variables: {
    user: UserWithGroups;
    session: SessionRow;
  };
}
