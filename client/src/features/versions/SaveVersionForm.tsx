import { useState, type FormEvent } from "react";
import type { VersionView } from "../../../../shared/api/versions";
import { api, unwrap } from "../../api/client";
import { toApiError } from "../../api/apiError";
import { useT } from "../../i18n/useLocale";
import { Alert } from "../../ui/Alert";
import { StatusMessage } from "../../ui/StatusMessage";
import { SubmitButton } from "../../ui/SubmitButton";
import { TextField } from "../../ui/TextField";
import { useVersionNames } from "./versionNames";

/** Names the document as it is now ("Before the 25 November call"), for drafters; observers never see it. */
export function SaveVersionForm({ documentId, onSaved }: { documentId: string; onSaved(version: VersionView): void }) {
  const t = useT();
  const names = useVersionNames();
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
      setFieldError(t("versions.save.missing"));
      return;
    }
    setFieldError(undefined);
    setError(null);
    setBusy(true);
    try {
      const { version } = await unwrap(api.api.documents[":id"].versions.$post({ param: { id: documentId }, json: { label: trimmed } }));
      setLabel("");
      setSaved(t("versions.save.done", { name: names.title(version) }));
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
        {t("versions.save.title")}
      </h2>
      <form className="form form--inline" onSubmit={handleSubmit} noValidate>
        {error && <Alert title={t("versions.save.failed")}>{error}</Alert>}
        <TextField
          id="version-label"
          label={t("versions.save.name")}
          hint={t("versions.save.hint")}
          value={label}
          onChange={setLabel}
          maxLength={200}
          error={fieldError}
        />
        <div className="form__actions">
          <SubmitButton busy={busy} busyLabel={t("versions.save.busy")}>
            {t("versions.save.submit")}
          </SubmitButton>
        </div>
      </form>
      <StatusMessage message={saved} />
    </section>
  );
}
