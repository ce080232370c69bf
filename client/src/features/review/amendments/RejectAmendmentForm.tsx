import { useId } from "react";
import { Alert } from "../../../ui/Alert";
import { SubmitButton } from "../../../ui/SubmitButton";
import { useNoteForm } from "../../../ui/useNoteForm";
import { TextField } from "../../../ui/TextField";
import { useT } from "../../../i18n/useLocale";

interface Props {
  onReject(reason: string): Promise<void>;
  onCancel(): void;
}

/** The owners turn an amendment down, telling the proposer why. */
export function RejectAmendmentForm({ onReject, onCancel }: Props) {
  const t = useT();
  const id = useId();
  const form = useNoteForm({ emptyMessage: t("review.reject.empty"), send: onReject });

  return (
    <form className="amendment__form" onSubmit={form.submit} onKeyDown={(event) => event.key === "Escape" && onCancel()} noValidate>
      {form.failure && <Alert title={t("review.reject.failed")}>{form.failure}</Alert>}
      <TextField multiline id={id} label={t("review.reject.field")} value={form.note} onChange={form.setNote} error={form.error} rows={3} required autoFocus />
      {/* Smaller buttons than a dialog's (FormActions): this form sits inside the amendment, in the margin. */}
      <div className="comment-form__actions">
        <SubmitButton busy={form.busy} busyLabel={t("review.reject.busy")}>
          {t("review.reject.submit")}
        </SubmitButton>
        <button type="button" className="button button--secondary button--small" onClick={onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
