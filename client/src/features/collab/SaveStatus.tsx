import { useContext } from "react";
import type { ConnectionStatus } from "../../collab/connectionStatus";
import { UnsavedChanges } from "../../collab/unsavedChanges";
import { ConnectionIcon } from "./ConnectionIcon";

/** "Saved", "Saving…", or offline with how many changes wait on this device: the server's word, not a guess. */
export function saveWords(status: ConnectionStatus, unsaved: number): string {
  const changes = `${unsaved} ${unsaved === 1 ? "change" : "changes"}`;
  if (status === "offline") return unsaved > 0 ? `Offline — ${changes} kept on this device` : "Offline — nothing waiting to be saved";
  return unsaved > 0 ? "Saving…" : "Saved";
}

/**
 * Whether what this person wrote is on the server yet, beside the text they are in. Not a live region: it changes
 * with every keystroke; the connection indicator says the changes that matter (going offline, back online).
 */
export function SaveStatus({ status }: { status: ConnectionStatus }) {
  const unsaved = useContext(UnsavedChanges);
  const state = status === "offline" ? "offline" : unsaved > 0 ? "saving" : "saved";
  return (
    <p className={`save-status save-status--${state}`} data-unsaved={unsaved}>
      <ConnectionIcon status={state === "offline" ? "offline" : state === "saving" ? "syncing" : "online"} />
      {saveWords(status, unsaved)}
    </p>
  );
}
