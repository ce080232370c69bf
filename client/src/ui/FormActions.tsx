import { SubmitButton } from "./SubmitButton";
import { useT } from "../i18n/useLocale";

interface Props {
  busy: boolean;
  busyLabel: string;
  submitLabel: string;
  onCancel(): void;
}

/** A dialog form's buttons: send it, or cancel. */
export function FormActions({ busy, busyLabel, submitLabel, onCancel }: Props) {
  const t = useT();
  return (
    <div className="form__actions">
      <SubmitButton busy={busy} busyLabel={busyLabel}>
        {submitLabel}
      </SubmitButton>
      <button type="button" className="button button--secondary" onClick={onCancel}>
        {t("common.cancel")}
      </button>
    </div>
  );
}
