import type { ClosedConnection } from "../../collab/closeMessages";
import { loginPathFor } from "../../session/nextPath";
import { Alert } from "../../ui/Alert";
import { useT } from "../../i18n/useLocale";

/** The server ended the live connection for good: why, and the way back when there is one. */
export function ConnectionClosed({ closed }: { closed: ClosedConnection }) {
  const t = useT();
  return (
    <Alert title={t("collab.closed.title")}>
      <p>{typeof closed.message === "string" ? closed.message : t(closed.message.id, closed.message.values)}</p>
      {closed.signIn && (
        <p>
          <a className="button button--primary button--small" href={loginPathFor(window.location.pathname)}>
            {t("common.signInAgain")}
          </a>
        </p>
      )}
    </Alert>
  );
}
