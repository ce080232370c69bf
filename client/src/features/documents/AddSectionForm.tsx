import { useState, type FormEvent } from "react";
import { api, unwrap } from "../../api/client";
import { toApiError } from "../../api/apiError";
import { Alert } from "../../ui/Alert";
import { ErrorState } from "../../ui/ErrorState";
import { LoadingState } from "../../ui/LoadingState";
import { SubmitButton } from "../../ui/SubmitButton";
import { useLoad } from "../../ui/useLoad";
import { useLocale, useT } from "../../i18n/useLocale";
import {
  emptySectionDraft,
  hasSectionErrors,
  SectionInputFields,
  validateSectionDraft,
  type SectionDraftErrors,
} from "./SectionInputFields";

export function AddSectionForm({ documentId, onAdded }: { documentId: string; onAdded(title: string): void }) {
  const t = useT();
  const { locale } = useLocale();
  const groups = useLoad(() => unwrap(api.api.groups.$get()), []);
  const [draft, setDraft] = useState(emptySectionDraft);
  const [errors, setErrors] = useState<SectionDraftErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const found = validateSectionDraft(draft, { t, locale });
    setErrors(found);
    if (hasSectionErrors(found)) return;
    setBusy(true);
    setError(null);
    try {
      await unwrap(api.api.documents[":id"].sections.$post({ param: { id: documentId }, json: draft }));
      onAdded(draft.title.trim());
    } catch (failure) {
      setError(toApiError(failure).message);
      setBusy(false);
    }
  }

  if (groups.state.status === "loading") return <LoadingState label={t("documents.add.loadingGroups")} />;
  if (groups.state.status === "error") return <ErrorState title={t("documents.add.groupsFailed")} error={groups.state.error} onRetry={groups.reload} />;
  return (
    <form className="form disclosure__body" onSubmit={handleSubmit} noValidate>
      {error && <Alert title={t("documents.add.failed")}>{error}</Alert>}
      <SectionInputFields idPrefix="new-section" value={draft} onChange={setDraft} groups={groups.state.data.groups} errors={errors} />
      <div className="form__actions">
        <SubmitButton busy={busy} busyLabel={t("documents.add.busy")}>
          {t("documents.add.submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
