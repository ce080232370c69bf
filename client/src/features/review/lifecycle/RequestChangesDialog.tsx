import { useId, useState, type FormEvent } from "react";
import { Dialog } from "../../../ui/Dialog";
import { Alert } from "../../../ui/Alert";
import { SubmitButton } from "../../../ui/SubmitButton";
import { TextAreaField } from "../../../ui/TextAreaField";

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
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (note.trim() === "") {
      setError("Say what should change: the owners read this note.");
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      await onSubmit(note.trim());
      onClose();
    } catch (caught) {
      setFailure(caught instanceof Error ? caught.message : String(caught));
      setBusy(false);
    }
  }

  return (
    <Dialog title={`Request changes to “${sectionTitle}”`} description="The section goes back to its owners with your note." onClose={onClose} returnFocusTo={returnFocusTo}>
      <form className="form" onSubmit={submit} noValidate>
        {failure && <Alert title="Changes were not requested">{failure}</Alert>}
        <TextAreaField id={fieldId} label="What should change?" value={note} onChange={(value) => { setNote(value); setError(undefined); }} error={error} rows={5} required autoFocus />
        <div className="form__actions">
          <SubmitButton busy={busy} busyLabel="Sending…">
            Request changes
          </SubmitButton>
          <button type="button" className="button button--secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
