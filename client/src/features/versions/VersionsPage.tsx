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
import { bdi } from "../../i18n/tags";
import { useRichT, useT } from "../../i18n/useLocale";
import { factsOf } from "../../review/sectionAccess";
import { CompareForm } from "./CompareForm";
import { DiffView } from "./DiffView";
import { DocumentCrumbs } from "./DocumentCrumbs";
import { RestoreDialog } from "./RestoreDialog";
import { RestoreOutcome, type RestoreReport } from "./RestoreOutcome";
import { SaveVersionForm } from "./SaveVersionForm";
import { VersionTable } from "./VersionTable";
import { useComparison } from "./useComparison";
import { useVersionNames } from "./versionNames";
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
  const t = useT();
  const { state, reload, replace } = useLoad(() => loadDocumentAndVersions(id), [id]);
  usePageTitle(state.status === "ready" ? t("versions.pageTitle", { title: state.data.document.title }) : t("versions.title"));
  if (state.status === "loading") return <LoadingState label={t("versions.loading")} />;
  if (state.status === "error") return <ErrorState title={t("versions.loadFailed")} error={state.error} onRetry={reload} headingLevel={1} />;
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
  const t = useT();
  const richT = useRichT();
  const versionNames = useVersionNames();
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
      <DocumentCrumbs documentId={id} title={document.title} current={t("versions.title")} />
      <div className="page-heading">
        <div>
          <h1>{t("versions.title")}</h1>
          <p className="lead">{richT("versions.lead", { title: document.title, bdi })}</p>
        </div>
        <Link href={`/documents/${id}`} className="button button--secondary">
          {t("versions.backToDocument")}
        </Link>
      </div>
      {report && <RestoreOutcome report={report} onDismiss={() => setReport(null)} />}
      {comparison.linkBroken && (
        <Alert title={t("versions.linkBroken.title")}>{t("versions.linkBroken.body")}</Alert>
      )}
      <div className="versions__tools">
        {selection && <CompareForm versions={versions} busy={comparison.comparing} selection={selection} onCompare={(from, to) => comparison.compare({ from, to })} />}
        {names && <SaveVersionForm documentId={id} onSaved={onSaved} />}
      </div>
      {comparison.error && <Alert title={t("versions.compareFailed.title")}>{t("versions.compareFailed.body", { error: comparison.error })}</Alert>}
      {comparison.diff && (
        <DiffView
          diff={comparison.diff}
          versions={versions}
          takeFocus={comparison.asked}
          note={
            onlyOne
              ? t("versions.note.onlyOne")
              : comparison.isDefault
                ? t("versions.note.lastChange")
                : null
          }
        />
      )}
      {!selection && <p className="muted">{t("versions.nothingToCompare")}</p>}
      <section className="versions__list" aria-labelledby="versions-list-heading">
        <h2 id="versions-list-heading">{t("versions.all")}</h2>
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
          onRestored={(result, section) => {
            setRestoring(null);
            setReport({ result, section, versionLabel: versionNames.title(restoring) });
            // The restore saved a version of its own: list it.
            reload();
          }}
        />
      )}
    </div>
  );
}
