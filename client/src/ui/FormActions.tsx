import { SubmitButton } from "./SubmitButton";

interface Props {
  busy: boolean;
  busyLabel: string;
  submitLabel: string;
  onCancel(): void;
}

/** A dialog form's buttons: send it, or cancel. */
export function FormActions({ busy, busyLabel, submitLabel, onCancel }: Props) {
  return (
    <div className="form__actions">
      <SubmitButton busy={busy} busyLabel={busyLabel}>
        {submitLabel}
      </SubmitButton>
      <button type="button" className="button button--secondary" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
