import { useState, type FormEvent } from "react";
import type { DocumentSummary } from "../../../../../shared/api/documents";
import { SelectField } from "../../../ui/SelectField";
import { TextField } from "../../../ui/TextField";
import type { AuditFilters } from "./auditQuery";

interface Props {
  documents: readonly DocumentSummary[];
  initial: AuditFilters;
  onApply(filters: AuditFilters): void;
}

/** Narrow the audit log by document, kind of action and dates. */
export function AuditFilterForm({ documents, initial, onApply }: Props) {
  const [filters, setFilters] = useState(initial);
  const [error, setError] = useState<string | undefined>();
  const set = (change: Partial<AuditFilters>) => setFilters((current) => ({ ...current, ...change }));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (filters.action && !/^[a-z_.]*$/i.test(filters.action.trim())) {
      setError("Use an action name like section. or amendment.accept (letters, dots and underscores).");
      return;
    }
    setError(undefined);
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
        <TextField
          id="audit-action"
          label="Action starts with"
          hint="For example section. or amendment.accept"
          value={filters.action}
          onChange={(action) => set({ action })}
          error={error}
          autoComplete="off"
          spellCheck={false}
        />
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
