import { api, unwrap } from "../../api/client";
import { ErrorState } from "../../ui/ErrorState";
import { LoadingState } from "../../ui/LoadingState";
import { useFormats, useRichT, useT } from "../../i18n/useLocale";
import { useLoad } from "../../ui/useLoad";
import { usePageTitle } from "../../ui/usePageTitle";
import { ChangeSummaryView } from "../submissions/ChangeSummaryView";
import { Contributors } from "../submissions/Contributors";
import { SubmissionFiles } from "../submissions/SubmissionFiles";
import { ShareProblem } from "./ShareProblem";
import { SoloPage } from "../layout/SoloPage";

/** /share/:token: a submission opened from a share link, by anyone who has it, without an account. */
export function SharePage({ token }: { token: string }) {
  const t = useT();
  const richT = useRichT();
  const formats = useFormats();
  const { state, reload } = useLoad(() => unwrap(api.api.share[":token"].$get({ param: { token } })), [token]);
  usePageTitle(
    state.status === "ready" ? t("share.pageTitle", { title: state.data.submission.documentTitle, number: state.data.submission.number }) : t("share.title"),
  );

  return (
    <SoloPage className="share-page">
      {state.status === "loading" && <LoadingState label={t("share.loading")} />}
      {state.status === "error" &&
        (state.error.status === 404 || state.error.status === 400 ? (
          // A token cut short or mistyped fails validation: the server's words name the field, ours say what happened.
          <ShareProblem message={state.error.status === 400 ? t("share.problem.malformed") : state.error.message} />
        ) : (
          <ErrorState title={t("share.loadFailed")} error={state.error} onRetry={reload} headingLevel={1} />
        ))}
      {state.status === "ready" && (
        <>
          <h1 className="solo-page__title">{state.data.submission.documentTitle}</h1>
          <p className="share-page__meta">
            {richT("share.meta", {
              number: state.data.submission.number,
              time: formats.dateTime(state.data.submission.submittedAt),
              when: (chunks) => <time dateTime={state.data.submission.submittedAt}>{chunks}</time>,
            })}
          </p>
          <h2 className="share-page__heading">{t("submissions.card.files")}</h2>
          <p className="muted">{t("share.checkHint")}</p>
          <SubmissionFiles files={state.data.submission.files} idPrefix="shared" />
          <h2 className="share-page__heading">{t("submissions.card.contributors")}</h2>
          <Contributors contributors={state.data.submission.contributors} />
          <h2 className="share-page__heading">{t("submissions.card.changes")}</h2>
          <ChangeSummaryView summary={state.data.submission.changeSummary} />
        </>
      )}
    </SoloPage>
  );
}
