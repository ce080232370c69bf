import { useId } from "react";
import { Dialog } from "../../../ui/Dialog";
import { Alert } from "../../../ui/Alert";
import { FormActions } from "../../../ui/FormActions";
import { useNoteForm } from "../../../ui/useNoteForm";
import { TextField } from "../../../ui/TextField";

interface Props {
  sectionTitle: string;
  onSubmit(note: string): Promise<void>;
  onClose(): void;
  /** Where the keyboard goes afterwards (the button that opened it may be gone by then). */
  returnFocusTo: () => HTMLElement | null;
}

/** A chair says what should change before the section goes back to its owners. */
export function RequestChangesDialog({ sectionTitle, onSubmit, onClose, returnFocusTo }: Props) {
  const fieldId = useId();
  const form = useNoteForm({
    emptyMessage: "Say what should change: the owners read this note.",
    send: async (note) => {
      await onSubmit(note);
      onClose();
    },
  });

  return (
    <Dialog title={`Request changes to “${sectionTitle}”`} description="The section goes back to its owners with your note." onClose={onClose} returnFocusTo={returnFocusTo}>
      <form className="form" onSubmit={form.submit} noValidate>
        {form.failure && <Alert title="Changes were not requested">{form.failure}</Alert>}
        <TextField multiline id={fieldId} label="What should change?" value={form.note} onChange={form.setNote} error={form.error} rows={5} required autoFocus />
        <FormActions busy={form.busy} busyLabel="Sending…" submitLabel="Request changes" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
