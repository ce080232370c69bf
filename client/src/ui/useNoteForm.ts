import { useState, type FormEvent } from "react";
import { toApiError } from "../api/apiError";

interface Options {
  /** Said under the field when it is sent empty. */
  emptyMessage: string;
  /** Sends the note, trimmed; a throw is shown as the form's failure. */
  send(note: string): Promise<void>;
}

/** The state of a form that sends one required note (a reason, a request): the text, its error, busy, failure. */
export function useNoteForm({ emptyMessage, send }: Options) {
  const [note, setNoteText] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function setNote(value: string) {
    setNoteText(value);
    setError(undefined);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (note.trim() === "") {
      setError(emptyMessage);
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      await send(note.trim());
    } catch (caught) {
      setFailure(toApiError(caught).message);
    } finally {
      // A no-op when sending closed the form; React batches it with that unmount, so "Sending…" never flickers back.
      setBusy(false);
    }
  }

  return { note, setNote, error, failure, busy, submit };
}
