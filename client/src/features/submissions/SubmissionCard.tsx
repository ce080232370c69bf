import type { SubmissionView } from "../../../../shared/api/submissions";
import { formatDateTime } from "../../ui/formatDate";
import { ChangeSummaryView } from "./ChangeSummaryView";
import { Contributors } from "./Contributors";
import { ShareLinks } from "./ShareLinks";
import { SubmissionFiles } from "./SubmissionFiles";

/** One submission: when and by whom, its files and fingerprints, who wrote it, what changed, and its share links. */
export function SubmissionCard({ documentId, submission, canShare }: { documentId: string; submission: SubmissionView; canShare: boolean }) {
  const headingId = `submission-${submission.id}`;
  return (
    <article className="card submission" aria-labelledby={headingId}>
      <header className="submission__header">
        <h3 id={headingId} className="submission__title" tabIndex={-1}>
          Submission {submission.number}
        </h3>
        <p className="muted">
          <time dateTime={submission.submittedAt}>{formatDateTime(submission.submittedAt)}</time> by {submission.submittedBy.name}
        </p>
      </header>
      {submission.note && <p className="submission__note">{submission.note}</p>}
      <h4 className="submission__subheading">Files</h4>
      {submission.baseVersion && <p className="muted">The redline shows every change since the version “{submission.baseVersion.label}” as tracked changes.</p>}
      <SubmissionFiles files={submission.files} idPrefix={headingId} />
      <h4 className="submission__subheading">Contributors</h4>
      <Contributors contributors={submission.contributors} />
      <h4 className="submission__subheading">Changes</h4>
      <ChangeSummaryView summary={submission.changeSummary} />
      {canShare && <ShareLinks documentId={documentId} submissionId={submission.id} number={submission.number} links={submission.shareLinks} />}
    </article>
  );
}
