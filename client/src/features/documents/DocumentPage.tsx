import { canManageOutline } from "../../../../shared/rights";
import { api, unwrap } from "../../api/client";
import { actorOf, useCurrentUser } from "../../session/useSession";
import { ErrorState } from "../../ui/ErrorState";
import { LoadingState } from "../../ui/LoadingState";
import { useLoad } from "../../ui/useLoad";
import { usePageTitle } from "../../ui/usePageTitle";
import { AddSectionPanel } from "./AddSectionPanel";
import { Breadcrumbs } from "./Breadcrumbs";
import { LastUpdated } from "./LastUpdated";
import { ProgressSummary } from "./ProgressSummary";
import { SectionToc } from "./SectionToc";
import { SectionView } from "./SectionView";

export function DocumentPage({ id }: { id: string }) {
  const user = useCurrentUser();
  const { state, reload } = useLoad(() => unwrap(api.api.documents[":id"].$get({ param: { id } })), [id]);
  usePageTitle(state.status === "ready" ? state.data.document.title : "Document");

  if (state.status === "loading") return <LoadingState label="Loading the document…" />;
  if (state.status === "error") return <ErrorState title="This document could not be opened." error={state.error} onRetry={reload} headingLevel={1} />;

  const { document } = state.data;
  return (
    <article className="document">
      <Breadcrumbs current={document.title} />
      <header className="card document__header">
        <h1 className="document__title">{document.title}</h1>
        {document.description && <p className="document__description">{document.description}</p>}
        <div className="document__status">
          <ProgressSummary approved={document.approvedCount} total={document.sectionCount} />
          <LastUpdated iso={document.updatedAt} />
        </div>
      </header>
      <div className="document__body">
        <div className="document__aside">
          <SectionToc sections={document.sections} />
        </div>
        <div className="document__sections">
          {document.sections.map((section, index) => (
            <SectionView key={section.id} section={section} number={index + 1} />
          ))}
          {canManageOutline(actorOf(user)) && <AddSectionPanel documentId={document.id} onAdded={reload} />}
        </div>
      </div>
    </article>
  );
}
