import { Link } from "wouter";
import { canShareSubmission, canSubmitPaper } from "../../../../shared/rights";
import { api, unwrap } from "../../api/client";
import { actorOf, useCurrentUser } from "../../session/useSession";
import { ErrorState } from "../../ui/ErrorState";
import { LoadingState } from "../../ui/LoadingState";
import { useFocusLater } from "../../ui/useFocusLater";
import { useLoad } from "../../ui/useLoad";
import { usePageTitle } from "../../ui/usePageTitle";
import { DocumentCrumbs } from "../versions/DocumentCrumbs";
import { SubmissionCard } from "./SubmissionCard";
import { SubmitPanel } from "./SubmitPanel";
import { bdi } from "../../i18n/tags";
import { useRichT, useT } from "../../i18n/useLocale";

async function loadDocumentAndSubmissions(id: string) {
  const [{ document }, { submissions }] = await Promise.all([
    unwrap(api.api.documents[":id"].$get({ param: { id } })),
    unwrap(api.api.documents[":id"].submissions.$get({ param: { id } })),
  ]);
  return { document, submissions: [...submissions].sort((a, b) => b.number - a.number) };
}

/** /documents/:id/submissions: what went to the co-facilitators, and (for chairs) the final submission itself. */
export function SubmissionsPage({ id }: { id: string }) {
  const t = useT();
  const richT = useRichT();
  const actor = actorOf(useCurrentUser());
  const { state, reload, replace } = useLoad(() => loadDocumentAndSubmissions(id), [id]);
  // A new submission takes the keyboard to itself: its files and share links are what comes next.
  const focusLater = useFocusLater();
  usePageTitle(state.status === "ready" ? t("submissions.pageTitle", { title: state.data.document.title }) : t("submissions.title"));

  if (state.status === "loading") return <LoadingState label={t("submissions.loading")} />;
  if (state.status === "error") return <ErrorState title={t("submissions.loadFailed")} error={state.error} onRetry={reload} headingLevel={1} />;
  const { document, submissions } = state.data;

  return (
    <div className="submissions">
      <DocumentCrumbs documentId={id} title={document.title} current={t("submissions.title")} />
      <div className="page-heading">
        <div>
          <h1>{t("submissions.title")}</h1>
          <p className="lead">{richT("submissions.lead", { title: document.title, bdi })}</p>
        </div>
        <Link href={`/documents/${id}`} className="button button--secondary">
          {t("versions.backToDocument")}
        </Link>
      </div>
      {canSubmitPaper(actor) && (
        <SubmitPanel documentId={id} sections={document.sections} onSubmitted={(submission) => {
            replace({ document, submissions: [submission, ...submissions] });
            focusLater(`submission-${submission.id}`);
          }} />
      )}
      <section className="submissions__list" aria-labelledby="submissions-list-heading">
        <h2 id="submissions-list-heading">{submissions.length === 0 ? t("submissions.none") : t("submissions.all")}</h2>
        {submissions.length === 0 && <p className="empty-state">{t("submissions.empty")}</p>}
        {submissions.map((submission) => (
          <SubmissionCard key={submission.id} documentId={id} submission={submission} canShare={canShareSubmission(actor)} />
        ))}
      </section>
    </div>
  );
}
