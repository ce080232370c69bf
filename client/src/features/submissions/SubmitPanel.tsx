import { useState, type FormEvent } from "react";
import type { SectionSummary } from "../../../../shared/api/documents";
import type { SubmissionView } from "../../../../shared/api/submissions";
import { api, unwrap } from "../../api/client";
import { toApiError, type ApiError } from "../../api/apiError";
import { Alert } from "../../ui/Alert";
import { TransferProgress } from "../exports/TransferProgress";
import { TextField } from "../../ui/TextField";

interface Props {
  documentId: string;
  sections: readonly Pick<SectionSummary, "id" | "title" | "status">[];
  onSubmitted(submission: SubmissionView): void;
}

/** Ids of the sections the server says still wait for approval (the 409's details), when it says so. */
function notApprovedIn(error: ApiError): string[] {
  const details = error.details;
  if (typeof details !== "object" || details === null || !("notApproved" in details) || !Array.isArray(details.notApproved)) return [];
  return details.notApproved.filter((id): id is string => typeof id === "string");
}

/**
 * For chairs: the final submission. Ready only once every section is approved; until then it says which are
 * not, and why the button does nothing.
 */
export function SubmitPanel({ documentId, sections, onSubmitted }: Props) {
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; notApproved: string[] } | null>(null);
  const waiting = sections.filter((s) => s.status !== "approved");
  const blocked = waiting.length > 0;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || blocked) return;
    setBusy(true);
    setError(null);
    try {
      const { submission } = await unwrap(api.api.documents[":id"].submissions.$post({ param: { id: documentId }, json: { note: note.trim() } }));
      setNote("");
      onSubmitted(submission);
    } catch (failure) {
      const apiError = toApiError(failure);
      setError({ message: apiError.message, notApproved: notApprovedIn(apiError) });
    } finally {
      setBusy(false);
    }
  }

  const titleOf = (id: string) => sections.find((s) => s.id === id)?.title ?? "A section";
  return (
    <section className="card submit-panel" aria-labelledby="submit-heading">
      <h2 id="submit-heading" className="versions__card-title">
        Submit the final version
      </h2>
      <p className="muted">
        Penholder saves a version, renders the paper as Word and PDF, and records the SHA-256 of each file. Share it with the co-facilitators afterwards.
      </p>
      {blocked && (
        <div className="notice submit-panel__blocked" id="submit-blocked">
          <p>
            <strong>Not ready to submit:</strong> every section must be approved first. {waiting.length} of {sections.length} not approved yet:
          </p>
          <ul>
            {waiting.map((s) => (
              <li key={s.id}>{s.title}</li>
            ))}
          </ul>
        </div>
      )}
      {error && (
        <Alert title="The paper was not submitted">
          {error.message}
          {error.notApproved.length > 0 && ` Ask the chairs to approve ${error.notApproved.map(titleOf).join(", ")}, then submit again.`}
        </Alert>
      )}
      <form className="form" onSubmit={handleSubmit} noValidate>
        <TextField
          multiline
          id="submission-note"
          label="Note (optional)"
          hint="For the record, e.g. “Joint response as agreed on 25 November.”"
          value={note}
          onChange={setNote}
          rows={2}
          maxLength={4000}
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary" aria-disabled={busy || blocked || undefined} aria-describedby={blocked ? "submit-blocked" : undefined}>
            {busy ? "Submitting…" : "Submit final version"}
          </button>
        </div>
        <div role="status" aria-live="polite">
          {busy && <TransferProgress label="Rendering the Word and PDF files… this can take a few seconds for long papers." />}
        </div>
      </form>
    </section>
  );
}
