import { useState } from "react";
import { toApiError } from "../../../api/apiError";
import { Alert } from "../../../ui/Alert";
import { Dialog } from "../../../ui/Dialog";
import { useT } from "../../../i18n/useLocale";

interface Props {
  sectionTitle: string;
  onRetire(): Promise<void>;
  onClose(): void;
  returnFocusTo: () => HTMLElement | null;
}

/** Retiring a section takes it out of the outline; its text stays in the history. Asked before it happens. */
export function RetireSectionDialog({ sectionTitle, onRetire, onClose, returnFocusTo }: Props) {
  const t = useT();
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
      title={t("review.retire.title", { section: sectionTitle })}
      description={t("review.retire.description")}
      onClose={onClose}
      returnFocusTo={returnFocusTo}
    >
      {failure && <Alert title={t("review.retire.failed")}>{failure}</Alert>}
      <div className="form__actions dialog__actions">
        <button type="button" className="button button--danger" aria-disabled={busy || undefined} onClick={() => void retire()}>
          {busy ? t("review.retire.busy") : t("review.retire.submit")}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose} data-autofocus>
          {t("review.comment.keep")}
        </button>
      </div>
    </Dialog>
  );
}
