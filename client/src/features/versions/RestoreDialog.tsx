import { useState, type FormEvent } from "react";
import type { RestoreResult, VersionView } from "../../../../shared/api/versions";
import { api, unwrap } from "../../api/client";
import { toApiError } from "../../api/apiError";
import { Alert } from "../../ui/Alert";
import { Dialog } from "../../ui/Dialog";
import { FormActions } from "../../ui/FormActions";
import { SelectField } from "../../ui/SelectField";
import { formatDateTime } from "../../ui/formatDate";
import { versionTitle } from "./versionOptions";

const WHOLE = "";

interface Props {
  documentId: string;
  version: VersionView;
  sections: readonly { id: string; title: string }[];
  onClose(): void;
  onRestored(result: RestoreResult, scope: string): void;
}

/** Asks before bringing the text back to a version: the whole document or one section, as a new change. */
export function RestoreDialog({ documentId, version, sections, onClose, onRestored }: Props) {
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
      onRestored(result, sectionId === WHOLE ? "the whole document" : `“${sections.find((s) => s.id === sectionId)?.title ?? "the section"}”`);
    } catch (failure) {
      setError(toApiError(failure).message);
      setBusy(false);
    }
  }

  return (
    <Dialog
      title={`Restore “${versionTitle(version)}”`}
      description={`Saved ${formatDateTime(version.createdAt)}. Restoring applies that text as a new change that everyone sees at once; nothing is erased, and the text from before is kept as a version too.`}
      onClose={onClose}
    >
      <form className="form" onSubmit={handleSubmit} noValidate>
        {error && <Alert title="Nothing was restored">{error}</Alert>}
        <SelectField
          id="restore-scope"
          label="What to restore"
          hint="Approved sections are locked and stay as they are; so do sections you may not edit."
          value={sectionId}
          onChange={setSectionId}
          options={[{ value: WHOLE, label: "The whole document" }, ...sections.map((s) => ({ value: s.id, label: `Only “${s.title}”` }))]}
          autoFocus
        />
        <FormActions busy={busy} busyLabel="Restoring…" submitLabel="Restore" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
