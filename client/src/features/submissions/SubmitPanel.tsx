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
import { useVersionNames } from "../versions/versionNames";
import { useFormats, useRichT, useT } from "../../i18n/useLocale";

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
  const t = useT();
  const richT = useRichT();
  const formats = useFormats();
  const names = useVersionNames();
  const waiting = sections.filter((s) => s.status !== "approved");
  const blocked = waiting.length > 0;
  const titleOf = (id: string) => sections.find((s) => s.id === id)?.title ?? t("submissions.submit.unknownSection");
  const form = useForm({
    initial: { note: "", baseVersionId: "" },
    schema: SubmissionCreateSchema,
    resetOnSuccess: true,
    describeFailure(error) {
      const notApproved = notApprovedIn(error);
      return notApproved.length > 0 ? t("submissions.submit.askApproval", { error: error.message, sections: formats.list(notApproved.map(titleOf)) }) : error.message;
    },
    async send(json) {
      const { submission } = await unwrap(api.api.documents[":id"].submissions.$post({ param: { id: documentId }, json }));
      onSubmitted(submission);
    },
  });
  const busy = form.busy;
  const versions = useLoad(() => unwrap(api.api.documents[":id"].versions.$get({ param: { id: documentId } })), [documentId]);
  const versionChoices = versions.state.status === "ready" ? names.options(versions.state.data.versions) : [];
  return (
    <section className="card submit-panel" aria-labelledby="submit-heading">
      <h2 id="submit-heading" className="versions__card-title">
        {t("submissions.submit.title")}
      </h2>
      <p className="muted">{t("submissions.submit.intro")}</p>
      {blocked && (
        <div className="notice submit-panel__blocked" id="submit-blocked">
          <p>{richT("submissions.submit.blocked", { waiting: waiting.length, total: sections.length, b: (chunks) => <strong>{chunks}</strong> })}</p>
          <ul>
            {waiting.map((s) => (
              <li key={s.id}>
                <bdi>{s.title}</bdi>
              </li>
            ))}
          </ul>
        </div>
      )}
      {form.failure && <Alert title={t("submissions.submit.failed")}>{form.failure}</Alert>}
      <form className="form" onSubmit={(event) => (blocked ? event.preventDefault() : void form.handleSubmit(event))} noValidate>
        <TextField
          multiline
          id="submission-note"
          label={t("submissions.submit.note")}
          hint={t("submissions.submit.noteHint")}
          rows={2}
          {...form.field("note")}
          maxLength={4000}
        />
        <SelectField
          id="submission-base"
          label={t("submissions.submit.base")}
          hint={versions.state.status === "error" ? t("submissions.submit.baseUnavailable") : t("submissions.submit.baseHint")}
          placeholder={t("submissions.submit.noRedline")}
          options={versionChoices}
          {...form.field("baseVersionId")}
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary" aria-disabled={busy || blocked || undefined} aria-describedby={blocked ? "submit-blocked" : undefined}>
            {busy ? t("submissions.submit.busy") : t("submissions.submit.submit")}
          </button>
        </div>
        <div role="status" aria-live="polite">
          {busy && <TransferProgress label={t("submissions.submit.rendering")} />}
        </div>
      </form>
    </section>
  );
}
