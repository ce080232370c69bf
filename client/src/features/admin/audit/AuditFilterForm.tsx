import { useState, type FormEvent } from "react";
import { ACTION_KINDS } from "./actionKinds";
import type { DocumentSummary } from "../../../../../shared/api/documents";
import { useT } from "../../../i18n/useLocale";
import { SelectField } from "../../../ui/SelectField";
import { TextField } from "../../../ui/TextField";
import type { AuditFilters } from "./auditQuery";

interface Props {
  documents: readonly DocumentSummary[];
  initial: AuditFilters;
  onApply(filters: AuditFilters): void;
}

/** Narrow the audit log by document, kind of entry and dates. */
export function AuditFilterForm({ documents, initial, onApply }: Props) {
  const t = useT();
  const [filters, setFilters] = useState(initial);
  const set = (change: Partial<AuditFilters>) => setFilters((current) => ({ ...current, ...change }));

  function submit(event: FormEvent) {
    event.preventDefault();
    onApply(filters);
  }

  return (
    <form className="form card audit-filters" onSubmit={submit} noValidate aria-label={t("admin.audit.filter")}>
      <div className="form__row">
        <SelectField
          id="audit-document"
          label={t("admin.column.document")}
          value={filters.documentId}
          onChange={(documentId) => set({ documentId })}
          placeholder={t("admin.audit.anyDocument")}
          options={documents.map((d) => ({ value: d.id, label: d.title }))}
        />
        <SelectField
          id="audit-action"
          label={t("admin.audit.what")}
          value={filters.action}
          onChange={(action) => set({ action })}
          placeholder={t("admin.audit.everything")}
          options={ACTION_KINDS.map((kind) => ({ value: kind.value, label: t(kind.label) }))}
        />
      </div>
      <div className="form__row">
        <TextField id="audit-from" label={t("admin.audit.from")} type="date" value={filters.from} onChange={(from) => set({ from })} />
        <TextField id="audit-to" label={t("admin.audit.to")} type="date" value={filters.to} onChange={(to) => set({ to })} />
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary">
          {t("admin.audit.show")}
        </button>
      </div>
    </form>
  );
}
