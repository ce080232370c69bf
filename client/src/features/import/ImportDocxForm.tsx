import { useState, type FormEvent } from "react";
import type { GroupSummary } from "../../../../shared/api/groups";
import { toApiError } from "../../api/apiError";
import { Alert } from "../../ui/Alert";
import { FieldMessages } from "../../ui/FieldMessages";
import { describedBy } from "../../ui/fieldProps";
import { SelectField } from "../../ui/SelectField";
import { SubmitButton } from "../../ui/SubmitButton";
import { TextField } from "../../ui/TextField";
import { TransferProgress } from "../exports/TransferProgress";
import { uploadDocx, type ImportAnswer } from "./uploadDocx";
import { useT } from "../../i18n/useLocale";

// The server's limit (server/import/docx.ts): checked here too, so a large file is refused before it is sent.
const MAX_BYTES = 20 * 1024 * 1024;
const PREFERRED_OWNER = "strategy";

/** Starts a document from a Word file; the server splits it into sections at its Heading 1 paragraphs. */
export function ImportDocxForm({ groups, onImported }: { groups: readonly GroupSummary[]; onImported(answer: ImportAnswer): void }) {
  const t = useT();
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState("");
  const [ownerGroup, setOwnerGroup] = useState(() => groups.find((g) => g.slug === PREFERRED_OWNER)?.slug ?? groups[0]?.slug ?? "");
  const [fileError, setFileError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ sent: number; total: number } | null>(null);
  const busy = progress !== null;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const problem = !file
      ? t("import.file.missing")
      : !file.name.toLowerCase().endsWith(".docx")
        ? t("import.file.notDocx")
        : file.size > MAX_BYTES
          ? t("import.file.tooLarge")
          : undefined;
    setFileError(problem);
    if (problem || !file) return;
    setError(null);
    setProgress({ sent: 0, total: file.size });
    try {
      const answer = await uploadDocx(file, { title: title.trim() || undefined, ownerGroup: ownerGroup || undefined }, (sent, total) => setProgress({ sent, total }));
      onImported(answer);
    } catch (failure) {
      setError(toApiError(failure).message);
    } finally {
      setProgress(null);
    }
  }

  const uploaded = progress !== null && progress.sent >= progress.total;
  return (
    <section className="card form-card" aria-labelledby="import-docx-heading">
      <h3 id="import-docx-heading">{t("import.heading")}</h3>
      <p className="muted">{t("import.lead")}</p>
      <form className="form" onSubmit={handleSubmit} noValidate>
        {error && <Alert title={t("import.failed")}>{error}</Alert>}
        <div className="field">
          <label className="field__label" htmlFor="import-file">
            {t("import.file.label")}
          </label>
          <FieldMessages id="import-file" hint={t("import.file.hint")} error={fileError} />
          <input
            className="input input--file"
            type="file"
            accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setFileError(undefined);
            }}
            {...describedBy("import-file", t("import.file.hint"), fileError)}
          />
        </div>
        <TextField id="import-title" label={t("import.title.label")} hint={t("import.title.hint")} value={title} onChange={setTitle} maxLength={200} />
        <SelectField
          id="import-owner"
          label={t("import.owner.label")}
          value={ownerGroup}
          onChange={setOwnerGroup}
          options={groups.map((g) => ({ value: g.slug, label: g.name }))}
        />
        <div className="form__actions">
          <SubmitButton busy={busy} busyLabel={t("import.busy")}>
            {t("import.submit")}
          </SubmitButton>
        </div>
        <div role="status" aria-live="polite">
          {progress && (
            <TransferProgress
              label={t(uploaded ? "import.progress.reading" : "import.progress.uploading")}
              done={uploaded ? undefined : progress.sent}
              total={uploaded ? null : progress.total}
            />
          )}
        </div>
      </form>
    </section>
  );
}
