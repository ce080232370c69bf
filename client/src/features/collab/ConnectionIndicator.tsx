import type { ConnectionStatus } from "../../collab/connectionStatus";
import { ConnectionIcon } from "./ConnectionIcon";

const TEXT: Record<ConnectionStatus, string> = {
  online: "Online",
  syncing: "Syncing…",
  offline: "Offline — changes are kept on this device and sent when you reconnect",
};

/** Whether changes reach the others now; announced politely when it changes. */
export function ConnectionIndicator({ status }: { status: ConnectionStatus }) {
  return (
    <p className={`connection connection--${status}`} role="status" aria-live="polite">
      <ConnectionIcon status={status} />
      <span>{TEXT[status]}</span>
    </p>
  );
}
