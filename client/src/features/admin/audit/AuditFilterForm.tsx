import { useState, type FormEvent } from "react";
import { ACTION_KINDS } from "./actionKinds";
import type { DocumentSummary } from "../../../../../shared/api/documents";
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
  const [filters, setFilters] = useState(initial);
  const set = (change: Partial<AuditFilters>) => setFilters((current) => ({ ...current, ...change }));

  function submit(event: FormEvent) {
    event.preventDefault();
    onApply(filters);
  }

  return (
    <form className="form card audit-filters" onSubmit={submit} noValidate aria-label="Filter the audit log">
      <div className="form__row">
        <SelectField
          id="audit-document"
          label="Document"
          value={filters.documentId}
          onChange={(documentId) => set({ documentId })}
          placeholder="Any document"
          options={documents.map((d) => ({ value: d.id, label: d.title }))}
        />
        <SelectField id="audit-action" label="What" value={filters.action} onChange={(action) => set({ action })} placeholder="Everything" options={ACTION_KINDS} />
      </div>
      <div className="form__row">
        <TextField id="audit-from" label="From (date)" type="date" value={filters.from} onChange={(from) => set({ from })} />
        <TextField id="audit-to" label="To (date, included)" type="date" value={filters.to} onChange={(to) => set({ to })} />
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary">
          Show entries
        </button>
      </div>
    </form>
  );
}
