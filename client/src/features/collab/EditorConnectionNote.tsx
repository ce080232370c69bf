import type { ConnectionStatus } from "../../collab/connectionStatus";
import { ConnectionIcon } from "./ConnectionIcon";

const TEXT: Record<Exclude<ConnectionStatus, "online">, string> = {
  syncing: "Syncing…",
  offline: "Offline — kept on this device",
};

/**
 * The connection state again beside the toolbar, where the person is typing, when changes do not reach the
 * others now. Hidden from assistive technology: the document header's status line already announces it.
 */
export function EditorConnectionNote({ status }: { status: ConnectionStatus }) {
  if (status === "online") return null;
  return (
    <p className={`editor__connection editor__connection--${status}`} aria-hidden="true">
      <ConnectionIcon status={status} />
      {TEXT[status]}
    </p>
  );
}
