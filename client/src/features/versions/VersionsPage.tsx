import { useState } from "react";
import { Link } from "wouter";
import type { VersionDiff, VersionView } from "../../../../shared/api/versions";
import { api, unwrap } from "../../api/client";
import { toApiError } from "../../api/apiError";
import { actorOf, useCurrentUser } from "../../session/useSession";
import { Alert } from "../../ui/Alert";
import { ErrorState } from "../../ui/ErrorState";
import { LoadingState } from "../../ui/LoadingState";
import { useLoad } from "../../ui/useLoad";
import { usePageTitle } from "../../ui/usePageTitle";
import { CompareForm } from "./CompareForm";
import { DiffView } from "./DiffView";
import { DocumentCrumbs } from "./DocumentCrumbs";
import { RestoreDialog } from "./RestoreDialog";
import { RestoreOutcome, type RestoreReport } from "./RestoreOutcome";
import { SaveVersionForm } from "./SaveVersionForm";
import { VersionTable } from "./VersionTable";
import { NOW } from "./versionOptions";

async function loadDocumentAndVersions(id: string) {
  const [{ document }, { versions }] = await Promise.all([
    unwrap(api.api.documents[":id"].$get({ param: { id } })),
    unwrap(api.api.documents[":id"].versions.$get({ param: { id } })),
  ]);
  return { document, versions };
}

/** /documents/:id/versions: the saved versions of a paper; compare any two, restore one. */
export function VersionsPage({ id }: { id: string }) {
  const user = useCurrentUser();
  const drafter = actorOf(user).role !== "observer";
  const { state, reload, replace } = useLoad(() => loadDocumentAndVersions(id), [id]);
  usePageTitle(state.status === "ready" ? `Versions · ${state.data.document.title}` : "Versions");
  const [selection, setSelection] = useState<{ from: string; to: string } | null>(null);
  const [diff, setDiff] = useState<VersionDiff | null>(null);
  const [comparing, setComparing] = useState(false);
  const [compareError, setCompareError] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<VersionView | null>(null);
  const [report, setReport] = useState<RestoreReport | null>(null);

  if (state.status === "loading") return <LoadingState label="Loading the versions…" />;
  if (state.status === "error") return <ErrorState title="The versions could not be loaded." error={state.error} onRetry={reload} headingLevel={1} />;
  const { document, versions } = state.data;

  async function compare(from: string, to: string) {
    setSelection({ from, to });
    setComparing(true);
    setCompareError(null);
    try {
      const answer = await unwrap(api.api.documents[":id"].versions[":versionId"].diff.$get({ param: { id, versionId: from }, query: { against: to } }));
      setDiff(answer.diff);
    } catch (failure) {
      setDiff(null);
      setCompareError(toApiError(failure).message);
    } finally {
      setComparing(false);
    }
  }

  const defaultSelection = { from: versions[0]?.id ?? "", to: NOW };
  return (
    <div className="versions">
      <DocumentCrumbs documentId={id} title={document.title} current="Versions" />
      <div className="page-heading">
        <div>
          <h1>Versions</h1>
          <p className="lead">
            Saved states of “{document.title}”: compare any two, or bring text back. Penholder also keeps one at each approval, restore and
            submission.
          </p>
        </div>
        <Link href={`/documents/${id}`} className="button button--secondary">
          Back to the document
        </Link>
      </div>
      {report && <RestoreOutcome report={report} onDismiss={() => setReport(null)} />}
      <div className="versions__tools">
        {versions.length > 0 && <CompareForm versions={versions} busy={comparing} selection={selection ?? defaultSelection} onCompare={(f, t) => void compare(f, t)} />}
        {drafter && <SaveVersionForm documentId={id} onSaved={(version) => replace({ document, versions: [version, ...versions] })} />}
      </div>
      {compareError && <Alert title="The versions could not be compared">{compareError} Try again, or pick other versions.</Alert>}
      {diff && <DiffView diff={diff} />}
      <section className="versions__list" aria-labelledby="versions-list-heading">
        <h2 id="versions-list-heading">All versions</h2>
        <VersionTable
          versions={versions}
          canRestore={drafter}
          onCompareWithNow={(version) => void compare(version.id, NOW)}
          onRestore={(version) => {
            setReport(null);
            setRestoring(version);
          }}
        />
      </section>
      {restoring && (
        <RestoreDialog
          documentId={id}
          version={restoring}
          sections={document.sections}
          onClose={() => setRestoring(null)}
          onRestored={(result, scope) => {
            setRestoring(null);
            setReport({ result, scope, versionLabel: restoring.label });
            // The restore saved a version of its own: list it.
            reload();
          }}
        />
      )}
    </div>
  );
}
