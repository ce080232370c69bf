import { useState } from "react";
import { Dialog } from "../../../ui/Dialog";
import { Alert } from "../../../ui/Alert";
import { toApiError } from "../../../api/apiError";

interface Props {
  sectionTitle: string;
  open: number;
  /** Approves with every open suggestion accepted or rejected. */
  onApprove(openSuggestions: "accept" | "reject"): Promise<void>;
  onClose(): void;
  returnFocusTo: () => HTMLElement | null;
}

/**
 * A chair approves a section that still has open suggestions: an approved section takes none, so the chair
 * chooses what happens to them (or goes back to decide them one by one).
 */
export function OpenSuggestionsDialog({ sectionTitle, open, onApprove, onClose, returnFocusTo }: Props) {
  const [busy, setBusy] = useState<"accept" | "reject" | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const them = open === 1 ? "it" : "them";
  const approve = (choice: "accept" | "reject") => {
    if (busy) return;
    setBusy(choice);
    setFailure(null);
    onApprove(choice)
      .then(onClose)
      .catch((error: unknown) => setFailure(toApiError(error).message))
      .finally(() => setBusy(null));
  };
  return (
    <Dialog
      title={`Approve “${sectionTitle}” with ${open} open suggestion${open === 1 ? "" : "s"}?`}
      description={`An approved section is locked and takes no suggestions. Decide ${them} one by one in the margin, or choose here what happens to ${them} as you approve.`}
      onClose={onClose}
      returnFocusTo={returnFocusTo}
    >
      {failure && <Alert title="The section was not approved">{failure}</Alert>}
      <div className="form__actions">
        <button type="button" className="button button--primary" aria-disabled={busy !== null || undefined} onClick={() => approve("reject")}>
          {busy === "reject" ? "Approving…" : `Reject ${them} and approve`}
        </button>
        <button type="button" className="button button--secondary" aria-disabled={busy !== null || undefined} onClick={() => approve("accept")}>
          {busy === "accept" ? "Approving…" : `Accept ${them} and approve`}
        </button>
        <button type="button" className="button button--link" onClick={onClose} data-autofocus>
          Decide one by one first
        </button>
      </div>
    </Dialog>
  );
}
