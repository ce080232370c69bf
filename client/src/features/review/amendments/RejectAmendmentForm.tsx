import { useId, useState, type FormEvent } from "react";
import { toApiError } from "../../../api/apiError";
import { Alert } from "../../../ui/Alert";
import { SubmitButton } from "../../../ui/SubmitButton";
import { TextAreaField } from "../../../ui/TextAreaField";

interface Props {
  onReject(reason: string): Promise<void>;
  onCancel(): void;
}

/** The owners turn an amendment down, telling the proposer why. */
export function RejectAmendmentForm({ onReject, onCancel }: Props) {
  const id = useId();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (reason.trim() === "") {
      setError("Give a reason for the proposer.");
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      await onReject(reason.trim());
    } catch (caught) {
      setFailure(toApiError(caught).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="amendment__form" onSubmit={submit} onKeyDown={(event) => event.key === "Escape" && onCancel()} noValidate>
      {failure && <Alert title="Not rejected">{failure}</Alert>}
      <TextAreaField id={id} label="Why is it rejected?" value={reason} onChange={(value) => { setReason(value); setError(undefined); }} error={error} rows={3} required autoFocus />
      <div className="comment-form__actions">
        <SubmitButton busy={busy} busyLabel="Rejecting…">
          Reject amendment
        </SubmitButton>
        <button type="button" className="button button--secondary button--small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
