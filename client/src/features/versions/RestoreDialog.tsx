import { useState, type FormEvent } from "react";
import type { RestoreResult, VersionView } from "../../../../shared/api/versions";
import { api, unwrap } from "../../api/client";
import { toApiError } from "../../api/apiError";
import { useFormats, useT } from "../../i18n/useLocale";
import { Alert } from "../../ui/Alert";
import { Dialog } from "../../ui/Dialog";
import { FormActions } from "../../ui/FormActions";
import { SelectField } from "../../ui/SelectField";
import { useVersionNames } from "./versionNames";

const WHOLE = "";

interface Props {
  documentId: string;
  version: VersionView;
  sections: readonly { id: string; title: string }[];
  onClose(): void;
  /** `section`: the title of the one section restored, null for the whole document. */
  onRestored(result: RestoreResult, section: string | null): void;
}

/** Asks before bringing the text back to a version: the whole document or one section, as a new change. */
export function RestoreDialog({ documentId, version, sections, onClose, onRestored }: Props) {
  const t = useT();
  const formats = useFormats();
  const names = useVersionNames();
  const [sectionId, setSectionId] = useState(WHOLE);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const { result } = await unwrap(
        api.api.documents[":id"].versions[":versionId"].restore.$post({
          param: { id: documentId, versionId: version.id },
          json: sectionId === WHOLE ? {} : { sectionId },
        }),
      );
      onRestored(result, sectionId === WHOLE ? null : (sections.find((s) => s.id === sectionId)?.title ?? ""));
    } catch (failure) {
      setError(toApiError(failure).message);
      setBusy(false);
    }
  }

  return (
    <Dialog
      title={t("versions.restore.title", { name: names.title(version) })}
      description={t("versions.restore.description", { time: formats.dateTime(version.createdAt) })}
      onClose={onClose}
    >
      <form className="form" onSubmit={handleSubmit} noValidate>
        {error && <Alert title={t("versions.restore.failed")}>{error}</Alert>}
        <SelectField
          id="restore-scope"
          label={t("versions.restore.scope")}
          hint={t("versions.restore.scopeHint")}
          value={sectionId}
          onChange={setSectionId}
          options={[
            { value: WHOLE, label: t("versions.restore.whole") },
            ...sections.map((s) => ({ value: s.id, label: t("versions.restore.only", { title: s.title }) })),
          ]}
          autoFocus
        />
        <FormActions busy={busy} busyLabel={t("versions.restore.busy")} submitLabel={t("versions.restore.submit")} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
