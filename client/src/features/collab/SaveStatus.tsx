import { useContext } from "react";
import type { ConnectionStatus } from "../../collab/connectionStatus";
import { UnsavedChanges } from "../../collab/unsavedChanges";
import { ConnectionIcon } from "./ConnectionIcon";
import { useT, type Translate } from "../../i18n/useLocale";

/** "Saved", "Saving…", or offline with how many changes wait on this device: the server's word, not a guess. */
export function saveWords(t: Translate, status: ConnectionStatus, unsaved: number): string {
  if (status === "offline") return unsaved > 0 ? t("collab.save.offlineKept", { count: unsaved }) : t("collab.save.offlineNothing");
  return unsaved > 0 ? t("collab.save.saving") : t("collab.save.saved");
}

/**
 * Whether what this person wrote is on the server yet, beside the text they are in. Not a live region: it changes
 * with every keystroke; the connection indicator says the changes that matter (going offline, back online).
 */
export function SaveStatus({ status }: { status: ConnectionStatus }) {
  const t = useT();
  const unsaved = useContext(UnsavedChanges);
  const state = status === "offline" ? "offline" : unsaved > 0 ? "saving" : "saved";
  return (
    <p className={`save-status save-status--${state}`} data-unsaved={unsaved}>
      <ConnectionIcon status={state === "offline" ? "offline" : state === "saving" ? "syncing" : "online"} />
      {saveWords(t, status, unsaved)}
    </p>
  );
}
