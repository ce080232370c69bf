import { api, unwrap } from "../../api/client";
import { ErrorState } from "../../ui/ErrorState";
import { LoadingState } from "../../ui/LoadingState";
import { formatDateTime } from "../../ui/formatDate";
import { useLoad } from "../../ui/useLoad";
import { usePageTitle } from "../../ui/usePageTitle";
import { ChangeSummaryView } from "../submissions/ChangeSummaryView";
import { Contributors } from "../submissions/Contributors";
import { SubmissionFiles } from "../submissions/SubmissionFiles";
import { ShareProblem } from "./ShareProblem";
import { SoloPage } from "../layout/SoloPage";

/** /share/:token: a submission opened from a share link, by anyone who has it, without an account. */
export function SharePage({ token }: { token: string }) {
  const { state, reload } = useLoad(() => unwrap(api.api.share[":token"].$get({ param: { token } })), [token]);
  usePageTitle(state.status === "ready" ? `${state.data.submission.documentTitle} · Submission ${state.data.submission.number}` : "Shared submission");

  return (
    <SoloPage className="share-page">
      {state.status === "loading" && <LoadingState label="Opening the shared submission…" />}
      {state.status === "error" &&
        (state.error.status === 404 || state.error.status === 400 ? (
          <ShareProblem message={state.error.message} />
        ) : (
          <ErrorState title="The shared submission could not be opened." error={state.error} onRetry={reload} headingLevel={1} />
        ))}
      {state.status === "ready" && (
        <>
          <h1 className="solo-page__title">{state.data.submission.documentTitle}</h1>
          <p className="share-page__meta">
            Submission {state.data.submission.number}, made <time dateTime={state.data.submission.submittedAt}>{formatDateTime(state.data.submission.submittedAt)}</time>
          </p>
          <h2 className="share-page__heading">Files</h2>
          <p className="muted">Check a download against its SHA-256 fingerprint to be sure it is the file that was submitted.</p>
          <SubmissionFiles files={state.data.submission.files} idPrefix="shared" />
          <h2 className="share-page__heading">Contributors</h2>
          <Contributors contributors={state.data.submission.contributors} />
          <h2 className="share-page__heading">Changes</h2>
          <ChangeSummaryView summary={state.data.submission.changeSummary} />
        </>
      )}
    </SoloPage>
  );
}
