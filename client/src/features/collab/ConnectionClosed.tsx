import type { ClosedConnection } from "../../collab/closeMessages";
import { loginPathFor } from "../../session/nextPath";
import { Alert } from "../../ui/Alert";

/** The server ended the live connection for good: why, and the way back when there is one. */
export function ConnectionClosed({ closed }: { closed: ClosedConnection }) {
  return (
    <Alert title="Live editing stopped">
      <p>{closed.message}</p>
      {closed.signIn && (
        <p>
          <a className="button button--primary button--small" href={loginPathFor(window.location.pathname)}>
            Sign in again
          </a>
        </p>
      )}
    </Alert>
  );
}
