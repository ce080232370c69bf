import { useId } from "react";
import { Alert } from "../../../ui/Alert";
import { SubmitButton } from "../../../ui/SubmitButton";
import { useNoteForm } from "../../../ui/useNoteForm";
import { TextField } from "../../../ui/TextField";

interface Props {
  onReject(reason: string): Promise<void>;
  onCancel(): void;
}

/** The owners turn an amendment down, telling the proposer why. */
export function RejectAmendmentForm({ onReject, onCancel }: Props) {
  const id = useId();
  const form = useNoteForm({ emptyMessage: "Give a reason for the proposer.", send: onReject });

  return (
    <form className="amendment__form" onSubmit={form.submit} onKeyDown={(event) => event.key === "Escape" && onCancel()} noValidate>
      {form.failure && <Alert title="Not rejected">{form.failure}</Alert>}
      <TextField multiline id={id} label="Why is it rejected?" value={form.note} onChange={form.setNote} error={form.error} rows={3} required autoFocus />
      {/* Smaller buttons than a dialog's (FormActions): this form sits inside the amendment, in the margin. */}
      <div className="comment-form__actions">
        <SubmitButton busy={form.busy} busyLabel="Rejecting…">
          Reject amendment
        </SubmitButton>
        <button type="button" className="button button--secondary button--small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
