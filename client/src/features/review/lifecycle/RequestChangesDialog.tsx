import { useId } from "react";
import { Dialog } from "../../../ui/Dialog";
import { Alert } from "../../../ui/Alert";
import { FormActions } from "../../../ui/FormActions";
import { useNoteForm } from "../../../ui/useNoteForm";
import { TextField } from "../../../ui/TextField";
import { useT } from "../../../i18n/useLocale";

interface Props {
  sectionTitle: string;
  onSubmit(note: string): Promise<void>;
  onClose(): void;
  /** Where the keyboard goes afterwards (the button that opened it may be gone by then). */
  returnFocusTo: () => HTMLElement | null;
}

/** A chair says what should change before the section goes back to its owners. */
export function RequestChangesDialog({ sectionTitle, onSubmit, onClose, returnFocusTo }: Props) {
  const t = useT();
  const fieldId = useId();
  const form = useNoteForm({
    emptyMessage: t("review.requestChanges.empty"),
    send: async (note) => {
      await onSubmit(note);
      onClose();
    },
  });

  return (
    <Dialog title={t("review.requestChanges.title", { section: sectionTitle })} description={t("review.requestChanges.description")} onClose={onClose} returnFocusTo={returnFocusTo}>
      <form className="form" onSubmit={form.submit} noValidate>
        {form.failure && <Alert title={t("review.requestChanges.failed")}>{form.failure}</Alert>}
        <TextField multiline id={fieldId} label={t("review.requestChanges.field")} value={form.note} onChange={form.setNote} error={form.error} rows={5} required autoFocus />
        <FormActions busy={form.busy} busyLabel={t("review.comment.sending")} submitLabel={t("review.lifecycle.requestChanges")} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
