import type { ApiError } from "../../api/apiError";
import { INVALID_INVITATION_MESSAGE } from "./invitationMessages";

/** Why an invitation cannot be shown, and what to do about it. */
export function InvitationProblem({ error, onRetry }: { error: ApiError; onRetry(): void }) {
  const invalid = error.code === "invitation_invalid" || error.status === 404;
  return (
    <div role="alert" className="state state--error">
      <p className="state__title">{invalid ? "This invitation is not valid." : "Your invitation could not be checked."}</p>
      <p>{invalid ? INVALID_INVITATION_MESSAGE : error.message}</p>
      {invalid ? (
        <p>
          Already have an account? <a href="/login">Sign in</a>.
        </p>
      ) : (
        <button type="button" className="button button--primary" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
