import type { ConnectionStatus } from "../../collab/connectionStatus";
import { ConnectionIcon } from "./ConnectionIcon";
import { useT } from "../../i18n/useLocale";
import type { MessageId } from "../../i18n/catalogues";

const TEXT: Record<ConnectionStatus, MessageId> = {
  online: "collab.connection.online",
  syncing: "collab.connection.syncing",
  offline: "collab.connection.offline",
};

/** Whether changes reach the others now; announced politely when it changes. */
export function ConnectionIndicator({ status }: { status: ConnectionStatus }) {
  const t = useT();
  return (
    <p className={`connection connection--${status}`} role="status" aria-live="polite">
      <ConnectionIcon status={status} />
      <span>{t(TEXT[status])}</span>
    </p>
  );
}
