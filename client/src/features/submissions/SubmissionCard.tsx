import type { SubmissionView } from "../../../../shared/api/submissions";
import { bdi } from "../../i18n/tags";
import { useFormats, useRichT, useT } from "../../i18n/useLocale";
import { useVersionNames } from "../versions/versionNames";
import { ChangeSummaryView } from "./ChangeSummaryView";
import { Contributors } from "./Contributors";
import { ShareLinks } from "./ShareLinks";
import { SubmissionFiles } from "./SubmissionFiles";

/** One submission: when and by whom, its files and fingerprints, who wrote it, what changed, and its share links. */
export function SubmissionCard({ documentId, submission, canShare }: { documentId: string; submission: SubmissionView; canShare: boolean }) {
  const t = useT();
  const richT = useRichT();
  const formats = useFormats();
  const names = useVersionNames();
  const headingId = `submission-${submission.id}`;
  return (
    <article className="card submission" aria-labelledby={headingId}>
      <header className="submission__header">
        <h3 id={headingId} className="submission__title" tabIndex={-1}>
          {t("submissions.card.title", { number: submission.number })}
        </h3>
        <p className="muted">
          {richT("submissions.card.meta", {
            time: formats.dateTime(submission.submittedAt),
            name: submission.submittedBy.name,
            when: (chunks) => <time dateTime={submission.submittedAt}>{chunks}</time>,
            bdi,
          })}
        </p>
      </header>
      {submission.note && (
        <p className="submission__note" dir="auto">
          {submission.note}
        </p>
      )}
      <h4 className="submission__subheading">{t("submissions.card.files")}</h4>
      {submission.baseVersion && (
        <p className="muted">{richT("submissions.card.redline", { version: names.title({ label: submission.baseVersion.label }), bdi })}</p>
      )}
      <SubmissionFiles files={submission.files} idPrefix={headingId} />
      <h4 className="submission__subheading">{t("submissions.card.contributors")}</h4>
      <Contributors contributors={submission.contributors} />
      <h4 className="submission__subheading">{t("submissions.card.changes")}</h4>
      <ChangeSummaryView summary={submission.changeSummary} />
      {canShare && <ShareLinks documentId={documentId} submissionId={submission.id} number={submission.number} links={submission.shareLinks} />}
    </article>
  );
}
