import { Link } from "wouter";
import { canCreateDocuments } from "../../../../shared/rights";
import { api, unwrap } from "../../api/client";
import { actorOf, useCurrentUser } from "../../session/useSession";
import { ErrorState } from "../../ui/ErrorState";
import { LoadingState } from "../../ui/LoadingState";
import { useLoad } from "../../ui/useLoad";
import { usePageTitle } from "../../ui/usePageTitle";
import { NeedsYou } from "../needs/NeedsYou";
import { DocumentCard } from "./DocumentCard";

export function DocumentListPage() {
  usePageTitle("Documents");
  const user = useCurrentUser();
  const { state, reload } = useLoad(() => unwrap(api.api.documents.$get()), []);
  const mayCreate = canCreateDocuments(actorOf(user));

  return (
    <>
      <div className="page-heading">
        <div>
          <h1>Documents</h1>
          <p className="lead">Joint papers in preparation. Each section is drafted by the working group that owns it.</p>
        </div>
        {mayCreate && (
          <Link href="/admin/documents" className="button button--secondary">
            New document
          </Link>
        )}
      </div>
      <NeedsYou />
      <h2 className="document-list__heading">All documents</h2>
      {state.status === "loading" && <LoadingState label="Loading documents…" />}
      {state.status === "error" && <ErrorState title="The documents could not be loaded." error={state.error} onRetry={reload} />}
      {state.status === "ready" &&
        (state.data.documents.length === 0 ? (
          <div className="card empty-state">
            <p className="state__title">No documents yet.</p>
            <p>{mayCreate ? "Create the first one from Admin, Documents." : "The secretariat will add the paper you are drafting; it will appear here."}</p>
          </div>
        ) : (
          <ul className="document-list">
            {state.data.documents.map((document) => (
              <li key={document.id}>
                <DocumentCard document={document} />
              </li>
            ))}
          </ul>
        ))}
    </>
  );
}
