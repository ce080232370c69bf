import { useState } from "react";
import { toApiError } from "../../../api/apiError";
import { Alert } from "../../../ui/Alert";
import { Dialog } from "../../../ui/Dialog";

interface Props {
  sectionTitle: string;
  onRetire(): Promise<void>;
  onClose(): void;
  returnFocusTo: () => HTMLElement | null;
}

/** Retiring a section takes it out of the outline; its text stays in the history. Asked before it happens. */
export function RetireSectionDialog({ sectionTitle, onRetire, onClose, returnFocusTo }: Props) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function retire() {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await onRetire();
      onClose();
    } catch (caught) {
      setFailure(toApiError(caught).message);
      setBusy(false);
    }
  }

  return (
    <Dialog
      title={`Retire “${sectionTitle}”?`}
      description="The section leaves the document's outline, its comments and its exports. Its text is kept in the document's history and versions."
      onClose={onClose}
      returnFocusTo={returnFocusTo}
    >
      {failure && <Alert title="The section was not retired">{failure}</Alert>}
      <div className="form__actions dialog__actions">
        <button type="button" className="button button--danger" aria-disabled={busy || undefined} onClick={() => void retire()}>
          {busy ? "Retiring…" : "Retire section"}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose} data-autofocus>
          Keep it
        </button>
      </div>
    </Dialog>
  );
}
