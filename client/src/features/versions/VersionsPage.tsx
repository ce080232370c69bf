import { useState } from "react";
import { Link } from "wouter";
import type { VersionView } from "../../../../shared/api/versions";
import { canNameVersion, canRestoreAnySection } from "../../../../shared/rights";
import { api, unwrap } from "../../api/client";
import { actorOf, useCurrentUser } from "../../session/useSession";
import { Alert } from "../../ui/Alert";
import { ErrorState } from "../../ui/ErrorState";
import { LoadingState } from "../../ui/LoadingState";
import { useLoad } from "../../ui/useLoad";
import { usePageTitle } from "../../ui/usePageTitle";
import { factsOf } from "../../review/sectionAccess";
import { CompareForm } from "./CompareForm";
import { DiffView } from "./DiffView";
import { DocumentCrumbs } from "./DocumentCrumbs";
import { RestoreDialog } from "./RestoreDialog";
import { RestoreOutcome, type RestoreReport } from "./RestoreOutcome";
import { SaveVersionForm } from "./SaveVersionForm";
import { VersionTable } from "./VersionTable";
import { useComparison } from "./useComparison";
import { NOW, versionTitle } from "./versionOptions";

async function loadDocumentAndVersions(id: string) {
  const [{ document }, { versions }] = await Promise.all([
    unwrap(api.api.documents[":id"].$get({ param: { id } })),
    unwrap(api.api.documents[":id"].versions.$get({ param: { id } })),
  ]);
  return { document, versions };
}

/** /documents/:id/versions: the saved versions of a paper; compare any two, restore one. */
export function VersionsPage({ id }: { id: string }) {
  const { state, reload, replace } = useLoad(() => loadDocumentAndVersions(id), [id]);
  usePageTitle(state.status === "ready" ? `Versions · ${state.data.document.title}` : "Versions");
  if (state.status === "loading") return <LoadingState label="Loading the versions…" />;
  if (state.status === "error") return <ErrorState title="The versions could not be loaded." error={state.error} onRetry={reload} headingLevel={1} />;
  const { document, versions } = state.data;
  return <VersionsLoaded id={id} document={document} versions={versions} reload={reload} onSaved={(version) => replace({ document, versions: [version, ...versions] })} />;
}

interface LoadedProps {
  id: string;
  document: Awaited<ReturnType<typeof loadDocumentAndVersions>>["document"];
  versions: VersionView[];
  reload(): void;
  onSaved(version: VersionView): void;
}

function VersionsLoaded({ id, document, versions, reload, onSaved }: LoadedProps) {
  const actor = actorOf(useCurrentUser());
  const comparison = useComparison(id, versions);
  const [restoring, setRestoring] = useState<VersionView | null>(null);
  const [report, setReport] = useState<RestoreReport | null>(null);
  // Offered only where the server would allow it, by the same rules.
  const names = canNameVersion(actor);
  const restores = canRestoreAnySection(actor, document.sections.map(factsOf));
  const { selection } = comparison;
  const onlyOne = comparison.isDefault && selection?.to === NOW;

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
      {comparison.linkBroken && (
        <Alert title="That comparison is not available">
          The link names a version this document does not have (or the same version twice). Shown instead: the last change saved. Pick two versions
          below to compare others.
        </Alert>
      )}
      <div className="versions__tools">
        {selection && <CompareForm versions={versions} busy={comparison.comparing} selection={selection} onCompare={(from, to) => comparison.compare({ from, to })} />}
        {names && <SaveVersionForm documentId={id} onSaved={onSaved} />}
      </div>
      {comparison.error && <Alert title="The versions could not be compared">{comparison.error} Try again, or pick other versions.</Alert>}
      {comparison.diff && (
        <DiffView
          diff={comparison.diff}
          takeFocus={comparison.asked}
          note={
            onlyOne
              ? "Only one version is saved so far, so it is compared with the text as it is now."
              : comparison.isDefault
                ? "The last change saved: the version before the latest against the latest. Pick any two above to compare others."
                : null
          }
        />
      )}
      {!selection && <p className="muted">No versions yet, so there is nothing to compare. Save a named version to keep the text as it is now.</p>}
      <section className="versions__list" aria-labelledby="versions-list-heading">
        <h2 id="versions-list-heading">All versions</h2>
        <VersionTable
          versions={versions}
          canRestore={restores}
          onCompareWithNow={(version) => comparison.compare({ from: version.id, to: NOW })}
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
            setReport({ result, scope, versionLabel: versionTitle(restoring) });
            // The restore saved a version of its own: list it.
            reload();
          }}
        />
      )}
    </div>
  );
}
