import type { SectionSummary } from "../../../../shared/api/documents";
import { SubmissionCreateSchema, type SubmissionView } from "../../../../shared/api/submissions";
import { api, unwrap } from "../../api/client";
import type { ApiError } from "../../api/apiError";
import { Alert } from "../../ui/Alert";
import { TransferProgress } from "../exports/TransferProgress";
import { TextField } from "../../ui/TextField";
import { useForm } from "../../ui/useForm";
import { useLoad } from "../../ui/useLoad";
import { SelectField } from "../../ui/SelectField";
import { versionOptions } from "../versions/versionOptions";

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
  const waiting = sections.filter((s) => s.status !== "approved");
  const blocked = waiting.length > 0;
  const titleOf = (id: string) => sections.find((s) => s.id === id)?.title ?? "A section";
  const form = useForm({
    initial: { note: "", baseVersionId: "" },
    schema: SubmissionCreateSchema,
    resetOnSuccess: true,
    describeFailure(error) {
      const notApproved = notApprovedIn(error);
      return notApproved.length > 0 ? `${error.message} Ask the chairs to approve ${notApproved.map(titleOf).join(", ")}, then submit again.` : error.message;
    },
    async send(json) {
      const { submission } = await unwrap(api.api.documents[":id"].submissions.$post({ param: { id: documentId }, json }));
      onSubmitted(submission);
    },
  });
  const busy = form.busy;
  const versions = useLoad(() => unwrap(api.api.documents[":id"].versions.$get({ param: { id: documentId } })), [documentId]);
  const versionChoices = versions.state.status === "ready" ? versionOptions(versions.state.data.versions) : [];
  return (
    <section className="card submit-panel" aria-labelledby="submit-heading">
      <h2 id="submit-heading" className="versions__card-title">
        Submit the final version
      </h2>
      <p className="muted">
        Penholder saves a version, renders the paper as Word and PDF (and, with a base text, a Word file with the changes against it), and records the SHA-256 of each file. Share it with the co-facilitators afterwards.
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
      {form.failure && <Alert title="The paper was not submitted">{form.failure}</Alert>}
      <form className="form" onSubmit={(event) => (blocked ? event.preventDefault() : void form.handleSubmit(event))} noValidate>
        <TextField
          multiline
          id="submission-note"
          label="Note (optional)"
          hint="For the record, e.g. “Joint response as agreed on 25 November.”"
          rows={2}
          {...form.field("note")}
          maxLength={4000}
        />
        <SelectField
          id="submission-base"
          label="Base text for a redline (optional)"
          hint={
            versions.state.status === "error"
              ? "The versions could not be loaded; the submission can be made without a redline."
              : "Choose the officially issued base text to add a Word file with every change since it as tracked changes."
          }
          placeholder="No redline"
          options={versionChoices}
          {...form.field("baseVersionId")}
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
