import { useState, type FormEvent } from "react";
import { useLocation } from "wouter";
import type { GroupSummary } from "../../../../../shared/api/groups";
import { api, unwrap } from "../../../api/client";
import { toApiError } from "../../../api/apiError";
import { Alert } from "../../../ui/Alert";
import { SelectField } from "../../../ui/SelectField";
import { SubmitButton } from "../../../ui/SubmitButton";
import { TextField } from "../../../ui/TextField";
import { useFocusLater } from "../../../ui/useFocusLater";
import { useFormats, useLocale, useT } from "../../../i18n/useLocale";
import { hasSectionErrors, validateSectionDraft, type SectionDraftErrors } from "../../documents/SectionInputFields";
import { newSectionRow, type SectionRow } from "./sectionRows";
import { SectionRowEditor } from "./SectionRowEditor";
import { DEFAULT_DOCUMENT_LANGUAGE, DOCUMENT_LANGUAGES, isDocumentLanguage, type DocumentLanguage } from "../../../../../shared/languages";

export function CreateDocumentForm({ groups }: { groups: readonly GroupSummary[] }) {
  const t = useT();
  const { locale } = useLocale();
  const [, navigate] = useLocation();
  const formats = useFormats();
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const [language, setLanguage] = useState<DocumentLanguage>(DEFAULT_DOCUMENT_LANGUAGE);
  const [rows, setRows] = useState<SectionRow[]>(() => [newSectionRow(1)]);
  const [nextKey, setNextKey] = useState(2);
  const [titleError, setTitleError] = useState<string | undefined>();
  const [rowErrors, setRowErrors] = useState<Record<number, SectionDraftErrors>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // After adding or removing a row, focus goes to a title field, never lost with a vanished button.
  const focusLater = useFocusLater();

  function addRow() {
    setRows([...rows, newSectionRow(nextKey)]);
    focusLater(`doc-section-${nextKey}-title`);
    setNextKey(nextKey + 1);
  }

  function removeRow(key: number) {
    const index = rows.findIndex((row) => row.key === key);
    const remaining = rows.filter((row) => row.key !== key);
    setRows(remaining);
    const neighbour = remaining[index] ?? remaining[index - 1];
    focusLater(neighbour ? `doc-section-${neighbour.key}-title` : "add-section-row");
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const missingTitle = title.trim() === "" ? t("admin.documents.titleMissing") : undefined;
    const errorsByRow = Object.fromEntries(rows.map((row) => [row.key, validateSectionDraft(row.draft, { t, locale })]));
    setTitleError(missingTitle);
    setRowErrors(errorsByRow);
    if (missingTitle || Object.values(errorsByRow).some(hasSectionErrors)) {
      setError(t("admin.documents.checkFields"));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const { document } = await unwrap(
        api.api.documents.$post({
          json: { title: title.trim(), description: description.trim(), language, sections: rows.map((row) => ({ ...row.draft, title: row.draft.title.trim() })) },
        }),
      );
      navigate(`~/documents/${document.id}`);
    } catch (failure) {
      const apiError = toApiError(failure);
      setError(apiError.code === "unreachable" ? t("common.unreachable") : apiError.message);
      setBusy(false);
    }
  }

  return (
    <section className="card form-card" aria-labelledby="create-document-heading">
      <h3 id="create-document-heading">{t("documents.new")}</h3>
      <form className="form" onSubmit={handleSubmit} noValidate>
        {error && <Alert title={t("admin.documents.createFailed")}>{error}</Alert>}
        <TextField id="new-document-title" label={t("admin.column.title")} value={title} onChange={setTitle} maxLength={200} error={titleError} />
        <TextField
          multiline
          id="new-document-description"
          label={t("admin.descriptionOptional")}
          hint={t("admin.documents.descriptionHint")}
          value={description}
          onChange={setDescription}
          rows={2}
          maxLength={2000}
        />
        <SelectField
          id="new-document-language"
          label={t("admin.documents.language")}
          hint={t("admin.documents.languageHint")}
          value={language}
          onChange={(value) => isDocumentLanguage(value) && setLanguage(value)}
          options={DOCUMENT_LANGUAGES.map((value) => ({ value, label: formats.languageName(value) }))}
          className="field--narrow"
        />
        <div className="section-rows">
          <p className="section-rows__heading">{t("documents.sections")}</p>
          {groups.length === 0 && <p className="muted">{t("admin.documents.needGroup")}</p>}
          {rows.length === 0 && <p className="muted">{t("admin.documents.noSections")}</p>}
          {rows.map((row, index) => (
            <SectionRowEditor
              key={row.key}
              rowKey={row.key}
              number={index + 1}
              draft={row.draft}
              groups={groups}
              errors={rowErrors[row.key]}
              onChange={(draft) => setRows(rows.map((existing) => (existing.key === row.key ? { ...existing, draft } : existing)))}
              onRemove={() => removeRow(row.key)}
            />
          ))}
          <button id="add-section-row" type="button" className="button button--secondary" onClick={addRow}>
            {rows.length === 0 ? t("admin.documents.addSection") : t("admin.documents.addAnother")}
          </button>
        </div>
        <div className="form__actions form__actions--separated">
          <SubmitButton busy={busy} busyLabel={t("admin.documents.creating")}>
            {t("admin.documents.create")}
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}
