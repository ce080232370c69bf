import { useState, type FormEvent } from "react";
import type { VersionView } from "../../../../shared/api/versions";
import { api, unwrap } from "../../api/client";
import { toApiError } from "../../api/apiError";
import { Alert } from "../../ui/Alert";
import { StatusMessage } from "../../ui/StatusMessage";
import { SubmitButton } from "../../ui/SubmitButton";
import { TextField } from "../../ui/TextField";
import { versionTitle } from "./versionOptions";

/** Names the document as it is now ("Before the 25 November call"), for drafters; observers never see it. */
export function SaveVersionForm({ documentId, onSaved }: { documentId: string; onSaved(version: VersionView): void }) {
  const [label, setLabel] = useState("");
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const trimmed = label.trim();
    if (trimmed === "") {
      setFieldError("Name the version, for example “Before the 25 November call”.");
      return;
    }
    setFieldError(undefined);
    setError(null);
    setBusy(true);
    try {
      const { version } = await unwrap(api.api.documents[":id"].versions.$post({ param: { id: documentId }, json: { label: trimmed } }));
      setLabel("");
      setSaved(`Version “${versionTitle(version)}” saved.`);
      onSaved(version);
    } catch (failure) {
      setError(toApiError(failure).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card versions__card" aria-labelledby="save-version-heading">
      <h2 id="save-version-heading" className="versions__card-title">
        Save a named version
      </h2>
      <form className="form form--inline" onSubmit={handleSubmit} noValidate>
        {error && <Alert title="The version was not saved">{error}</Alert>}
        <TextField
          id="version-label"
          label="Version name"
          hint="Keeps the whole text as it is now, so that you can compare with it or go back to it later."
          value={label}
          onChange={setLabel}
          maxLength={200}
          error={fieldError}
        />
        <div className="form__actions">
          <SubmitButton busy={busy} busyLabel="Saving…">
            Save version
          </SubmitButton>
        </div>
      </form>
      <StatusMessage message={saved} />
    </section>
  );
}
